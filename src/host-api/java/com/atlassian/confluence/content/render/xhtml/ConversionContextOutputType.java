package com.atlassian.confluence.content.render.xhtml;

// Mirrors https://docs.atlassian.com/atlassian-confluence/6.1.2/com/atlassian/confluence/content/render/xhtml/ConversionContextOutputType.html (constants and declaration order as in confluence 8.7.2, ngannk-fptu/Decompiled-Files)

import java.util.Locale;

public enum ConversionContextOutputType {
    PREVIEW,
    DISPLAY,
    WORD,
    PDF,
    HTML_EXPORT,
    FEED,
    EMAIL,
    DIFF;

    private final String value = name().toLowerCase(Locale.ROOT);

    /** The lower-case string carried by {@link ConversionContext#getOutputType()}, e.g. "display". */
    public String value() {
        return value;
    }
}
