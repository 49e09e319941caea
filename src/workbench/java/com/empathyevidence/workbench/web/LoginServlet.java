package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.empathyevidence.workbench.host.Directory;
import java.io.IOException;
import java.util.Optional;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sign-in page (with one-click demo users unless the switcher is off), the header's user switcher, and sign-out. */
public final class LoginServlet extends HttpServlet {

    private final Directory directory;
    private final Chrome chrome;
    private final boolean demoSwitcher;

    LoginServlet(Directory directory, Chrome chrome, boolean demoSwitcher) {
        this.directory = directory;
        this.chrome = chrome;
        this.demoSwitcher = demoSwitcher;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        showLogin(response, safeNext(request.getParameter("next")), null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        String next = safeNext(request.getParameter("next"));
        if ("/switch-user".equals(path) && !demoSwitcher) {
            response.sendError(404, "The demo user switcher is off on this workbench. Log in with a username and password.");
            return;
        }
        if ("/logout".equals(path)) {
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect("/login");
            return;
        }
        Optional<Directory.User> user = "/switch-user".equals(path)
                ? directory.find(request.getParameter("username"))
                : directory.authenticate(request.getParameter("username"), request.getParameter("password"));
        if (user.isEmpty()) {
            response.setStatus(401);
            showLogin(response, next, "Sorry, your username and password are incorrect - please try again.");
            return;
        }
        // A new session id on every sign-in (no session fixation): whatever id the browser had is dropped.
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        request.getSession(true).setAttribute(AuthFilter.SESSION_USER, user.get().username());
        response.sendRedirect(next);
    }

    private void showLogin(HttpServletResponse response, String next, String error) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("<main class=\"wb-login\"><h1>Log in</h1>");
        if (error != null) {
            body.append("<p class=\"wb-error\" role=\"alert\">").append(esc(error)).append("</p>");
        }
        body.append("<form method=\"post\" action=\"/login\">")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(esc(next)).append("\">")
                .append("<label for=\"username\">Username</label><input id=\"username\" name=\"username\" autocomplete=\"username\" required>")
                .append("<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
                .append("<button type=\"submit\" id=\"login-submit\">Log in</button></form>");
        if (!demoSwitcher) {
            body.append("</main>");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(chrome.page("jira", "Log in", next, "", body.toString()));
            return;
        }
        body.append("<div class=\"wb-demo-users\"><p>Demo users (password = username):</p>");
        for (Directory.User u : directory.all()) {
            body.append("<form method=\"post\" action=\"/switch-user\"><input type=\"hidden\" name=\"username\" value=\"")
                    .append(esc(u.username())).append("\"><input type=\"hidden\" name=\"next\" value=\"").append(esc(next))
                    .append("\"><button type=\"submit\">").append(esc(u.fullName())).append(" - ").append(esc(u.role()))
                    .append("</button></form>");
        }
        body.append("</div></main>");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(chrome.page("jira", "Log in", next, "", body.toString()));
    }

    /** Only local paths: the login page never redirects off-site. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
