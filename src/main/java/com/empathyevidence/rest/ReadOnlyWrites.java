package com.empathyevidence.rest;

import com.empathyevidence.app.HostAccessMode;
import com.empathyevidence.view.Texts;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * While the host is in read-only mode ({@link HostAccessMode}), every write of the app's REST modules (POST, PUT,
 * PATCH, DELETE) answers 503 with the one error body and a plain message naming the host and what to do; reads go on.
 * The one place this rule lives: the Jira module scans this class, the Confluence module a subclass in its own package.
 * It answers before the resource runs, so nothing of the request is read or written.
 */
@Provider
public class ReadOnlyWrites implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Logger LOG = Logger.getLogger(ReadOnlyWrites.class.getName());

    private final HostAccessMode accessMode;
    private final Texts texts;

    @Inject
    public ReadOnlyWrites(HostAccessMode accessMode, Texts texts) {
        this.accessMode = accessMode;
        this.texts = texts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT)) || !accessMode.readOnly()) {
            return;
        }
        LOG.fine(() -> "Refused " + request.getMethod() + " " + request.getUriInfo().getPath() + ": the host is in read-only mode");
        request.abortWith(Responses.error(503, texts.get(accessMode.messageKey())));
    }
}
