package com.atlassian.cache;

// Mirrors atlassian-cache-api CacheSettings (@PublicApi) as read in ngannk-fptu/Decompiled-Files (subset: the nullable getters a host reads)

public interface CacheSettings {

    Long getExpireAfterAccess();

    Long getExpireAfterWrite();

    Boolean getLocal();

    Integer getMaxEntries();

    Boolean getReplicateViaCopy();
}
