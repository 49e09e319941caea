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
 *       and {@value #LIBRARY_100} with 100 (the library's 100-row case), each of the same shape ({@link #persona}):
 *       9 sections of 8 map items (the last of each an assumption), three pieces in four backing an item of their
 *       section, the rest unsorted; every source kind and age up to 700 days, one piece in four owned by BILL, one in
 *       fifty retired;</li>
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
        persona(MAP_1K, "Perf: a persona with 1,000 pieces", 1_000);
        persona(MAP_10K, "Perf: a persona with 10,000 pieces", 10_000);
        persona(MAP_100K, "Perf: a persona with 100,000 pieces", 100_000);
        persona(LIBRARY_100, "Perf: a persona with 100 pieces", 100);
        long panelFirst = evidenceId + 1;
        persona(PANEL, "Perf: the panel's evidence", 556);
        long backlogFirst = evidenceId + 1;
        persona(BACKLOG, "Perf: the backlog's evidence", BACKLOG_EVIDENCE);
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

    /** One persona of {@code n} pieces in the shape described above. */
    private void persona(String key, String name, int n) throws SQLException {
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
        Section[] sections = Section.values();
        SourceKind[] kinds = SourceKind.values();
        long firstItem = itemId + 1;
        long firstEvidence = evidenceId + 1;
        try (BulkInsert m = insert("MAP_ITEM", "ID", "PERSONA_KEY", "SECTION", "STATEMENT")) {
            for (Section section : sections) {
                for (int j = 0; j < ITEMS_PER_SECTION; j++) {
                    m.row(++itemId, key, section.name(), section.name().charAt(0) + section.name().substring(1).toLowerCase(Locale.ROOT)
                            + " statement " + (j + 1) + " of " + key);
                }
            }
        }
        try (BulkInsert e = insert("EVIDENCE", "ID", "TEXT", "SEARCH_TEXT", "KIND", "SECTION", "SOURCE_KIND", "SOURCE_TITLE",
                "PARTICIPANT_ID", "PERSONA_KEY", "PROJECT_KEY", "OBSERVED_ON", "TAGS", "STATUS", "RETIRED_REASON",
                "REDACTED", "CREATED_BY", "CREATED_AT", "UPDATED_BY", "UPDATED_AT", "VERSION");
             BulkInsert b = insert("BACKING", "ID", "BACKING_KEY", "MAP_ITEM_ID", "EVIDENCE_ID")) {
            for (int k = 0; k < n; k++) {
                int s = k % sections.length;
                int round = k / sections.length;
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
                e.row(id, text, search, kind.name(), sections[s].name(), kinds[k % kinds.length].name(), title,
                        firstParticipant + participant, key, k % 4 == 3 ? "BILL" : "DEMO", today.minusDays(random.nextInt(700)).toString(), TAGS,
                        retired ? "RETIRED" : "ACTIVE", retired ? "Superseded by a later round" : null, false, "pm", AT, "pm", AT, 1);
                if (round % 4 != 3) {
                    long item = firstItem + (long) s * ITEMS_PER_SECTION + round % (ITEMS_PER_SECTION - 1);
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
