package com.atlassian.cache;

// Mirrors atlassian-cache-api CacheLoader (@PublicSpi) as read in ngannk-fptu/Decompiled-Files (complete)

public interface CacheLoader<K, V> {

    V load(K key);
}
