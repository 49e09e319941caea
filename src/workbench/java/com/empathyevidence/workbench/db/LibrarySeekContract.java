package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.empathyevidence.app.LibraryStore;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.AoLibraryQueries;
import com.empathyevidence.storage.EvidenceEntity;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * The library's seek on real storage (one subclass per database): the same pages, in the same order, as the plain
 * sorted search, for a reader who may browse every project and one who may not; the count stops at the cap; and the
 * number of queries and the rows each returns do not grow with the data (no query reads or sorts every match).
 */
public abstract class LibrarySeekContract {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int CAP = 1_000;
    private static final int BIG = 1_300;
    private static final int TINY = 30;

    @Rule
    public final TestName testName = new TestName();

    private WorkbenchActiveObjects ao;
    private AoEvidenceStore store;

    /** A new, empty database (no tables). */
    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    @Before
    public void fill() {
        ao = openEmptyDatabase(testName.getMethodName());
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        store = new AoEvidenceStore(ao);
        List<NewEvidence> rows = new ArrayList<>();
        for (int i = 0; i < BIG; i++) {
            // one in four in BILL, one in ten in no project; dates over 400 days, several pieces a day (ties by id)
            String project = i % 10 == 0 ? null : i % 4 == 0 ? "BILL" : "DEMO";
            rows.add(piece("Big " + i, "SEEK", project, TODAY.minusDays((i * 37L) % 400)));
        }
        for (int i = 0; i < TINY; i++) {
            rows.add(piece("Tiny " + i, "TINY", i % 3 == 0 ? "BILL" : "DEMO", TODAY.minusDays(i * 11L)));
        }
        store.importEvidence(rows);
        List<Evidence> big = store.search(new EvidenceQuery(null, "SEEK", null, null, null, null, null, null, null,
                EvidenceQuery.Sort.CREATED_ASC, 0, 100)).items();
        for (int i = 0; i < 20; i++) {
            store.retire(big.get(i * 5).id(), "Superseded", null, "admin");
        }
    }

    private static NewEvidence piece(String text, String persona, String project, LocalDate observed) {
        return new NewEvidence(text, EvidenceKind.QUOTE, Section.PAINS, new Source(SourceKind.SURVEY, null, null, null),
                null, null, persona, project, observed, "admin", List.of());
    }

    private static EvidenceQuery query(String persona, List<String> projects, EvidenceQuery.Sort sort, int offset, int limit) {
        return new EvidenceQuery(null, persona, null, null, null, null, null, null, EvidenceStatus.ACTIVE, sort, offset, limit, projects);
    }

    private List<Long> plain(EvidenceQuery q) {
        return store.search(q).items().stream().map(Evidence::id).toList();
    }

    @Test
    public void aSeekGivesThePagesOfThePlainSortedSearchForEveryReader() {
        AoLibraryQueries library = new AoLibraryQueries(ao);
        for (List<String> projects : List.of(List.of("DEMO", "BILL"), List.of("DEMO"))) {
            for (EvidenceQuery.Sort sort : EvidenceQuery.Sort.values()) {
                int matching = store.search(query("SEEK", projects, sort, 0, 1)).total();
                assertTrue(projects + ": more than the cap match", matching > CAP);
                for (int offset : new int[] {0, 25, 500, 1_100, matching - 10, matching}) {
                    EvidenceQuery q = query("SEEK", projects, sort, offset, 25);
                    LibraryStore.Seek seek = library.seek(q, TODAY, CAP);
                    assertEquals(projects + " " + sort + " from " + offset, plain(q), seek.ids());
                    assertTrue(seek.totalCapped());
                    assertEquals(CAP, seek.total());
                    assertEquals(projects + " " + sort + " from " + offset, offset + 25 < matching, seek.hasNext());
                }
                // a restricted reader's page never holds a piece of a project they may not browse
                if (projects.equals(List.of("DEMO"))) {
                    for (Evidence e : store.evidence(library.seek(query("SEEK", projects, sort, 0, 100), TODAY, CAP).ids())) {
                        assertFalse(e.text(), "BILL".equals(e.projectKey()));
                    }
                }
            }
            // few matches: counted exactly
            EvidenceQuery tiny = query("TINY", projects, EvidenceQuery.Sort.OBSERVED_DESC, 0, 25);
            LibraryStore.Seek seek = library.seek(tiny, TODAY, CAP);
            assertEquals(plain(tiny), seek.ids());
            assertEquals(store.search(tiny).total(), seek.total());
            assertFalse(seek.totalCapped());
            assertEquals(store.search(tiny).total() > 25, seek.hasNext());
        }
        // filters and a date range still apply inside the window
        EvidenceQuery ranged = new EvidenceQuery(null, "SEEK", null, null, null, null, TODAY.minusDays(300), TODAY.minusDays(100),
                EvidenceStatus.ACTIVE, EvidenceQuery.Sort.OBSERVED_DESC, 40, 25, List.of("DEMO", "BILL"));
        assertEquals(plain(ranged), library.seek(ranged, TODAY, 500).ids());
        EvidenceQuery ascending = new EvidenceQuery(null, "SEEK", null, null, null, null, TODAY.minusDays(300), null,
                EvidenceStatus.ACTIVE, EvidenceQuery.Sort.OBSERVED_ASC, 0, 25, List.of("DEMO", "BILL"));
        assertEquals(plain(ascending), library.seek(ascending, TODAY, 500).ids());
    }

    @Test
    public void aSeekReadsAFixedNumberOfQueriesNoneOfThemEveryMatch() {
        AtomicInteger queries = new AtomicInteger();
        List<Integer> sizes = new ArrayList<>();
        ActiveObjects counting = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(ao, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().startsWith("find") || method.getName().startsWith("count") || method.getName().equals("stream")) {
                        queries.incrementAndGet();
                        assertEquals("only the evidence table", EvidenceEntity.class, args[0]);
                        if (result != null && result.getClass().isArray()) {
                            sizes.add(java.lang.reflect.Array.getLength(result));
                        }
                        assertFalse("no count of every match", method.getName().startsWith("count"));
                    }
                    return result;
                });
        AoLibraryQueries library = new AoLibraryQueries(counting);

        // few matches: one capped count and one page
        library.seek(query("TINY", List.of("DEMO", "BILL"), EvidenceQuery.Sort.OBSERVED_DESC, 0, 25), TODAY, CAP);
        assertEquals(2, queries.get());

        // many: the count stops at the cap + 1; the window grows 1, 4, 16 ... days until it holds the page; no query
        // but the count returns more than the page and the row after it
        queries.set(0);
        sizes.clear();
        library.seek(query("SEEK", List.of("DEMO", "BILL"), EvidenceQuery.Sort.OBSERVED_DESC, 0, 25), TODAY, CAP);
        assertEquals(CAP + 1, (int) sizes.get(0));
        for (int size : sizes.subList(1, sizes.size())) {
            assertTrue("a query returned " + size + " rows", size <= 26);
        }
        // 1 count + at most 8 probes (4^8 days is past 1990) + 1 page, whatever the size
        assertTrue(queries.get() + " queries", queries.get() <= 10);
    }
}
