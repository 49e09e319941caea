package com.empathyevidence.workbench.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * The Atlassian Template Renderer as the hosts run it, on Velocity 1.7: every reference is HTML-escaped unless its
 * name ends with {@code Html} (or is a {@code render...} call), and every method a template calls must be on the
 * velocity allow-list (Jira 10 / Confluence 9). Unlike the hosts, a call off the list fails the render loudly, so a
 * missing allow-list entry cannot slip through the workbench's tests.
 */
public final class WorkbenchTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> renders = new java.util.concurrent.ConcurrentHashMap<>();

    public WorkbenchTemplateRenderer(Set<String> allowlist) {
        AllowlistUberspector.configure(allowlist);
        engine.setProperty("resource.loader", "class");
        engine.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty("class.resource.loader.cache", "true");
        engine.setProperty("runtime.introspector.uberspect", AllowlistUberspector.class.getName());
        engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine.setProperty("input.encoding", "UTF-8");
        engine.setProperty("output.encoding", "UTF-8");
        engine.init();
    }

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        renders.computeIfAbsent(templateName, t -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(escaping(new VelocityContext(new java.util.HashMap<>(context))), writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render " + templateName + ": " + rootMessage(e), e);
        }
    }

    /** How many times this template was rendered since the workbench started (a test's view of what a page did). */
    public int renders(String templateName) {
        java.util.concurrent.atomic.AtomicInteger n = renders.get(templateName);
        return n == null ? 0 : n.get();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(escaping(new VelocityContext(new java.util.HashMap<>(context))), out, "fragment", fragment);
        } catch (Exception e) {
            throw new RenderingException("Cannot render fragment: " + rootMessage(e), e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private static VelocityContext escaping(VelocityContext context) {
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (reference, value) ->
                value == null || isHtmlSafe(reference) ? value : escape(String.valueOf(value)));
        cartridge.attachToContext(context);
        return context;
    }

    /** The hosts' exemptions: a reference named ...Html, a render...() call, and body/head/xHtmlContent. */
    static boolean isHtmlSafe(String reference) {
        // decided once per reference text (the references of the templates, a bounded set), not parsed on every insertion
        return HTML_SAFE.computeIfAbsent(reference, WorkbenchTemplateRenderer::decideHtmlSafe);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> HTML_SAFE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern REFERENCE_START = java.util.regex.Pattern.compile("^\\$!?\\{?");
    private static final java.util.regex.Pattern REFERENCE_END = java.util.regex.Pattern.compile("}$");

    private static boolean decideHtmlSafe(String reference) {
        String r = REFERENCE_END.matcher(REFERENCE_START.matcher(reference).replaceFirst("")).replaceFirst("");
        String last = r.contains(".") ? r.substring(r.lastIndexOf('.') + 1) : r;
        int paren = last.indexOf('(');
        if (paren >= 0) {
            last = last.substring(0, paren);
        }
        String lower = last.toLowerCase(Locale.ROOT);
        return lower.endsWith("html") || lower.startsWith("render") || lower.startsWith("getrender")
                || (!r.contains(".") && (r.equals("body") || r.equals("head") || r.equals("xHtmlContent")));
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
