package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import jakarta.inject.Inject;

/**
 * The daily refresh of every linked issue's evidence summary (freshness moves with time), in batches of
 * {@value #BATCH} issues, restart-safe: after each batch it records the last issue done today, so a run cut short (the
 * node killed, the job cancelled) goes on after that issue at its next run, and once today's run has reached the last
 * issue, further runs on the same day skip every issue (their summaries are current for today). A new day starts from
 * the first issue. Memory and the store work per batch are bounded whatever the number of links.
 */
@JiraComponent
public class DailyRefresh {

    /** Issues per batch; progress is recorded after each. */
    public static final int BATCH = 500;

    private final EvidenceStore store;
    private final IssueSummaries summaries;
    private final DailyRefreshStore progress;
    private final Today today;
    private final int batch;

    @Inject
    public DailyRefresh(EvidenceStore store, IssueSummaries summaries, DailyRefreshStore progress, Today today) {
        this(store, summaries, progress, today, BATCH);
    }

    /** With another batch size (tests). */
    public DailyRefresh(EvidenceStore store, IssueSummaries summaries, DailyRefreshStore progress, Today today, int batch) {
        this.store = store;
        this.summaries = summaries;
        this.progress = progress;
        this.today = today;
        this.batch = batch;
    }

    /**
     * What one run did: {@code searchTexts} rewritten, {@code checked} issues looked at, {@code written} summaries
     * changed; {@code resumed}: it went on after an earlier run of the same day; {@code complete}: every linked issue is
     * now current for {@code day}; {@code alreadyCurrent}: it was so before this run, which did nothing.
     */
    public record Result(LocalDate day, int searchTexts, int checked, int written, boolean resumed, boolean complete,
                         boolean alreadyCurrent) {
    }

    /** Runs (or goes on with) today's refresh; stops between batches when {@code cancelled} says so. */
    public Result run(BooleanSupplier cancelled) {
        LocalDate day = today.get();
        DailyRefreshStore.Progress last = progress.progress().filter(p -> day.equals(p.day())).orElse(null);
        if (last != null && last.complete()) {
            return new Result(day, 0, 0, 0, false, true, true);
        }
        String after = last == null ? null : last.lastIssueKey();
        boolean resumed = after != null;
        int searchTexts = 0;
        if (!resumed) {
            // Search texts first (rows stored before search covered source titles and aliases catch up once); a day's
            // run that already refreshed issues has done them.
            searchTexts = store.refreshSearchTexts();
            progress.saveProgress(new DailyRefreshStore.Progress(day, null, false));
        }
        int checked = 0;
        int written = 0;
        while (!cancelled.getAsBoolean()) {
            List<String> keys = progress.linkedIssueKeysAfter(after, batch);
            if (keys.isEmpty()) {
                progress.saveProgress(new DailyRefreshStore.Progress(day, after, true));
                return new Result(day, searchTexts, checked, written, resumed, true, false);
            }
            written += summaries.refresh(keys);
            checked += keys.size();
            after = keys.get(keys.size() - 1);
            progress.saveProgress(new DailyRefreshStore.Progress(day, after, false));
        }
        return new Result(day, searchTexts, checked, written, resumed, false, false);
    }
}
