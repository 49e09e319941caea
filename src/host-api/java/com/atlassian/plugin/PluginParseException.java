package com.atlassian.plugin;

// Mirrors atlassian-plugins-api 7.4.0 PluginParseException as read in ngannk-fptu/Decompiled-Files (extends PluginException, four constructors)

public class PluginParseException extends PluginException {

    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
