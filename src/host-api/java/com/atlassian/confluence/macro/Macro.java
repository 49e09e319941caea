package com.atlassian.confluence.macro;

// Mirrors https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/Macro.html (complete; constant order from confluence 8.7.2 in ngannk-fptu/Decompiled-Files)

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    enum OutputType {
        INLINE,
        BLOCK
    }
}
