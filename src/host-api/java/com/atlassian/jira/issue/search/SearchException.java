package com.atlassian.jira.issue.search;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/search/SearchException.html (checked; constructors only)
public class SearchException extends Exception {
    public SearchException() {
    }

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchException(Throwable cause) {
        super(cause);
    }
}
