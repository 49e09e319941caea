package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.DemoJira;
import com.empathyevidence.workbench.host.WorkbenchJql;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jira's issue search at Jira's addresses: the issue navigator page {@code /issues/?jql=…} (a plain list of the
 * results, the query kept in its field, a refused query's message above it) and {@code GET /rest/api/2/search?jql=}
 * (Jira's JSON: {@code startAt}, {@code maxResults}, {@code total}, {@code issues[].key}; a refused query answers 400
 * with {@code errorMessages}). Both search as the signed-in user through {@link WorkbenchJql}.
 */
final class IssueSearchServlet extends HttpServlet {

    static final int PAGE = 50;

    private final WorkbenchJql jql;
    private final DemoJira jira;
    private final Chrome chrome;
    private final ObjectMapper json;

    IssueSearchServlet(WorkbenchJql jql, DemoJira jira, Chrome chrome, ObjectMapper json) {
        this.jql = jql;
        this.jira = jira;
        this.chrome = chrome;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getRequestURI().startsWith("/rest/")) {
            rest(request, response);
        } else {
            page(request, response);
        }
    }

    private void rest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        if (CurrentUser.get().isEmpty()) {
            response.setStatus(401);
            response.getWriter().write("{\"errorMessages\":[\"You are not logged in. Sign in, or send a personal access token.\"],\"errors\":{}}");
            return;
        }
        int start = number(request.getParameter("startAt"), 0);
        int max = Math.min(1000, number(request.getParameter("maxResults"), PAGE));
        ObjectNode out = json.createObjectNode();
        try {
            WorkbenchJql.Result result = jql.search(jira.getLoggedInUser(), request.getParameter("jql"), start, max);
            out.put("startAt", start).put("maxResults", max).put("total", result.total());
            ArrayNode issues = out.putArray("issues");
            for (DemoJira.DemoIssue issue : result.issues()) {
                issues.addObject().put("id", String.valueOf(issue.id())).put("key", issue.key())
                        .putObject("fields").put("summary", issue.summary());
            }
        } catch (WorkbenchJql.JqlException e) {
            response.setStatus(400);
            out.putArray("errorMessages").add(e.getMessage());
            out.putObject("errors");
        }
        response.getWriter().write(json.writeValueAsString(out));
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String query = request.getParameter("jql") == null ? "" : request.getParameter("jql");
        String self = "/issues/?jql=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        if (CurrentUser.get().isEmpty()) {
            response.sendRedirect("/login?next=" + URLEncoder.encode(self, StandardCharsets.UTF_8));
            return;
        }
        int start = Math.max(0, number(request.getParameter("startIndex"), 0));
        StringBuilder b = new StringBuilder("<main class=\"wb-page\" id=\"issue-search\"><h1>Search</h1>")
                .append("<form method=\"get\" action=\"/issues/\" class=\"wb-jql-form\" role=\"search\">")
                .append("<label for=\"advanced-search\">JQL query</label> ")
                .append("<input type=\"text\" id=\"advanced-search\" name=\"jql\" size=\"80\" spellcheck=\"false\" value=\"")
                .append(esc(query)).append("\"> <button type=\"submit\" class=\"aui-button\" id=\"jql-search\">Search</button></form>");
        try {
            WorkbenchJql.Result result = jql.search(jira.getLoggedInUser(), query, start, PAGE);
            if (result.total() == 0) {
                b.append("<p id=\"jql-empty\" role=\"status\">No issues were found to match your search.</p>");
            } else {
                int last = start + result.issues().size();
                b.append("<p id=\"jql-count\" role=\"status\">").append(start + 1).append("–").append(last).append(" of ")
                        .append(result.total()).append(result.total() == 1 ? " issue" : " issues").append("</p>")
                        .append("<table class=\"aui\" id=\"issuetable\"><thead><tr><th scope=\"col\">Key</th><th scope=\"col\">Summary</th>")
                        .append("<th scope=\"col\">Status</th></tr></thead><tbody>");
                for (DemoJira.DemoIssue issue : result.issues()) {
                    b.append("<tr class=\"issuerow\" data-issuekey=\"").append(esc(issue.key())).append("\"><td><a class=\"issue-link\" href=\"/browse/")
                            .append(esc(issue.key())).append("\">").append(esc(issue.key())).append("</a></td><td>").append(esc(issue.summary()))
                            .append("</td><td>").append(esc(issue.status())).append("</td></tr>");
                }
                b.append("</tbody></table>");
                if (last < result.total()) {
                    b.append("<p><a id=\"jql-next\" href=\"").append(esc(self)).append("&amp;startIndex=").append(last).append("\">Next page</a></p>");
                }
            }
        } catch (WorkbenchJql.JqlException e) {
            b.append("<div class=\"aui-message aui-message-error\" role=\"alert\" id=\"jql-error\"><p>").append(esc(e.getMessage())).append("</p></div>");
        }
        b.append("</main>");
        response.getWriter().write(chrome.page("jira", "Issue navigator", self, "", b.toString()));
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
