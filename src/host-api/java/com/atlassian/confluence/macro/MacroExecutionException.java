package com.atlassian.confluence.macro;

// Mirrors https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/macro/MacroExecutionException.html (checked, four constructors; same in confluence 8.7.2)

public class MacroExecutionException extends Exception {

    public MacroExecutionException() {
        super();
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
