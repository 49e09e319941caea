package com.empathyevidence.workbench.web;

import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.Impersonation;
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
 * Who is calling, as Jira Data Center decides it: the signed-in session, HTTP Basic (REST), or the Application Link
 * acting as the viewing user. Wrong Basic credentials get 401 at once; otherwise anonymous requests go on and the
 * plugin's access annotations and checks decide.
 */
public final class AuthFilter implements Filter {

    static final String SESSION_USER = "workbench.user";

    private final Directory directory;
    private final Impersonation impersonation;

    public AuthFilter(Directory directory, Impersonation impersonation) {
        this.directory = directory;
        this.impersonation = impersonation;
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
        } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).trim());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Workbench\"");
                response.setContentType("application/json;charset=UTF-8");
                response.setStatus(401);
                response.getWriter().write("{\"status\":401,\"message\":\"Wrong username or password.\",\"fieldErrors\":[]}");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            user = session == null ? Optional.empty() : directory.find((String) session.getAttribute(SESSION_USER));
        }
        if (user.isEmpty() && "basic".equals(request.getParameter("os_authType"))) {
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
