package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.atlassian.sal.api.message.I18nResolver;
import com.empathyevidence.workbench.PluginDescriptor;
import com.empathyevidence.workbench.confluence.ConfluencePages;
import com.empathyevidence.workbench.confluence.StorageFormat;
import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.WorkbenchWebResources;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Confluence's page authoring, as far as the workbench plays it ({@value #PATH}?spaceKey=RES): a signed-in user
 * gives a title and an opening paragraph, inserts macros through the macro browser and saves. The macro browser is
 * built from the descriptor's xhtml-macro metadata (name, description key, category, icon, parameters and their
 * {@code <plugin key>.<macro>.param.<name>.label/.desc} texts) and loads the {@code macro-browser} web-resource
 * context, where a plugin registers its macro editor overrides. The page is saved in storage format
 * ({@link ConfluencePages}); a refused save shows what is wrong and keeps what was typed.
 */
final class PageEditorServlet extends HttpServlet {

    static final String PATH = "/wiki/pages/createpage.action";

    private final PluginDescriptor descriptor;
    private final I18nResolver i18n;
    private final Chrome chrome;
    private final WorkbenchWebResources webResources;
    private final ConfluencePages pages;
    private final boolean macrosOn;
    private final ObjectMapper json = new ObjectMapper();

    PageEditorServlet(PluginDescriptor descriptor, I18nResolver i18n, Chrome chrome, WorkbenchWebResources webResources,
                      ConfluencePages pages, boolean macrosOn) {
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.chrome = chrome;
        this.webResources = webResources;
        this.pages = pages;
        this.macrosOn = macrosOn;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (signIn(request, response)) {
            editor(response, "", "", "", List.of());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!signIn(request, response)) {
            return;
        }
        request.setCharacterEncoding("UTF-8");
        String title = value(request.getParameter("title")).strip();
        String intro = value(request.getParameter("intro")).strip();
        String macros = value(request.getParameter("body"));
        List<String> errors = new ArrayList<>();
        if (title.isEmpty()) {
            errors.add("Title: give the page a title.");
        } else if (title.length() > ConfluencePages.TITLE_MAX) {
            errors.add("Title: use at most " + ConfluencePages.TITLE_MAX + " characters (this one has " + title.length() + ").");
        }
        String body = (intro.isEmpty() ? "" : StorageFormat.paragraph(intro)) + macros;
        try {
            StorageFormat.read(body);
        } catch (IllegalArgumentException e) {
            errors.add("Macros: the inserted macros could not be read. Remove them and insert them again.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            editor(response, title, intro, macros, errors);
            return;
        }
        Directory.User user = CurrentUser.get().orElseThrow();
        ConfluencePages.StoredPage page = pages.create(PagesServlet.SPACE, title, body, user.fullName());
        response.sendRedirect("/wiki/spaces/RES/pages/" + URLEncoder.encode(page.id(), StandardCharsets.UTF_8));
    }

    private static boolean signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CurrentUser.get().isPresent()) {
            return true;
        }
        response.sendRedirect("/login?next=" + URLEncoder.encode(PATH + "?spaceKey=RES", StandardCharsets.UTF_8));
        return false;
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }

    private void editor(HttpServletResponse response, String title, String intro, String macros, List<String> errors) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        webResources.beginPage();
        if (macrosOn) { // --host-page-only: no app modules, so no app resources
            webResources.assembler().resources().requireContext("macro-browser");
        }
        StringBuilder body = new StringBuilder("<main class=\"wb-conf-page\" id=\"main-content\"><h1>Create a page in User Research</h1>");
        if (!errors.isEmpty()) {
            body.append("<div class=\"aui-message aui-message-error\" role=\"alert\" id=\"page-errors\"><p>The page was not saved:</p><ul>");
            errors.forEach(e -> body.append("<li>").append(esc(e)).append("</li>"));
            body.append("</ul></div>");
        }
        body.append("<form class=\"aui wb-editor\" method=\"post\" action=\"").append(PATH).append("?spaceKey=RES\">")
                .append("<div class=\"field-group\"><label for=\"content-title\">Title (required)</label>")
                .append("<input class=\"text long-field\" type=\"text\" id=\"content-title\" name=\"title\" maxlength=\"").append(ConfluencePages.TITLE_MAX)
                .append("\" required value=\"").append(esc(title)).append("\"></div>")
                .append("<div class=\"field-group\"><label for=\"page-intro\">Opening paragraph</label>")
                .append("<textarea class=\"textarea\" id=\"page-intro\" name=\"intro\" rows=\"3\">").append(esc(intro)).append("</textarea></div>")
                .append("<input type=\"hidden\" id=\"page-body\" name=\"body\" value=\"").append(esc(macros)).append("\">")
                .append("<h2>Macros on this page</h2><ul id=\"page-macros\" class=\"wb-list\"").append(macros.isEmpty() ? " hidden" : "").append(">")
                .append(placeholders(macros)).append("</ul>")
                .append("<p><button type=\"button\" class=\"aui-button\" id=\"insert-macro\" aria-haspopup=\"dialog\">Insert macro</button></p>")
                .append("<p><button type=\"submit\" class=\"aui-button aui-button-primary\" id=\"rte-button-publish\">Publish</button> ")
                .append("<a href=\"/\">Cancel</a></p></form>")
                .append("<script type=\"application/json\" id=\"macro-metadata\">")
                .append(json.writeValueAsString(metadata()).replace("<", "\\u003c")).append("</script></main>");
        String head = "<script defer src=\"/static/macro-browser.js\"></script>" + chrome.resources(webResources.endPage(), true);
        response.getWriter().write(chrome.page("confluence", "Create page", PATH, head, body.toString()));
    }

    /** What a refused save had inserted, shown again so nothing is lost. */
    private String placeholders(String macros) {
        if (macros.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        try {
            for (StorageFormat.Block block : StorageFormat.read(macros)) {
                if (block instanceof StorageFormat.MacroCall call) {
                    s.append("<li class=\"wb-macro-placeholder\" data-macro-name=\"").append(esc(call.name())).append("\">")
                            .append(esc(call.name())).append(": ").append(esc(call.parameters().toString())).append("</li>");
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // reported in the errors above
        }
        return s.toString();
    }

    /** The macro browser's view of the descriptor's macros, with texts by Confluence's key convention. */
    private List<Map<String, Object>> metadata() {
        List<Map<String, Object>> macros = new ArrayList<>();
        if (!macrosOn) {
            return macros;
        }
        for (PluginDescriptor.MacroModule m : descriptor.macros) {
            String prefix = descriptor.key + "." + m.name();
            Map<String, Object> macro = new LinkedHashMap<>();
            macro.put("name", m.name());
            macro.put("label", text(prefix + ".label", m.name()));
            macro.put("description", text(prefix + ".desc", text(m.descriptionKey(), "")));
            macro.put("icon", m.icon());
            macro.put("categories", m.categories());
            List<Map<String, Object>> params = new ArrayList<>();
            for (PluginDescriptor.MacroParameter p : m.parameters()) {
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", p.name());
                param.put("type", Map.of("name", p.type()));
                param.put("required", p.required());
                param.put("defaultValue", p.defaultValue());
                param.put("enumValues", p.values());
                param.put("multiple", false);
                param.put("displayName", text(prefix + ".param." + p.name() + ".label", p.name()));
                param.put("description", text(prefix + ".param." + p.name() + ".desc", ""));
                params.add(param);
            }
            macro.put("parameters", params);
            macros.add(macro);
        }
        return macros;
    }

    /** Confluence shows the key's text, or the fallback when the bundle has none. */
    private String text(String key, String fallback) {
        if (key == null || key.isEmpty()) {
            return fallback;
        }
        String t = i18n.getText(key);
        return t == null || t.equals(key) ? fallback : t;
    }
}
