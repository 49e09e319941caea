package com.empathyevidence.workbench.bench;

import com.empathyevidence.benchmarks.BulkInsert;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.workbench.AoDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The data sets of the performance run ({@link Performance}, docs/performance.md), written with plain JDBC
 * ({@link BulkInsert}) into a workbench database that already has its schema and demo data, before the workbench
 * that serves them starts. On top of the demo data (whose accountant persona has the 12-piece map):
 * <ul>
 *   <li>map personas {@value #MAP_1K}, {@value #MAP_10K}, {@value #MAP_100K} with 1,000, 10,000 and 100,000 pieces,
 *       and {@value #LIBRARY_100} with 100 (the library's 100-row case), each with <b>the 12-piece map's layout</b>
 *       ({@link Layout#ACCOUNTANT}: the accountant's 7 items in the same sections, the same 2 of them assumptions, and
 *       unsorted pieces in the same 4 sections), so that the map rows compare the same map with more evidence: three
 *       pieces in four back one of the 5 backed items, the rest are unsorted; every source kind and age up to 700 days,
 *       one piece in four owned by BILL, one in fifty retired;</li>
 *   <li>{@value #MAP_WIDE} with 1,000 pieces over a wide map ({@link Layout#WIDE}: 9 sections of 8 items, the last of
 *       each an assumption, three pieces in four backing an item of their section): what a map that lists 810 quotes
 *       costs (a row of its own, no goal); the panel's and the backlog's personas have that layout too;</li>
 *   <li>the panel: 6, 50 and 500 pieces of persona {@value #PANEL} linked to DEMO-24, DEMO-25 and DEMO-26 (the
 *       performance tests' own demo issues), one in ten as counter-evidence;</li>
 *   <li>the evidence backlog: every issue of the generated projects {@value #BACKLOG_SMALL} (100 issues) and
 *       {@value #BACKLOG_LARGE} (10,000 issues) links one to four pieces of persona {@value #BACKLOG} (the projects
 *       come from the workbench's {@code -Dworkbench.generatedProjects}, README); their issue summaries are written
 *       by the app's own daily job when the workbench starts.</li>
 * </ul>
 */
final class PerformanceData {

    static final String NAMESPACE = "com.empathyevidence.evidence";
    static final String MAP_1K = "PERF-1K";
    static final String MAP_10K = "PERF-10K";
    static final String MAP_100K = "PERF-100K";
    static final String MAP_WIDE = "PERF-WIDE";
    static final String LIBRARY_100 = "PERF-100";
    static final String PANEL = "PERF-PANEL";
    static final String BACKLOG = "PERF-BACKLOG";
    static final String BACKLOG_SMALL = "BKS";
    static final String BACKLOG_LARGE = "BKL";
    static final int BACKLOG_SMALL_ISSUES = 100;
    static final int BACKLOG_LARGE_ISSUES = 10_000;
    static final int BACKLOG_EVIDENCE = 3_000;
    static final String[] PANEL_ISSUES = {"DEMO-24", "DEMO-25", "DEMO-26"};
    static final int[] PANEL_LINKS = {6, 50, 500};
    static final int ITEMS_PER_SECTION = 8;
    static final String TAGS = "|research|month-end|";
    private static final String AT = "2026-11-01T09:00:00Z";

    /** The value of {@code -Dworkbench.generatedProjects} the data needs. */
    static String generatedProjects() {
        return BACKLOG_SMALL + ":" + BACKLOG_SMALL_ISSUES + "," + BACKLOG_LARGE + ":" + BACKLOG_LARGE_ISSUES;
    }

    private final Connection c;
    private final String prefix = AoDatabase.tablePrefix(NAMESPACE);
    private final LocalDate today;
    private final Random random = new Random(14);
    private long personaId;
    private long participantId;
    private long evidenceId;
    private long itemId;
    private long backingId;
    private long linkId;
    private long pieces;

    PerformanceData(Connection c, LocalDate today) {
        this.c = c;
        this.today = today;
    }

    /** Writes everything in one transaction; returns a line saying what. */
    String fill() throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        personaId = max("PERSONA");
        participantId = max("PARTICIPANT");
        evidenceId = max("EVIDENCE");
        itemId = max("MAP_ITEM");
        backingId = max("BACKING");
        linkId = max("ISSUE_LINK");
        persona(MAP_1K, "Perf: a persona with 1,000 pieces", 1_000, Layout.ACCOUNTANT);
        persona(MAP_10K, "Perf: a persona with 10,000 pieces", 10_000, Layout.ACCOUNTANT);
        persona(MAP_100K, "Perf: a persona with 100,000 pieces", 100_000, Layout.ACCOUNTANT);
        persona(LIBRARY_100, "Perf: a persona with 100 pieces", 100, Layout.ACCOUNTANT);
        persona(MAP_WIDE, "Perf: a persona with 1,000 pieces over 72 items", 1_000, Layout.WIDE);
        long panelFirst = evidenceId + 1;
        persona(PANEL, "Perf: the panel's evidence", 556, Layout.WIDE);
        long backlogFirst = evidenceId + 1;
        persona(BACKLOG, "Perf: the backlog's evidence", BACKLOG_EVIDENCE, Layout.WIDE);
        long links = 0;
        try (BulkInsert l = insert("ISSUE_LINK", "ID", "LINK_KEY", "ISSUE_KEY", "TARGET_TYPE", "TARGET_ID", "RELATION", "LINKED_BY", "LINKED_AT", "NOTE")) {
            long next = panelFirst;
            for (int k = 0; k < PANEL_ISSUES.length; k++) {
                for (int i = 0; i < PANEL_LINKS[k]; i++) {
                    long id = next++;
                    l.row(++linkId, PANEL_ISSUES[k] + "|E" + id, PANEL_ISSUES[k], "EVIDENCE", id,
                            (i % 10 == 0 ? Relation.CONTRADICTS : Relation.SUPPORTS).name(), "pm", AT, i == 0 ? "why this matters" : null);
                }
            }
            for (String project : List.of(BACKLOG_SMALL, BACKLOG_LARGE)) {
                int issues = project.equals(BACKLOG_SMALL) ? BACKLOG_SMALL_ISSUES : BACKLOG_LARGE_ISSUES;
                for (int i = 1; i <= issues; i++) {
                    String issue = project + "-" + i;
                    for (int j = 0; j <= i % 4; j++) {
                        long id = backlogFirst + (i * 7L + j * 13L) % BACKLOG_EVIDENCE;
                        l.row(++linkId, issue + "|E" + id, issue, "EVIDENCE", id,
                                (j == 3 ? Relation.CONTRADICTS : Relation.SUPPORTS).name(), "pm", AT, null);
                    }
                }
            }
            links = l.rows();
        }
        BulkInsert.moveIdsPast(c, false, List.of("PERSONA", "PARTICIPANT", "EVIDENCE", "MAP_ITEM", "BACKING", "ISSUE_LINK")
                .stream().map(t -> prefix + t).toList());
        c.commit();
        c.setAutoCommit(true);
        return String.format(Locale.ROOT, "%,d pieces of evidence in 6 personas and %,d issue links in %.1f s (JDBC batches, one transaction)",
                pieces, links, (System.nanoTime() - start) / 1e9);
    }

    private long max(String table) throws SQLException {
        return BulkInsert.maxId(c, prefix + table);
    }

    private BulkInsert insert(String table, String... columns) throws SQLException {
        return new BulkInsert(c, prefix + table, columns);
    }

    /**
     * A map's layout: its items (section, and whether evidence backs it: the others are assumptions) and the sections
     * its unsorted pieces are in. Piece {@code k} is unsorted when {@code k % 4 == 3}, in the next unsorted section in
     * turn; otherwise it backs the next backed item in turn, in that item's section.
     */
    enum Layout {
        /** The demo accountant's map, the 12-piece map of the run (workbench DemoData). */
        ACCOUNTANT(List.of(new Item(Section.PAINS, true), new Item(Section.PAINS, true), new Item(Section.PAINS, false),
                new Item(Section.GOALS, true), new Item(Section.THINKS, true), new Item(Section.DOES, true), new Item(Section.FEELS, false)),
                List.of(Section.SAYS, Section.HEARS, Section.SEES, Section.GAINS)),
        /** 9 sections of 8 items, the last of each an assumption; unsorted pieces in every section. */
        WIDE(wide(), List.of(Section.values()));

        final List<Item> items;
        final List<Section> unsorted;

        Layout(List<Item> items, List<Section> unsorted) {
            this.items = items;
            this.unsorted = unsorted;
        }

        private static List<Item> wide() {
            List<Item> items = new java.util.ArrayList<>();
            for (Section section : Section.values()) {
                for (int j = 0; j < ITEMS_PER_SECTION; j++) {
                    items.add(new Item(section, j < ITEMS_PER_SECTION - 1));
                }
            }
            return List.copyOf(items);
        }
    }

    record Item(Section section, boolean backed) {
    }

    /** One persona of {@code n} pieces with this layout. */
    private void persona(String key, String name, int n, Layout layout) throws SQLException {
        try (BulkInsert p = insert("PERSONA", "ID", "PERSONA_KEY", "NAME", "DESCRIPTION")) {
            p.row(++personaId, key, name, "A persona of the performance run's data (docs/performance.md).");
        }
        int participants = Math.max(5, Math.min(200, n / 20));
        long firstParticipant = participantId + 1;
        try (BulkInsert p = insert("PARTICIPANT", "ID", "ALIAS", "SEGMENT", "ROLE", "CONSENT", "ERASED", "VERSION")) {
            for (int i = 0; i < participants; i++) {
                p.row(++participantId, alias(key, i), i % 2 == 0 ? "Small practice" : "Large practice", i % 3 == 0 ? "owner" : "bookkeeper",
                        true, false, 1);
            }
        }
        SourceKind[] kinds = SourceKind.values();
        List<Long> backed = new java.util.ArrayList<>();
        List<Section> backedSections = new java.util.ArrayList<>();
        long firstEvidence = evidenceId + 1;
        try (BulkInsert m = insert("MAP_ITEM", "ID", "PERSONA_KEY", "SECTION", "STATEMENT")) {
            int j = 0;
            for (Item item : layout.items) {
                m.row(++itemId, key, item.section().name(), item.section().name().charAt(0) + item.section().name().substring(1).toLowerCase(Locale.ROOT)
                        + " statement " + (++j) + " of " + key);
                if (item.backed()) {
                    backed.add(itemId);
                    backedSections.add(item.section());
                }
            }
        }
        try (BulkInsert e = insert("EVIDENCE", "ID", "TEXT", "SEARCH_TEXT", "KIND", "SECTION", "SOURCE_KIND", "SOURCE_TITLE",
                "PARTICIPANT_ID", "PERSONA_KEY", "PROJECT_KEY", "OBSERVED_ON", "TAGS", "STATUS", "RETIRED_REASON",
                "REDACTED", "CREATED_BY", "CREATED_AT", "UPDATED_BY", "UPDATED_AT", "VERSION");
             BulkInsert b = insert("BACKING", "ID", "BACKING_KEY", "MAP_ITEM_ID", "EVIDENCE_ID")) {
            int unsorted = 0;
            int backing = 0;
            for (int k = 0; k < n; k++) {
                boolean sorted = k % 4 != 3;
                int slot = sorted ? backing++ % backed.size() : -1;
                Section section = sorted ? backedSections.get(slot) : layout.unsorted.get(unsorted++ % layout.unsorted.size());
                EvidenceKind kind = k % 3 == 0 ? EvidenceKind.OBSERVATION : EvidenceKind.QUOTE;
                String text = kind == EvidenceKind.QUOTE
                        ? "Perf quote " + k + " of " + key + ": month end means chasing forty people for the same three invoice numbers."
                        : "Perf observation " + k + " of " + key + ": opened the same client ledger " + (k % 7 + 2) + " times in one session.";
                String title = "Perf study, round " + (k % 5 + 1);
                int participant = random.nextInt(participants);
                boolean retired = k % 50 == 49;
                long id = ++evidenceId;
                // the search text exactly as the store makes it (AoEvidenceStore.searchText), so the daily job rewrites none
                String search = (text + " research month-end " + title + " " + alias(key, participant)).toLowerCase(Locale.ROOT);
                e.row(id, text, search, kind.name(), section.name(), kinds[k % kinds.length].name(), title,
                        firstParticipant + participant, key, k % 4 == 2 ? "BILL" : "DEMO", today.minusDays(random.nextInt(700)).toString(), TAGS,
                        retired ? "RETIRED" : "ACTIVE", retired ? "Superseded by a later round" : null, false, "pm", AT, "pm", AT, 1);
                if (sorted) {
                    long item = backed.get(slot);
                    b.row(++backingId, item + "|" + id, item, id);
                }
            }
        }
        pieces += n;
        if (evidenceId - firstEvidence + 1 != n) {
            throw new IllegalStateException("wrote " + (evidenceId - firstEvidence + 1) + " pieces for " + key + ", not " + n);
        }
    }

    private static String alias(String persona, int i) {
        return persona.substring("PERF-".length()) + "-P" + i;
    }
}
