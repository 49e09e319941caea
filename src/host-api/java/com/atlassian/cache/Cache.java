package com.atlassian.cache;

// Mirrors atlassian-cache-api Cache (@PublicApi) as read in ngannk-fptu/Decompiled-Files (subset: the methods this plugin calls and the workbench implements)

public interface Cache<K, V> {

    String getName();

    V get(K key);

    void put(K key, V value);

    void remove(K key);

    void removeAll();
}
