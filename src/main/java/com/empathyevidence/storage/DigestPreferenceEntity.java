package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The digest (issue 16): a user who switched the weekly digest off (or on again). */
@Preload
@Table("DIGEST_PREF")
public interface DigestPreferenceEntity extends Entity {

    @NotNull
    @Unique
    String getUserKey();
    void setUserKey(String userKey);

    @NotNull
    Boolean getOptedOut();
    void setOptedOut(Boolean optedOut);
}
