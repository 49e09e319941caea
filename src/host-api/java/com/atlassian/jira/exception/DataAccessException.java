package com.atlassian.jira.exception;

// Mirrors https://docs.atlassian.com/jira/6.4.9/com/atlassian/jira/exception/DataAccessException.html (unchecked, three constructors; no no-arg constructor)

public class DataAccessException extends RuntimeException {

    public DataAccessException(String msg) {
        super(msg);
    }

    public DataAccessException(String msg, Throwable throwable) {
        super(msg, throwable);
    }

    public DataAccessException(Throwable throwable) {
        super(throwable);
    }
}
