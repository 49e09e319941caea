package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.DailyRefreshStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Inject;
import net.java.ao.Query;

/**
 * {@link DailyRefreshStore} over Active Objects: linked issues read from the link table by its issue-key index, a
 * bounded page of rows at a time (only their id and key), and the progress in one row of {@link RefreshProgressEntity}.
 */
@JiraComponent
public class AoDailyRefreshStore implements DailyRefreshStore {

    static final String JOB = "evidence-summary-refresh";
    /** Link rows read per query. */
    private static final int ROWS = 2000;

    private final ActiveObjects ao;

    @Inject
    public AoDailyRefreshStore(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<String> linkedIssueKeysAfter(String afterKey, int limit) {
        Set<String> keys = new LinkedHashSet<>();
        String cursor = afterKey;
        while (keys.size() < limit) {
            Query page = Query.select("ID, ISSUE_KEY").order("ISSUE_KEY").limit(ROWS);
            IssueLinkEntity[] rows = ao.find(IssueLinkEntity.class, cursor == null ? page : page.where("ISSUE_KEY > ?", cursor));
            for (IssueLinkEntity row : rows) {
                keys.add(row.getIssueKey());
            }
            if (rows.length < ROWS) {
                break;
            }
            // every key up to the last row's is known now (the rest of its rows would only repeat it)
            cursor = rows[rows.length - 1].getIssueKey();
        }
        List<String> result = new ArrayList<>(keys);
        return result.size() > limit ? result.subList(0, limit) : result;
    }

    @Override
    public Optional<Progress> progress() {
        RefreshProgressEntity[] rows = ao.find(RefreshProgressEntity.class, Query.select().where("JOB_KEY = ?", JOB));
        if (rows.length == 0) {
            return Optional.empty();
        }
        RefreshProgressEntity row = rows[0];
        return Optional.of(new Progress(LocalDate.parse(row.getRunDay()), row.getLastIssueKey(), row.isFinished()));
    }

    @Override
    public void saveProgress(Progress progress) {
        RefreshProgressEntity[] rows = ao.find(RefreshProgressEntity.class, Query.select().where("JOB_KEY = ?", JOB));
        RefreshProgressEntity row = rows.length == 0
                ? ao.create(RefreshProgressEntity.class, new net.java.ao.DBParam("JOB_KEY", JOB), new net.java.ao.DBParam("RUN_DAY", progress.day().toString()))
                : rows[0];
        row.setRunDay(progress.day().toString());
        row.setLastIssueKey(progress.lastIssueKey());
        row.setFinished(progress.complete());
        row.save();
    }
}
