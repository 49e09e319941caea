package com.empathyevidence.app;

import com.empathyevidence.domain.ValidationTask;
import java.util.Collection;
import java.util.List;

/** Where validation tasks made from the map are kept (a narrow store port of its own, beside the links). */
public interface ValidationTasks {

    /** Keeps the task; a second record of the same issue and item changes nothing. */
    void record(ValidationTask task);

    /** The tasks of these map items, oldest first: one query. */
    List<ValidationTask> forItems(Collection<Long> mapItemIds);
}
