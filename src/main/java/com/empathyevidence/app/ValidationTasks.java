package com.empathyevidence.app;

import com.empathyevidence.domain.ValidationTask;
import java.util.Collection;
import java.util.List;

/** Where validation tasks made from the map are kept (a narrow store port of its own, beside the links). */
public interface ValidationTasks {

    /** Keeps the task; a second record of the same issue and item changes nothing. */
    void record(ValidationTask task);

    /**
     * Claims the map item for {@code user} while their task is being created: true when it is theirs now (nobody held
     * it, the claim was theirs already, or its hold had run out at {@code now}); false when somebody else's claim holds
     * ({@link ValidationTask#claimHeldAgainst}). Of two claims at once, on any nodes, at most one is true.
     */
    boolean claim(long mapItemId, String user, java.time.Instant now);

    /** Ends {@code user}'s claim on the item; somebody else's claim is left as it is. */
    void release(long mapItemId, String user);

    /** The tasks of these map items, oldest first: one query. */
    List<ValidationTask> forItems(Collection<Long> mapItemIds);
}
