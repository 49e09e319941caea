package com.atlassian.confluence.content.render.xhtml;

// Mirrors confluence 8.7.2 ConversionContext as read in ngannk-fptu/Decompiled-Files (subset: the getters this plugin calls)

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {

    Object getProperty(String name);

    Object getProperty(String name, Object defaultValue);

    String getOutputDeviceType();

    /** One of the {@link ConversionContextOutputType#value()} strings, e.g. "display", "preview", "email". */
    String getOutputType();

    /** The page or blog post being rendered; {@code null} e.g. in the macro browser preview. */
    ContentEntityObject getEntity();

    String getSpaceKey();

    boolean isDiffOrEmail();
}
