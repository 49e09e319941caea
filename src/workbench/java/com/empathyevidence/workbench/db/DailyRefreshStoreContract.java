package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.app.DailyRefreshStore;
import com.empathyevidence.storage.AoDailyRefreshStore;
import com.empathyevidence.storage.IssueLinkEntity;
import com.empathyevidence.storage.RefreshProgressEntity;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * {@link AoDailyRefreshStore} on a real database: the linked issues page by page (each once, in order, also when one
 * issue has more links than one read of rows holds) and the progress of the day's run (one row, overwritten).
 */
public abstract class DailyRefreshStoreContract {

    @Rule
    public final TestName testName = new TestName();

    protected WorkbenchActiveObjects ao;
    private DailyRefreshStore store;

    /** A new, empty database (no tables) for one test. */
    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    @Before
    public final void freshMigratedDatabase() {
        ao = openEmptyDatabase("refresh_" + testName.getMethodName());
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        store = new AoDailyRefreshStore(ao);
    }

    private void link(String issue, int target) {
        ao.create(IssueLinkEntity.class, new DBParam("LINK_KEY", issue + "|E" + target), new DBParam("ISSUE_KEY", issue),
                new DBParam("TARGET_TYPE", "EVIDENCE"), new DBParam("TARGET_ID", target), new DBParam("RELATION", "SUPPORTS"));
    }

    @Test
    public void everyLinkedIssueComesOnceInOrderPageByPageAlsoPastAnIssueWithMoreLinksThanOneRead() {
        for (String issue : List.of("K-5", "K-1", "K-7", "K-2", "K-6", "K-4")) {
            link(issue, 1);
            link(issue, 2);
        }
        for (int target = 1; target <= 2_100; target++) { // more rows than the store reads at a time (2,000)
            link("K-3", target);
        }
        List<List<String>> pages = new ArrayList<>();
        String after = null;
        for (List<String> page = store.linkedIssueKeysAfter(null, 2); !page.isEmpty(); page = store.linkedIssueKeysAfter(after, 2)) {
            pages.add(page);
            after = page.get(page.size() - 1);
            assertTrue("a run of pages ends", pages.size() < 10);
        }
        assertEquals(List.of(List.of("K-1", "K-2"), List.of("K-3", "K-4"), List.of("K-5", "K-6"), List.of("K-7")), pages);
        assertEquals(List.of("K-3", "K-4", "K-5", "K-6", "K-7"), store.linkedIssueKeysAfter("K-2", 500));
        assertEquals(List.of(), store.linkedIssueKeysAfter("K-7", 500));
    }

    @Test
    public void theProgressOfTheDaysRunIsOneRowThatEachSaveOverwrites() {
        assertEquals(Optional.empty(), store.progress());
        LocalDate day = LocalDate.of(2026, 12, 2);
        store.saveProgress(new DailyRefreshStore.Progress(day, null, false));
        assertEquals(Optional.of(new DailyRefreshStore.Progress(day, null, false)), store.progress());
        store.saveProgress(new DailyRefreshStore.Progress(day, "LOAD-ISSUE-500", false));
        store.saveProgress(new DailyRefreshStore.Progress(day.plusDays(1), "LOAD-ISSUE-99", true));
        assertEquals(Optional.of(new DailyRefreshStore.Progress(day.plusDays(1), "LOAD-ISSUE-99", true)), store.progress());
        assertEquals(1, ao.count(RefreshProgressEntity.class));
    }
}
