package com.empathyevidence.confluence.rest;

import com.empathyevidence.rest.JsonWrites;
import com.empathyevidence.view.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;

/** The map actions take JSON only, by the same rule as Jira's API ({@link JsonWrites}): this module scans its own package. */
@Provider
public class MapActionJsonWrites extends JsonWrites {

    @Inject
    public MapActionJsonWrites(Texts texts) {
        super(texts);
    }
}
