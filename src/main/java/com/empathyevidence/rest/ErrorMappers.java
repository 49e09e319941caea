package com.empathyevidence.rest;

import com.empathyevidence.view.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The framework's own errors (wrong content type, unreadable JSON, unknown path or method) and anything unexpected,
 * in the same error body as everything else, worded for a person; never a stack trace.
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

    private final Texts texts;

    @Inject
    public ErrorMappers(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof NotSupportedException) {
            return Responses.error(415, texts.get("empathy.error.jsonOnly"));
        }
        // also a path parameter of the wrong type, e.g. /evidence/abc: Jersey's 404 that is not a NotFoundException
        if (e instanceof NotFoundException || (e instanceof WebApplicationException w404 && w404.getResponse().getStatus() == 404)) {
            return Responses.error(404, texts.get("empathy.error.noSuchResource"));
        }
        if (e instanceof NotAllowedException) {
            return Responses.error(405, texts.get("empathy.error.methodNotAllowed"));
        }
        if (isJsonProblem(e) || (e instanceof WebApplicationException w && w.getResponse().getStatus() == 400)) {
            return Responses.error(400, texts.get("empathy.error.badJson"));
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return Responses.error(w.getResponse().getStatus(), texts.get("empathy.error.unexpected"));
        }
        return Responses.error(500, texts.get("empathy.error.unexpected"));
    }

    /** Whichever JSON binding the host uses, its parse and mapping errors mean the body could not be read. */
    private static boolean isJsonProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("com.fasterxml.jackson.") || t.getClass().getName().startsWith("org.codehaus.jackson.")) {
                return true;
            }
        }
        return false;
    }
}
