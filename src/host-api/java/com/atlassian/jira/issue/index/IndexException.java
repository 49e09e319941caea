package com.atlassian.jira.issue.index;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/index/IndexException.html (checked; constructors only)
public class IndexException extends Exception {
    public IndexException() {
    }

    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexException(Throwable cause) {
        super(cause);
    }
}
