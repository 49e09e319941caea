package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.PersonalAccessTokens;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The profile page "Personal Access Tokens", where Jira's path is: create a token (name and expiry; the raw token is
 * shown once), list them with their dates, revoke one after confirming. No script: plain forms, keyboard-usable,
 * every value escaped, every POST behind {@link CrossSiteCheck}. GET never changes anything.
 */
final class TokensPage extends HttpServlet {

    static final String PATH = "/secure/ViewPersonalAccessTokens.jspa";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final PersonalAccessTokens tokens;
    private final Chrome chrome;

    TokensPage(PersonalAccessTokens tokens, Chrome chrome) {
        this.tokens = tokens;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Directory.User user = CurrentUser.get().orElse(null);
        if (user == null) {
            response.sendRedirect("/login?next=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
            return;
        }
        String notice = "1".equals(request.getParameter("revoked")) ? "The token was revoked. Anything that used it can no longer sign in with it." : null;
        Long confirm = parse(request.getParameter("revoke"));
        PersonalAccessTokens.Token toRevoke = confirm == null ? null
                : tokens.list(user.username()).stream().filter(t -> t.id() == confirm).findFirst().orElse(null);
        write(response, 200, user, notice, null, Map.of(), "", "90", toRevoke);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Directory.User user = CurrentUser.get().orElse(null);
        if (user == null) {
            response.sendRedirect("/login?next=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
            return;
        }
        String action = request.getParameter("action");
        if ("revoke".equals(action)) {
            Long id = parse(request.getParameter("id"));
            if (id == null || !tokens.revoke(user.username(), id)) {
                write(response, 404, user, null, null, Map.of("id", "That token does not exist any more: it may have been revoked already."), "", "90", null);
                return;
            }
            response.sendRedirect(PATH + "?revoked=1");
            return;
        }
        if (!"create".equals(action)) {
            response.sendError(400, "Unknown action.");
            return;
        }
        String name = request.getParameter("name");
        String days = request.getParameter("expirationDuration");
        Map<String, String> problems = PersonalAccessTokenServlet.validate(name, days);
        if (!problems.isEmpty()) {
            write(response, 400, user, null, null, problems, name == null ? "" : name, days == null ? "" : days, null);
            return;
        }
        PersonalAccessTokens.Issued issued = tokens.create(user.username(), name.trim(),
                days == null || days.isBlank() ? null : Integer.parseInt(days.trim()));
        write(response, 200, user, null, issued, Map.of(), "", "90", null);
    }

    private void write(HttpServletResponse response, int status, Directory.User user, String notice, PersonalAccessTokens.Issued issued,
                       Map<String, String> problems, String name, String days, PersonalAccessTokens.Token toRevoke) throws IOException {
        Instant now = tokens.now();
        StringBuilder b = new StringBuilder("<main class=\"wb-page wb-tokens\" id=\"personal-access-tokens\">")
                .append("<div class=\"wb-breadcrumbs\">").append(esc(user.fullName())).append(" / Profile</div>")
                .append("<h1>Personal Access Tokens</h1>")
                .append("<p>A personal access token lets a script or another application call Jira's REST API as you, with your permissions."
                        + " Send it in the header <code>Authorization: Bearer &lt;token&gt;</code>. Revoke a token as soon as nothing needs it any more.</p>");
        if (notice != null) {
            b.append("<div class=\"aui-message aui-message-success\" role=\"status\"><p>").append(esc(notice)).append("</p></div>");
        }
        if (issued != null) {
            b.append("<div class=\"aui-message aui-message-success wb-new-token\" role=\"status\">")
                    .append("<p>Your token &ldquo;").append(esc(issued.token().name())).append("&rdquo; is ready. ")
                    .append("<strong>Copy it now and keep it somewhere safe: you won't be able to see it again.</strong></p>")
                    .append("<label for=\"wb-new-token\">Your new personal access token</label>")
                    .append("<input id=\"wb-new-token\" class=\"wb-token-value\" readonly autofocus spellcheck=\"false\" size=\"60\" value=\"")
                    .append(esc(issued.rawToken())).append("\" aria-describedby=\"wb-copy-hint\">")
                    .append("<p id=\"wb-copy-hint\" class=\"wb-muted\">Select the token and copy it (Ctrl+C, or Cmd+C on a Mac).</p></div>");
        }
        if (toRevoke != null) {
            b.append("<section class=\"aui-message aui-message-warning wb-revoke-confirm\" role=\"alertdialog\" aria-labelledby=\"wb-revoke-title\">")
                    .append("<h2 id=\"wb-revoke-title\">Revoke the token &ldquo;").append(esc(toRevoke.name())).append("&rdquo;?</h2>")
                    .append("<p>Anything that uses this token stops working at once. You can't undo this.</p>")
                    .append("<form method=\"post\" action=\"").append(PATH).append("\"><input type=\"hidden\" name=\"action\" value=\"revoke\">")
                    .append("<input type=\"hidden\" name=\"id\" value=\"").append(toRevoke.id()).append("\">")
                    .append("<button type=\"submit\" class=\"aui-button\" id=\"wb-revoke-confirm\" autofocus>Revoke</button> ")
                    .append("<a href=\"").append(PATH).append("\" id=\"wb-revoke-cancel\">Cancel</a></form></section>");
        }
        b.append("<section class=\"module\"><div class=\"mod-header\"><h2>Create token</h2></div>");
        if (!problems.isEmpty()) {
            b.append("<div class=\"wb-error\" role=\"alert\">");
            problems.forEach((field, message) -> b.append("<p>").append(esc(label(field))).append(": ").append(esc(message)).append("</p>"));
            b.append("</div>");
        }
        b.append("<form method=\"post\" action=\"").append(PATH).append("\" class=\"wb-token-form\"><input type=\"hidden\" name=\"action\" value=\"create\">")
                .append("<label for=\"wb-token-name\">Token name</label>")
                .append("<input id=\"wb-token-name\" name=\"name\" required maxlength=\"").append(PersonalAccessTokenServlet.MAX_NAME)
                .append("\" value=\"").append(esc(name)).append('"').append(problems.containsKey("name") ? " aria-invalid=\"true\"" : "").append('>')
                .append("<label for=\"wb-token-expiry\">Expires after (days)</label>")
                .append("<input id=\"wb-token-expiry\" name=\"expirationDuration\" type=\"number\" min=\"1\" max=\"").append(PersonalAccessTokenServlet.MAX_DAYS)
                .append("\" value=\"").append(esc(days)).append('"').append(problems.containsKey("expirationDuration") ? " aria-invalid=\"true\"" : "")
                .append(" aria-describedby=\"wb-token-expiry-hint\">")
                .append("<p id=\"wb-token-expiry-hint\" class=\"wb-muted\">From 1 to ").append(PersonalAccessTokenServlet.MAX_DAYS)
                .append(" days. Leave it empty for a token that never expires.</p>")
                .append("<button type=\"submit\" class=\"aui-button\" id=\"wb-token-create\">Create</button></form></section>");

        List<PersonalAccessTokens.Token> mine = tokens.list(user.username());
        b.append("<section class=\"module\"><div class=\"mod-header\"><h2>Your tokens</h2></div>");
        if (mine.isEmpty()) {
            b.append("<p class=\"wb-muted\" id=\"wb-no-tokens\">You have no personal access tokens yet.</p>");
        } else {
            b.append("<table class=\"aui wb-token-list\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Created</th>")
                    .append("<th scope=\"col\">Expires</th><th scope=\"col\"><span class=\"wb-visually-hidden\">Actions</span></th></tr></thead><tbody>");
            for (PersonalAccessTokens.Token t : mine) {
                b.append("<tr data-token-id=\"").append(t.id()).append("\"><td>").append(esc(t.name())).append("</td><td>").append(time(t.createdAt()))
                        .append("</td><td>");
                if (t.expiringAt() == null) {
                    b.append("Never");
                } else if (t.expiredAt(now)) {
                    b.append("Expired ").append(time(t.expiringAt()));
                } else {
                    b.append(time(t.expiringAt()));
                }
                b.append("</td><td><a href=\"").append(PATH).append("?revoke=").append(t.id()).append("\" aria-label=\"Revoke ")
                        .append(esc(t.name())).append("\">Revoke</a></td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("</section></main>");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(chrome.page("jira", "Personal Access Tokens", PATH, "", b.toString()));
    }

    private static String label(String field) {
        return switch (field) {
            case "name" -> "Token name";
            case "expirationDuration" -> "Expires after (days)";
            default -> "Token";
        };
    }

    private static String time(Instant instant) {
        return "<time datetime=\"" + esc(PersonalAccessTokenServlet.DATE.format(instant)) + "\">" + esc(SHOWN.format(instant)) + "</time>";
    }

    private static Long parse(String id) {
        try {
            return id == null ? null : Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
