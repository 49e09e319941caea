package com.atlassian.confluence.core;

// Mirrors confluence 8.7.2 ContentEntityObject as read in ngannk-fptu/Decompiled-Files; the superclass chain (AbstractLabelableEntityObject ... ConfluenceEntityObject, which declares getId()) and all other members are elided because the plugin only calls these two getters

public abstract class ContentEntityObject {

    protected ContentEntityObject() {
    }

    public long getId() {
        throw new UnsupportedOperationException("stub");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("stub");
    }
}
