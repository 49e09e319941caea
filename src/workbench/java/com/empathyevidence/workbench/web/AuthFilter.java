package com.empathyevidence.workbench.web;

import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.Impersonation;
import com.empathyevidence.workbench.host.PersonalAccessTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Who is calling, as Jira Data Center decides it: the Application Link acting as the viewing user, a personal access
 * token ({@code Authorization: Bearer}), HTTP Basic (unless switched off, as Jira 11 ships), or the signed-in session.
 * Wrong credentials, a revoked or expired token, and Basic while it is off get 401 at once with the one error body;
 * otherwise anonymous requests go on and the plugin's access annotations and checks decide. A token-authenticated
 * request never opens a session (as Jira, which invalidates the session of a PAT request).
 */
public final class AuthFilter implements Filter {

    static final String SESSION_USER = "workbench.user";

    private final Directory directory;
    private final Impersonation impersonation;
    private final PersonalAccessTokens tokens;
    private final boolean basicAuth;

    public AuthFilter(Directory directory, Impersonation impersonation, PersonalAccessTokens tokens, boolean basicAuth) {
        this.directory = directory;
        this.impersonation = impersonation;
        this.tokens = tokens;
        this.basicAuth = basicAuth;
    }

    @Override
    public void init(FilterConfig filterConfig) {
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<Directory.User> user;
        String authorization = request.getHeader("Authorization");
        String applinkUser = request.getHeader(Impersonation.USER_HEADER);
        if (applinkUser != null) {
            user = impersonation.verify(applinkUser, request.getHeader(Impersonation.SIGNATURE_HEADER)).flatMap(directory::find);
            if (user.isEmpty()) {
                response.sendError(401);
                return;
            }
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            PersonalAccessTokens.Check check = tokens.check(authorization.substring(7).trim());
            user = check.valid() ? check.token().flatMap(t -> directory.find(t.username())) : Optional.empty();
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Workbench\"");
                unauthorized(response, check.expired()
                        ? "This personal access token expired on " + PersonalAccessTokenServlet.DATE.format(check.token().get().expiringAt())
                                + ". Create a new one under your profile, Personal Access Tokens, and use it instead."
                        : "This personal access token is not valid: it is wrong or has been revoked. Check the Authorization: Bearer header,"
                                + " or create a new token under your profile, Personal Access Tokens.");
                return;
            }
        } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!basicAuth) {
                unauthorized(response, "Basic authentication is disabled on this Jira. Use a personal access token instead:"
                        + " create one under your profile, Personal Access Tokens, and send it as Authorization: Bearer <token>.");
                return;
            }
            user = basic(authorization.substring(6).trim());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Workbench\"");
                unauthorized(response, "Wrong username or password.");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            user = session == null ? Optional.empty() : directory.find((String) session.getAttribute(SESSION_USER));
        }
        if (user.isEmpty() && basicAuth && "basic".equals(request.getParameter("os_authType"))) {
            // As Jira does: ?os_authType=basic asks the browser for HTTP Basic credentials.
            response.setHeader("WWW-Authenticate", "Basic realm=\"Workbench\"");
            response.sendError(401);
            return;
        }
        CurrentUser.set(user.orElse(null));
        try {
            chain.doFilter(req, res);
        } finally {
            CurrentUser.set(null);
        }
    }

    private static void unauthorized(HttpServletResponse response, String message) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setStatus(401);
        response.getWriter().write("{\"status\":401,\"message\":" + jsonString(message) + ",\"fieldErrors\":[]}");
    }

    private static String jsonString(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '<' -> s.append("\\u003c");
                case '>' -> s.append("\\u003e");
                default -> s.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }

    private Optional<Directory.User> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : directory.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void destroy() {
    }
}
