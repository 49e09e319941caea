package com.atlassian.cache;

// Mirrors atlassian-cache-api CacheManager extends CacheFactory, as read in ngannk-fptu/Decompiled-Files (subset: nothing of its own is called; the host service the plugin imports)

public interface CacheManager extends CacheFactory {
}
