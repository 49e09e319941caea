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
