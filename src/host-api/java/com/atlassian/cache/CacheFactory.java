package com.atlassian.cache;

// Mirrors atlassian-cache-api CacheFactory (@PublicApi) as read in ngannk-fptu/Decompiled-Files (subset: the one method this plugin calls)

public interface CacheFactory {

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
