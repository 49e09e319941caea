package com.atlassian.plugin.web;

// Mirrors atlassian-plugins-webfragment-api 6.0.1 ContextProvider as read in ngannk-fptu/Decompiled-Files (complete; package unchanged on Platform 7)

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
