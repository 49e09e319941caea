package com.atlassian.sal.api.lifecycle;

// Mirrors sal-api 5.1.4 LifecycleAware as read in ngannk-fptu/Decompiled-Files (complete: exactly two abstract methods, no default methods)

public interface LifecycleAware {

    void onStart();

    void onStop();
}
