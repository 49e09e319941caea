package com.empathyevidence.rest;

import com.empathyevidence.view.Texts;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Every write of the app's REST modules takes JSON only, body or not: a POST, PUT, PATCH or DELETE without the header
 * {@code Content-Type: application/json} answers 415 and changes nothing. A page on another site cannot send that
 * header without the browser asking first (a CORS preflight, which the hosts refuse), so no cross-site form, image or
 * plain {@code fetch} can make a write happen as the person viewing it. A body must be exactly one JSON value:
 * anything after it (trailing garbage) answers 400, whichever JSON binding the host runs. The one place this rule
 * lives: the Jira module scans this class, the Confluence module a subclass in its own package.
 *
 * <p>One deliberate exception, decided here: the archive import ({@link ArchiveResource}) takes the zip itself, only
 * as {@code application/zip} (no more sendable cross-site than JSON) and only with the hosts' XSRF header
 * {@code X-Atlassian-Token: no-check}, which no form can set; anything else answers 415, a missing header 403.
 */
@Provider
public class JsonWrites implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final JsonFactory JSON = new JsonFactory();

    private final Texts texts;

    @Inject
    public JsonWrites(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        MediaType type = mediaType(request);
        if (isArchiveUpload(request)) {
            // The one exception to JSON only: an archive import takes the zip itself. Just as safe: application/zip is
            // not a type a cross-site form or plain fetch can send, and the host's XSRF header is required besides.
            if (type == null || !"application".equalsIgnoreCase(type.getType()) || !"zip".equalsIgnoreCase(type.getSubtype())) {
                swallow(request);
                request.abortWith(Responses.error(415, texts.get("empathy.error.zipOnly")));
            } else if (!"no-check".equalsIgnoreCase(String.valueOf(request.getHeaderString(ArchiveResource.XSRF_HEADER)).trim())) {
                swallow(request);
                request.abortWith(Responses.error(403, texts.get("empathy.error.xsrf")));
            }
            return;
        }
        if (type == null || !"application".equalsIgnoreCase(type.getType()) || !"json".equalsIgnoreCase(type.getSubtype())) {
            swallow(request);
            request.abortWith(Responses.error(415, texts.get("empathy.error.jsonOnly")));
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!isOneJsonValue(body, type.getParameters().get(MediaType.CHARSET_PARAMETER))) {
            request.abortWith(Responses.error(400, texts.get("empathy.error.badJson")));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** The archive import (POST to {@link ArchiveResource}): the one write whose body is not JSON. */
    private static boolean isArchiveUpload(ContainerRequestContext request) {
        java.util.List<Object> matched = request.getUriInfo().getMatchedResources();
        return "POST".equalsIgnoreCase(request.getMethod()) && !matched.isEmpty() && matched.get(0) instanceof ArchiveResource;
    }

    private static MediaType mediaType(ContainerRequestContext request) {
        try {
            return request.getMediaType();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** True for one JSON value, optionally surrounded by whitespace; an empty body is left to the resource. */
    static boolean isOneJsonValue(byte[] body, String charset) {
        try (JsonParser parser = charset == null ? JSON.createParser(body) : JSON.createParser(new String(body, Charset.forName(charset)))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return true;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }

    /** How much of a refused body is read and thrown away (as Tomcat's maxSwallowSize): the client hears the answer. */
    static final int SWALLOW_BYTES = 2 * 1024 * 1024;

    /**
     * Reads what the client is still sending of a body that is refused, up to {@link #SWALLOW_BYTES}, so the refusal
     * reaches the client on the same connection instead of a reset while it is still writing.
     */
    private static void swallow(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        try (java.io.InputStream in = request.getEntityStream()) {
            byte[] buffer = new byte[8192];
            long left = SWALLOW_BYTES;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }
}
