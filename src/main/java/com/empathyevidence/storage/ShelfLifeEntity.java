package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An admin's change to a shelf life: globally (scope "*") or for one Jira project (scope = project key). */
@Preload
@Table("SHELF_LIFE")
public interface ShelfLifeEntity extends Entity {

    /** scope|SOURCE_KIND: unique. */
    @NotNull
    @Unique
    String getPolicyKey();
    void setPolicyKey(String policyKey);

    @NotNull
    String getScope();
    void setScope(String scope);

    @NotNull
    String getSourceKind();
    void setSourceKind(String sourceKind);

    @NotNull
    Integer getDays();
    void setDays(Integer days);

    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);
}
