package com.empathyevidence.workbench.web;

import com.empathyevidence.workbench.host.WorkbenchWebResources;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The plugin's servlet modules, served as Jira serves them under {@code /plugins/servlet}: the request builds a page
 * (the web-resource manager collects what the servlet requires), and an HTML answer asking for the {@code atl.general}
 * decorator is put into Jira's chrome as SiteMesh does: its title, then its body inside the page, with the required
 * resources in the head; {@code atl.admin} the same in Jira's administration chrome. A servlet's {@code sendError(401)}
 * sends the visitor to the login page and {@code sendError(403)} gets Jira's permission page, as Jira answers them.
 * Any other answer passes through as it is.
 */
final class PluginServlets extends HttpServlet {

    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern BODY = Pattern.compile("(?is)<body[^>]*>(.*)</body>");
    private static final Pattern DECORATOR = Pattern.compile("(?is)<meta\\s+name=\"decorator\"\\s+content=\"atl\\.(general|admin)\"");

    private final HttpServlet plugin;
    private final Chrome chrome;
    private final WorkbenchWebResources webResources;

    PluginServlets(HttpServlet plugin, Chrome chrome, WorkbenchWebResources webResources) {
        this.plugin = plugin;
        this.chrome = chrome;
        this.webResources = webResources;
    }

    @Override
    public void init() throws ServletException {
        plugin.init(getServletConfig());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        CharArrayWriter captured = new CharArrayWriter();
        PrintWriter writer = new PrintWriter(captured);
        int[] error = {0};
        HttpServletResponseWrapper wrapper = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public void sendError(int status) {
                error[0] = status;
            }

            @Override
            public void sendError(int status, String message) {
                error[0] = status;
            }
        };
        webResources.beginPage();
        java.util.List<WorkbenchWebResources.Download> downloads;
        try {
            plugin.service((jakarta.servlet.ServletRequest) request, (jakarta.servlet.ServletResponse) wrapper);
        } finally {
            downloads = webResources.endPage();
        }
        writer.flush();
        String uri = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (error[0] == 401) {
            // Jira sends an anonymous visitor to its login page, and back afterwards
            response.sendRedirect("/login?next=" + java.net.URLEncoder.encode(uri, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (error[0] == 403) {
            // Jira's own permission page (securitybreach.jsp), never the app's content
            response.setStatus(403);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(chrome.page("jira", "Permission Violation", uri, "",
                    "<main class=\"wb-page\" id=\"main\"><h1>Permission Violation</h1><p id=\"permission-violation\">It seems that you have "
                            + "tried to perform an operation which you are not permitted to perform. If you think this message is wrong, "
                            + "please contact your Jira administrators.</p></main>"));
            return;
        }
        if (error[0] != 0) {
            response.sendError(error[0]);
            return;
        }
        String html = captured.toString();
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (!type.startsWith("text/html") || !DECORATOR.matcher(html).find()) {
            response.getWriter().write(html);
            return;
        }
        Matcher title = TITLE.matcher(html);
        Matcher body = BODY.matcher(html);
        Matcher decorator = DECORATOR.matcher(html);
        // atl.admin: Jira's administration chrome, with the way back to the plugin manager
        String admin = decorator.find() && "admin".equals(decorator.group(1))
                ? "<nav class=\"wb-admin-nav\" aria-label=\"Administration\"><a href=\"/#manage-apps\">Administration: Manage apps</a></nav>" : "";
        response.getWriter().write(chrome.page("jira", title.find() ? unescape(title.group(1)) : "", uri, chrome.resources(downloads, true),
                "<main class=\"wb-page\" id=\"main\">" + admin + (body.find() ? body.group(1) : "") + "</main>"));
    }

    /** Chrome escapes the title again. */
    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
