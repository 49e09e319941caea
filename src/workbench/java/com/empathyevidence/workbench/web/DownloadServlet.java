package com.empathyevidence.workbench.web;

import com.empathyevidence.workbench.PluginDescriptor;
import java.io.IOException;
import java.io.InputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the plugin's download resources as the hosts do ({@code /download/resources/<plugin key>[:<web resource>]/<name>})
 * and the workbench's own static files ({@code /static/...}).
 */
public final class DownloadServlet extends HttpServlet {

    private final PluginDescriptor descriptor;

    DownloadServlet(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        String location;
        if (uri.startsWith("/static/")) {
            String name = uri.substring("/static/".length());
            location = name.contains("..") || name.contains("/") ? null : "workbench/" + name;
        } else {
            String rest = uri.substring("/download/resources/".length());
            String prefix = descriptor.key;
            if (!rest.startsWith(prefix)) {
                response.sendError(404);
                return;
            }
            rest = rest.substring(prefix.length());
            location = rest.startsWith(":") ? descriptor.downloadLocation(rest.substring(1))
                    : rest.startsWith("/") ? descriptor.downloadLocation(rest.substring(1)) : null;
        }
        InputStream in = location == null ? null : getClass().getClassLoader().getResourceAsStream(location);
        if (in == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(contentType(location));
        response.setHeader("Cache-Control", "max-age=300");
        try (in) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static String contentType(String location) {
        if (location.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (location.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (location.endsWith(".png")) {
            return "image/png";
        }
        if (location.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
