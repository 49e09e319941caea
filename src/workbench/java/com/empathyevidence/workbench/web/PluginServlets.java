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
 * resources in the head. Any other answer passes through as it is.
 */
final class PluginServlets extends HttpServlet {

    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern BODY = Pattern.compile("(?is)<body[^>]*>(.*)</body>");
    private static final Pattern DECORATOR = Pattern.compile("(?is)<meta\\s+name=\"decorator\"\\s+content=\"atl\\.general\"");

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
        HttpServletResponseWrapper wrapper = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
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
        String html = captured.toString();
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (!type.startsWith("text/html") || !DECORATOR.matcher(html).find()) {
            response.getWriter().write(html);
            return;
        }
        Matcher title = TITLE.matcher(html);
        Matcher body = BODY.matcher(html);
        String uri = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.getWriter().write(chrome.page("jira", title.find() ? unescape(title.group(1)) : "", uri, chrome.resources(downloads, true),
                "<main class=\"wb-page\" id=\"main\">" + (body.find() ? body.group(1) : "") + "</main>"));
    }

    /** Chrome escapes the title again. */
    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
