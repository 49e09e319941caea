package com.atlassian.templaterenderer;

// Mirrors atlassian-template-renderer-api 5.0.4 RenderingException as read in ngannk-fptu/Decompiled-Files (unchecked, three constructors)

public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
