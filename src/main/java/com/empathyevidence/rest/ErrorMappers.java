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

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ErrorMappers.class.getName());

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
            return shapeError(e);
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return Responses.error(w.getResponse().getStatus(), texts.get("empathy.error.unexpected"));
        }
        if (com.empathyevidence.app.DatabaseOutage.isOutage(e)) {
            // the database is stopped, restarting or out of reach: the request may be sent again once it is back
            return Response.fromResponse(Responses.error(503, texts.get("empathy.error.databaseUnavailable"))).header("Retry-After", "30").build();
        }
        // Unexpected: the person gets a plain sentence, the administrator the cause in the host's log.
        LOG.log(java.util.logging.Level.SEVERE, "Empathy Evidence REST request failed unexpectedly", e);
        return Responses.error(500, texts.get("empathy.error.unexpected"));
    }

    /**
     * A body that is JSON but of the wrong shape (a field of the wrong type, a field this request does not have) names
     * the field, as the binding's path to it says (e.g. {@code tags[2]}, {@code shelfLifeDays.INTERVIEW}); a body that is
     * not JSON at all gets the general message. Read by reflection, so any Jackson the host ships (2.x, or 1.x on old
     * hosts) is understood.
     */
    private Response shapeError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getSimpleName();
            String field = path(t);
            if (field == null || field.isEmpty()) {
                continue;
            }
            String message = type.equals("UnrecognizedPropertyException") || type.equals("IgnoredPropertyException")
                    ? texts.get("empathy.error.unknownField", field)
                    : texts.get("empathy.error.wrongType", field, expected(t));
            ErrorJson body = ErrorJson.of(400, message);
            ErrorJson.FieldError f = new ErrorJson.FieldError();
            f.field = field;
            f.message = message;
            body.fieldErrors.add(f);
            return jakarta.ws.rs.core.Response.status(400).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        return Responses.error(400, texts.get("empathy.error.badJson"));
    }

    /** The path of a Jackson mapping error as a field name, or null when it has none. */
    private static String path(Throwable t) {
        try {
            Object path = t.getClass().getMethod("getPath").invoke(t);
            if (!(path instanceof java.util.List<?> references)) {
                return null;
            }
            StringBuilder field = new StringBuilder();
            for (Object reference : references) {
                Object name = reference.getClass().getMethod("getFieldName").invoke(reference);
                Object index = reference.getClass().getMethod("getIndex").invoke(reference);
                if (name != null) {
                    field.append(field.length() == 0 ? "" : ".").append(name);
                } else if (index instanceof Integer i && i >= 0) {
                    field.append('[').append(i).append(']');
                }
            }
            return field.toString();
        } catch (ReflectiveOperationException | RuntimeException notAMappingError) {
            return null;
        }
    }

    /** What the field should have been, in words from the bundle. */
    private String expected(Throwable t) {
        Class<?> target = null;
        try {
            Object type = t.getClass().getMethod("getTargetType").invoke(t);
            target = type instanceof Class<?> c ? c : null;
        } catch (ReflectiveOperationException | RuntimeException none) {
            // not a mismatched-input error: say nothing of the type
        }
        String kind;
        if (target == null) {
            kind = "value";
        } else if (target == String.class || target.isEnum()) {
            kind = "text";
        } else if (target == Boolean.class || target == boolean.class) {
            kind = "boolean";
        } else if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            kind = "number";
        } else if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            kind = "list";
        } else {
            kind = "object";
        }
        return texts.get("empathy.error.expected." + kind);
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
