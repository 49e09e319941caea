package com.atlassian.cache;

// Mirrors atlassian-cache-api CacheSettingsBuilder (@PublicApi) as read in ngannk-fptu/Decompiled-Files (subset: the builder methods this plugin calls; build() returns a plain holder where the real one returns the internal DefaultCacheSettings)

import java.util.concurrent.TimeUnit;

public class CacheSettingsBuilder {

    private Long expireAfterWrite;
    private Boolean local;
    private Integer maxEntries;
    private Boolean replicateViaCopy;

    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        final Long write = expireAfterWrite;
        final Boolean isLocal = local;
        final Integer max = maxEntries;
        final Boolean viaCopy = replicateViaCopy;
        return new CacheSettings() {
            @Override
            public Long getExpireAfterAccess() {
                return null;
            }

            @Override
            public Long getExpireAfterWrite() {
                return write;
            }

            @Override
            public Boolean getLocal() {
                return isLocal;
            }

            @Override
            public Integer getMaxEntries() {
                return max;
            }

            @Override
            public Boolean getReplicateViaCopy() {
                return viaCopy;
            }
        };
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (0 >= maxEntries) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        return this;
    }

    public CacheSettingsBuilder local() {
        this.local = true;
        return this;
    }

    public CacheSettingsBuilder remote() {
        this.local = false;
        return this;
    }

    public CacheSettingsBuilder replicateViaCopy() {
        this.replicateViaCopy = true;
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        this.replicateViaCopy = false;
        return this;
    }
}
