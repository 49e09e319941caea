package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.ValidationTasks;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.ValidationTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link ValidationTasks} over Active Objects (table {@code VALIDATION_TASK}): one insert per task, one query per map. */
@JiraComponent
public class AoValidationTasks implements ValidationTasks {

    /** Map items asked for in one IN (...) list: well under every database's limit on bound values. */
    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    @Inject
    public AoValidationTasks(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(ValidationTask task) {
        String key = LinkTarget.mapItem(task.mapItemId()).linkKey(task.issueKey());
        // retried on a unique key too: a simultaneous record of the same task stored it; the next attempt finds it
        Retry.inTransactionOrUniqueKey(ao, () -> {
            if (ao.find(ValidationTaskEntity.class, Query.select().where("TASK_KEY = ?", key)).length == 0) {
                ao.create(ValidationTaskEntity.class, new DBParam("TASK_KEY", key), new DBParam("ISSUE_KEY", task.issueKey()),
                        new DBParam("MAP_ITEM_ID", Math.toIntExact(task.mapItemId())), new DBParam("CREATED_BY", task.createdBy()),
                        new DBParam("CREATED_AT", task.createdAt().toString()));
            }
            return null;
        });
    }

    /**
     * One transaction: the item's claim is read, left alone when it holds against {@code user}, else replaced by theirs.
     * The unique map item of {@link ValidationClaimEntity} settles two claims at once (on one node or two): the second
     * insert fails, and the claim it finds then holds against its user.
     */
    @Override
    public boolean claim(long mapItemId, String user, Instant now) {
        int item = Math.toIntExact(mapItemId);
        // a refusal (the unique key, or the database's refusal of the race) is tried again: the claim that got in
        // first is then read, and holds against this user
        return Retry.inTransactionOrUniqueKey(ao, () -> {
            ValidationClaimEntity[] held = ao.find(ValidationClaimEntity.class, Query.select().where("MAP_ITEM_ID = ?", item));
            for (ValidationClaimEntity claim : held) {
                if (ValidationTask.claimHeldAgainst(claim.getClaimedBy(), Instant.parse(claim.getClaimedAt()), user, now)) {
                    return false;
                }
            }
            if (held.length > 0) {
                ao.delete(held);
            }
            ao.create(ValidationClaimEntity.class, new DBParam("MAP_ITEM_ID", item), new DBParam("CLAIMED_BY", user),
                    new DBParam("CLAIMED_AT", now.toString()));
            return true;
        });
    }

    @Override
    public void release(long mapItemId, String user) {
        ao.deleteWithSQL(ValidationClaimEntity.class, "MAP_ITEM_ID = ? AND CLAIMED_BY = ?", Math.toIntExact(mapItemId), user);
    }

    @Override
    public List<ValidationTask> forItems(Collection<Long> mapItemIds) {
        List<ValidationTask> tasks = new ArrayList<>();
        List<Long> ids = new ArrayList<>(mapItemIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Object[] params = chunk.stream().map(Math::toIntExact).toArray();
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            for (ValidationTaskEntity e : ao.find(ValidationTaskEntity.class,
                    Query.select().where("MAP_ITEM_ID IN (" + in + ")", params).order("ID"))) {
                tasks.add(new ValidationTask(e.getIssueKey(), e.getMapItemId(), e.getCreatedBy(), Instant.parse(e.getCreatedAt())));
            }
        }
        return tasks;
    }
}
