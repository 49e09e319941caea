package com.empathyevidence.rest;

import com.empathyevidence.domain.Problem;
import com.empathyevidence.view.Texts;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Turns a {@link Problem} into the one error body, with the message from the i18n bundle. */
final class Responses {

    private Responses() {
    }

    static Response problem(Problem problem, Texts texts) {
        int status = switch (problem.kind()) {
            case NOT_SIGNED_IN -> 401;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case INVALID -> 400;
            case CONFLICT -> 409;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(status, texts.get(problem.messageKey(), problem.args()))).build();
    }
}
