package com.empathyevidence.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the daily refresh of issue summaries ({@link DailyRefresh}) needs from storage: the linked issues page by page,
 * in one fixed order, and how far today's run got, so that a run cut short (node killed, job cancelled) goes on where it
 * stopped and a second run on the same day does nothing.
 */
public interface DailyRefreshStore {

    /**
     * Up to {@code limit} keys of issues that have at least one link, in the store's order of keys, each once, all after
     * {@code afterKey} (null: from the first). Reads a bounded number of rows per call, never every link.
     */
    List<String> linkedIssueKeysAfter(String afterKey, int limit);

    /** How far the last run got, if one ever ran. */
    Optional<Progress> progress();

    /** Records how far the run of {@code day} got. */
    void saveProgress(Progress progress);

    /**
     * The run of {@code day} has refreshed every linked issue up to and including {@code lastIssueKey} (null: none yet);
     * {@code complete}: it reached the last one.
     */
    record Progress(LocalDate day, String lastIssueKey, boolean complete) {
    }
}
