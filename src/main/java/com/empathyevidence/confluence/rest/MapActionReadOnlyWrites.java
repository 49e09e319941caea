package com.empathyevidence.confluence.rest;

import com.empathyevidence.app.HostAccessMode;
import com.empathyevidence.rest.ReadOnlyWrites;
import com.empathyevidence.view.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;

/** The map's writes obey Confluence's read-only mode by the same rule as Jira's API ({@link ReadOnlyWrites}). */
@Provider
public class MapActionReadOnlyWrites extends ReadOnlyWrites {

    @Inject
    public MapActionReadOnlyWrites(HostAccessMode accessMode, Texts texts) {
        super(accessMode, texts);
    }
}
