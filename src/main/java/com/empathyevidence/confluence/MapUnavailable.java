package com.empathyevidence.confluence;

/** Why the map could not be fetched from Jira; each reason has its own message for the reader. */
public class MapUnavailable extends Exception {

    public enum Reason { NO_JIRA_LINK, JIRA_UNREACHABLE, NEEDS_AUTHORISATION, NO_ACCESS, PERSONA_NOT_FOUND, BAD_PROJECTS }

    private final Reason reason;
    private final String authorisationUri;

    public MapUnavailable(Reason reason, String authorisationUri, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
        this.authorisationUri = authorisationUri;
    }

    public Reason reason() {
        return reason;
    }

    /** Where the reader can grant access to Jira, when that is the fix; otherwise null. */
    public String authorisationUri() {
        return authorisationUri;
    }
}
