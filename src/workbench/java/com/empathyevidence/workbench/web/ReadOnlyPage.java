package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.WorkbenchAccessModes;
import com.empathyevidence.workbench.host.WorkbenchAccessModes.Product;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The hosts' maintenance switch, as their administration pages have it: read-only mode for Jira and for Confluence,
 * each on its own (the real ones are per product). {@code GET /workbench/read-only} is the admin page (plain forms, no
 * script); {@code POST /workbench/read-only} takes {@code {"product": "jira" | "confluence", "readOnly": true}} as
 * JSON (or the page's form) and answers both modes as JSON. Administrators only, and behind {@link CrossSiteCheck} as
 * every {@code /workbench/*} action is.
 */
final class ReadOnlyPage extends HttpServlet {

    static final String PATH = "/workbench/read-only";

    private final WorkbenchAccessModes modes;
    private final Chrome chrome;
    private final ObjectMapper json;

    ReadOnlyPage(WorkbenchAccessModes modes, Chrome chrome, ObjectMapper json) {
        this.modes = modes;
        this.chrome = chrome;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Directory.User user = CurrentUser.get().orElse(null);
        if (user == null) {
            response.sendRedirect("/login?next=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
            return;
        }
        if (!user.admin()) {
            response.sendError(403, "Only administrators can change read-only mode.");
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append("<main class=\"wb-page\" id=\"main\"><h1>Maintenance: read-only mode</h1>")
                .append("<p>While a product is in read-only mode, people can read but not change anything in it. "
                        + "System administrators can still change Jira, as in Jira.</p>");
        for (Product product : Product.values()) {
            boolean on = modes.readOnly(product);
            String name = product == Product.JIRA ? "Jira" : "Confluence";
            String id = "read-only-" + product.name().toLowerCase(java.util.Locale.ROOT);
            b.append("<section class=\"wb-read-only\" aria-labelledby=\"").append(id).append("-title\">")
                    .append("<h2 id=\"").append(id).append("-title\">").append(esc(name)).append("</h2>")
                    .append("<p id=\"").append(id).append("-state\">").append(esc(name)).append(" is ")
                    .append(on ? "in read-only mode." : "open for changes.").append("</p>")
                    .append("<form method=\"post\" action=\"").append(PATH).append("\">")
                    .append("<input type=\"hidden\" name=\"product\" value=\"").append(esc(product.name().toLowerCase(java.util.Locale.ROOT))).append("\">")
                    .append("<input type=\"hidden\" name=\"readOnly\" value=\"").append(on ? "false" : "true").append("\">")
                    .append("<button type=\"submit\" class=\"aui-button\" id=\"").append(id).append("-switch\" aria-describedby=\"")
                    .append(id).append("-state\">").append(on ? "End read-only mode in " : "Turn on read-only mode in ").append(esc(name))
                    .append("</button></form></section>");
        }
        b.append("</main>");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(chrome.page("jira", "Read-only mode", PATH, "", b.toString()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Directory.User user = CurrentUser.get().orElse(null);
        if (user == null || !user.admin()) {
            response.sendError(user == null ? 401 : 403, "Only administrators can change read-only mode.");
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        boolean asJson = type.startsWith("application/json");
        Product product;
        String readOnly;
        if (asJson) {
            JsonNode body;
            try {
                body = json.readTree(request.getInputStream());
            } catch (IOException notJson) {
                body = null;
            }
            product = body == null ? null : WorkbenchAccessModes.product(body.path("product").asText(null));
            readOnly = body == null || !body.path("readOnly").isBoolean() ? null : body.path("readOnly").asText();
        } else {
            product = WorkbenchAccessModes.product(request.getParameter("product"));
            readOnly = request.getParameter("readOnly");
        }
        if (product == null || !("true".equals(readOnly) || "false".equals(readOnly))) {
            response.sendError(400, "Send {\"product\": \"jira\" or \"confluence\", \"readOnly\": true or false}.");
            return;
        }
        modes.setReadOnly(product, Boolean.parseBoolean(readOnly));
        if (!asJson) {
            response.sendRedirect(PATH);
            return;
        }
        Map<String, Boolean> state = new LinkedHashMap<>();
        state.put("jira", modes.readOnly(Product.JIRA));
        state.put("confluence", modes.readOnly(Product.CONFLUENCE));
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getWriter(), state);
    }
}
