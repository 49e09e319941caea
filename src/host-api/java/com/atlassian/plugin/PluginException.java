package com.atlassian.plugin;

// Mirrors atlassian-plugins-api 7.4.0 PluginException as read in ngannk-fptu/Decompiled-Files (unchecked, four constructors)

public class PluginException extends RuntimeException {

    public PluginException() {
        super();
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
