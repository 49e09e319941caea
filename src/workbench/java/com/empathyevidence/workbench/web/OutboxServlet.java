package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.WorkbenchOutbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * phasein (issue 16): the workbench's outbox, {@code /workbench/outbox}: every mail the plugin handed to Jira's mail
 * queue (to, subject, body, sent at), newest first. Administrators only (403 for anyone else, signed in or not);
 * {@code ?format=json} answers the same as JSON, for tests.
 */
final class OutboxServlet extends HttpServlet {

    static final String PATH = "/workbench/outbox";

    private final transient WorkbenchOutbox outbox;
    private final transient Chrome chrome;
    private final transient ObjectMapper json;

    OutboxServlet(WorkbenchOutbox outbox, Chrome chrome, ObjectMapper json) {
        this.outbox = outbox;
        this.chrome = chrome;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (CurrentUser.get().map(u -> !u.admin()).orElse(true)) {
            response.sendError(403, "Only administrators can read the outbox.");
            return;
        }
        if ("json".equals(request.getParameter("format"))) {
            ArrayNode all = json.createArrayNode();
            for (WorkbenchOutbox.Sent m : outbox.all()) {
                all.addObject().put("id", m.id()).put("to", m.to()).put("subject", m.subject()).put("body", m.body())
                        .put("mimeType", m.mimeType()).put("sentAt", m.sentAt().toString());
            }
            response.setContentType("application/json;charset=UTF-8");
            json.writeValue(response.getWriter(), all);
            return;
        }
        StringBuilder body = new StringBuilder("<main class=\"wb-page\"><h1>Outbox</h1>")
                .append("<p class=\"wb-muted\">The mail the app handed to Jira\u2019s mail queue, newest first. Nothing leaves this machine.</p>");
        if (outbox.all().isEmpty()) {
            body.append("<p>No mail has been sent.</p>");
        } else {
            body.append("<table class=\"wb-outbox\"><caption>Sent mail</caption><thead><tr><th scope=\"col\">Sent at</th><th scope=\"col\">To</th>")
                    .append("<th scope=\"col\">Subject</th><th scope=\"col\">Body</th></tr></thead><tbody>");
            for (WorkbenchOutbox.Sent m : outbox.all()) {
                body.append("<tr data-mail-id=\"").append(m.id()).append("\"><td>").append(esc(m.sentAt().toString())).append("</td><td>")
                        .append(esc(m.to())).append("</td><td>").append(esc(m.subject())).append("</td><td><pre class=\"wb-mail-body\">")
                        .append(esc(m.body())).append("</pre></td></tr>");
            }
            body.append("</tbody></table>");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(chrome.page("jira", "Outbox", PATH, "", body.append("</main>").toString()));
    }
}
