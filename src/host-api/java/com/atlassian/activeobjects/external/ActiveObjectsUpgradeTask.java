package com.atlassian.activeobjects.external;

// Mirrors com.atlassian.activeobjects:activeobjects-plugin 5.2.1 ActiveObjectsUpgradeTask as read in ngannk-fptu/Decompiled-Files (complete)

public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
