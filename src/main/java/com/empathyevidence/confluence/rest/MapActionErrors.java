package com.empathyevidence.confluence.rest;

import com.empathyevidence.rest.ErrorMappers;
import com.empathyevidence.view.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;

/** The map actions' framework errors (415 for a body that is not JSON, 404, 405) in the same error body as Jira's API. */
@Provider
public class MapActionErrors extends ErrorMappers {

    @Inject
    public MapActionErrors(Texts texts) {
        super(texts);
    }
}
