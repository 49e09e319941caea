package com.atlassian.templaterenderer;

// Mirrors atlassian-template-renderer-api 5.0.4 TemplateRenderer as read in ngannk-fptu/Decompiled-Files (complete)

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
