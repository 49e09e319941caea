package com.atlassian.plugin.web;

// Mirrors atlassian-plugins-webfragment-api Condition (com.atlassian.plugin.web.Condition: init(Map<String,String>) throws PluginParseException, shouldDisplay(Map<String,Object>)), as implemented by Jira's DvcsPanelCondition on the view issue web panel (complete)

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
