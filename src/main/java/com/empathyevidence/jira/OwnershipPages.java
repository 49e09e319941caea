package com.empathyevidence.jira;

/** The web resources of owners and re-confirmation requests (issue 16), required by the pages that show them. */
public final class OwnershipPages {

    /** "plugin key:web-resource key" of the request form's script. */
    public static final String RESOURCES = "com.empathyevidence.empathy-evidence:ownership-resources";

    private OwnershipPages() {
    }
}
