package com.empathyevidence.view;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Renders the plugin's Velocity templates through the host's template renderer, which HTML-escapes every
 * reference (no reference in our templates is named {@code ...Html}) and enforces the velocity allow-list. The
 * model carries the template's texts as {@code text} ({@link EvidencePanelTexts}, {@link EmpathyMapTexts}).
 */
@Named
public class ViewRenderer {

    private final TemplateRenderer renderer;
    private final Texts texts;

    @Inject
    public ViewRenderer(@ComponentImport TemplateRenderer renderer, Texts texts) {
        this.renderer = renderer;
        this.texts = texts;
    }

    public String render(String template, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public Texts texts() {
        return texts;
    }
}
