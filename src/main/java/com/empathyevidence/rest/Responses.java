package com.empathyevidence.rest;

import com.empathyevidence.domain.FieldError;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.view.Texts;
import java.util.function.Supplier;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Runs a resource method and turns a {@link Problem} into the one error body, with messages from the i18n bundle. */
final class Responses {

    private Responses() {
    }

    static Response run(Texts texts, Supplier<Response> action) {
        try {
            return action.get();
        } catch (Problem problem) {
            return problem(problem, texts);
        }
    }

    /** {@link #run(Texts, Supplier)}, naming fields in field errors as the request does ({@code renames}: app name to API name). */
    static Response run(Texts texts, Supplier<Response> action, java.util.Map<String, String> renames) {
        try {
            return action.get();
        } catch (Problem problem) {
            ErrorJson body = body(problem, texts);
            body.fieldErrors.forEach(f -> f.field = renames.getOrDefault(f.field, f.field));
            return Response.status(body.status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }

    static Response problem(Problem problem, Texts texts) {
        ErrorJson body = body(problem, texts);
        return Response.status(body.status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** The error body of a problem, messages from the i18n bundle. */
    static ErrorJson body(Problem problem, Texts texts) {
        int status = switch (problem.kind()) {
            case NOT_SIGNED_IN -> 401;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case INVALID -> 400;
            case CONFLICT -> 409;
        };
        ErrorJson body = ErrorJson.of(status, texts.get(problem.messageKey(), problem.args()));
        for (FieldError e : problem.fieldErrors()) {
            ErrorJson.FieldError f = new ErrorJson.FieldError();
            f.field = e.field();
            f.message = texts.get(e.messageKey(), e.args());
            body.fieldErrors.add(f);
        }
        return body;
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorJson.of(status, message)).build();
    }
}
