package com.empathyevidence.workbench.bench;

import com.empathyevidence.benchmarks.BulkInsert;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.workbench.AoDatabase;
import com.empathyevidence.workbench.WorkbenchServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Scales the workbench's data for the load test (docs/load.md): 100,000 pieces of evidence and 1,000,000 issue links
 * on top of the demo data, into the database the workbench nodes then use. Not 100,000 REST calls: it starts the
 * workbench once in this process (which creates the schema through Active Objects and seeds the demo data exactly as
 * {@code ./run-workbench} does), stops it, then writes the rows with plain JDBC multi-row batch inserts in one
 * transaction (the shared {@link BulkInsert}, as {@code benchmarks/BenchDatabase} does) and moves each table's id sequence past them.
 *
 * <p>Shape (as {@link LargePersona}, a hundred times): 100 personas {@code LOAD-1..LOAD-100} of 1,000 pieces each
 * (every section, source kind and age up to 700 days, one in four owned by BILL, 20 participants per persona, one
 * piece in fifty retired), 20 map items per persona each backed by 30 pieces (one item per persona is an
 * assumption); 100,000 issues {@code LOAD-ISSUE-1..} with ten links each (one map item, nine pieces of evidence;
 * ADDRESSES, SUPPORTS, one in nine CONTRADICTS). The demo issues the load test views keep their demo links. Run twice, it
 * sees the persona LOAD-1 and leaves the data as it is.
 *
 * <p>Usage: {@code LoadData --data DIR} (the workbench's H2 files) or {@code LoadData --database
 * postgresql://user:password@host:port/db} (as the workbench's option; or a {@code jdbc:} URL with {@code --db-user U
 * --db-password P}; schema {@code public} unless {@code --db-schema S}); {@code --evidence N} and
 * {@code --links N} scale it (defaults 100,000 and 1,000,000; links a multiple of ten).
 */
public final class LoadData {

    static final String NAMESPACE = "com.empathyevidence.evidence";
    static final int PERSONA_EVIDENCE = 1000;
    static final int PARTICIPANTS_PER_PERSONA = 20;
    static final int ITEMS_PER_PERSONA = 20;
    static final int BACKINGS_PER_ITEM = 30;
    static final int LINKS_PER_ISSUE = 10;

    /** Held so the level sticks: Jersey's start-up chatter is not for the person filling the database. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private LoadData() {
    }

    /**
     * {@code postgresql://user:password@host:port/db} (the workbench's {@code --database} form) as a JDBC URL, user and
     * password; a {@code jdbc:} URL is taken as it is.
     */
    static String[] jdbc(String database, String user, String password) {
        if (database.startsWith("jdbc:")) {
            return new String[] {database, user, password};
        }
        java.net.URI uri = java.net.URI.create(database);
        String[] credentials = uri.getUserInfo() == null ? new String[] {user, password} : uri.getUserInfo().split(":", 2);
        return new String[] {"jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath(),
                credentials[0], credentials.length > 1 ? credentials[1] : password};
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        String jdbc = null;
        String user = "sa";
        String password = "";
        String schema = null;
        int evidence = 100_000;
        int links = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--database" -> jdbc = args[++i];
                case "--db-user" -> user = args[++i];
                case "--db-password" -> password = args[++i];
                case "--db-schema" -> schema = args[++i];
                case "--evidence" -> evidence = Integer.parseInt(args[++i]);
                case "--links" -> links = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + ". Options: --data DIR | --database JDBC_URL --db-user U --db-password P [--db-schema S], --evidence N, --links N");
            }
        }
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        WorkbenchServer.Config config;
        if (jdbc != null) {
            String[] db = jdbc(jdbc, user, password);
            config = new WorkbenchServer.Config("127.0.0.1", 0, db[0], db[1], db[2], schema == null ? "public" : schema, true);
        } else {
            if (data == null) {
                data = Path.of("workbench-data");
            }
            java.nio.file.Files.createDirectories(data);
            config = WorkbenchServer.Config.h2(data, 0);
        }
        long start = System.nanoTime();
        // Creates the schema and the demo data as ./run-workbench does on its first start.
        WorkbenchServer.start(config).close();
        System.out.printf("[load-data] schema and demo data ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword())) {
            new LoadData.Fill(c, AoDatabase.tablePrefix(NAMESPACE), c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"),
                    evidence, links).run();
        }
        if (jdbc == null) {
            try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword()); Statement s = c.createStatement()) {
                long compact = System.nanoTime();
                s.execute("SHUTDOWN COMPACT"); // one big transaction leaves the file mostly garbage
                System.out.printf("[load-data] compacted in %.1f s%n", (System.nanoTime() - compact) / 1e9);
            }
        }
        System.out.printf("[load-data] done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The rows, written after the ids the demo data already uses. */
    static final class Fill {
        private final Connection c;
        private final String prefix;
        private final boolean postgres;
        private final int personas;
        private final int issues;

        Fill(Connection c, String prefix, boolean postgres, int evidence, int links) {
            this.c = c;
            this.prefix = prefix;
            this.postgres = postgres;
            this.personas = Math.max(1, evidence / PERSONA_EVIDENCE);
            this.issues = links / LINKS_PER_ISSUE;
        }

        private String table(String name) {
            return "\"" + prefix + name + "\"";
        }

        private long maxId(String name) throws SQLException {
            return BulkInsert.maxId(c, prefix + name);
        }

        void run() throws SQLException {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + table("PERSONA") + " WHERE \"PERSONA_KEY\" = ?")) {
                p.setString(1, "LOAD-1");
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        System.out.println("[load-data] the load data is there already (persona LOAD-1): nothing to do");
                        return;
                    }
                }
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            String at = "2026-11-01T09:00:00Z";
            LocalDate today = LocalDate.now();
            long personaBase = maxId("PERSONA");
            long participantBase = maxId("PARTICIPANT");
            long evidenceBase = maxId("EVIDENCE");
            long itemBase = maxId("MAP_ITEM");
            long backingBase = maxId("BACKING");
            long linkBase = maxId("ISSUE_LINK");
            try (BulkInsert b = batch("PERSONA", "ID", "PERSONA_KEY", "NAME", "DESCRIPTION")) {
                for (int p = 0; p < personas; p++) {
                    b.row(personaBase + p + 1, personaKey(p), "Load persona " + (p + 1), "A persona of the load test's data (docs/load.md).");
                }
            }
            try (BulkInsert b = batch("PARTICIPANT", "ID", "ALIAS", "SEGMENT", "ROLE", "CONSENT", "ERASED", "VERSION")) {
                for (int i = 0; i < personas * PARTICIPANTS_PER_PERSONA; i++) {
                    b.row(participantBase + i + 1, String.format("LP-%05d", i), i % 2 == 0 ? "Small practice" : "Large practice",
                            i % 3 == 0 ? "owner" : "bookkeeper", true, false, 1);
                }
            }
            SourceKind[] kinds = SourceKind.values();
            Section[] sections = Section.values();
            Random random = new Random(15);
            try (BulkInsert e = batch("EVIDENCE", "ID", "TEXT", "SEARCH_TEXT", "KIND", "SECTION", "SOURCE_KIND", "SOURCE_TITLE",
                    "PARTICIPANT_ID", "PERSONA_KEY", "PROJECT_KEY", "OBSERVED_ON", "TAGS", "STATUS", "RETIRED_REASON",
                    "REDACTED", "CREATED_BY", "CREATED_AT", "UPDATED_BY", "UPDATED_AT", "VERSION")) {
                for (int p = 0; p < personas; p++) {
                    for (int k = 0; k < PERSONA_EVIDENCE; k++) {
                        int n = p * PERSONA_EVIDENCE + k;
                        EvidenceKind kind = k % 3 == 0 ? EvidenceKind.OBSERVATION : EvidenceKind.QUOTE;
                        String text = kind == EvidenceKind.QUOTE
                                ? "Load quote " + n + ": month end means chasing forty people for the same three invoice numbers."
                                : "Load observation " + n + ": opened the same client ledger " + (k % 7 + 2) + " times in one session.";
                        String title = "Load study, round " + (k % 5 + 1);
                        String alias = String.format("LP-%05d", p * PARTICIPANTS_PER_PERSONA + random.nextInt(PARTICIPANTS_PER_PERSONA));
                        boolean retired = k % 50 == 49;
                        e.row(evidenceBase + n + 1, text, (text + " invoicing month-end " + title + " " + alias).toLowerCase(java.util.Locale.ROOT),
                                kind.name(), sections[k % sections.length].name(), kinds[k % kinds.length].name(), title,
                                participantBase + p * PARTICIPANTS_PER_PERSONA + Integer.parseInt(alias.substring(3)) % PARTICIPANTS_PER_PERSONA + 1,
                                personaKey(p), k % 4 == 3 ? "BILL" : "DEMO", today.minusDays(random.nextInt(700)).toString(), "|invoicing|month-end|",
                                retired ? "RETIRED" : "ACTIVE", retired ? "Superseded by a later round" : null, false, "pm", at, "pm", at, 1);
                    }
                }
            }
            try (BulkInsert m = batch("MAP_ITEM", "ID", "PERSONA_KEY", "SECTION", "STATEMENT");
                 BulkInsert b = batch("BACKING", "ID", "BACKING_KEY", "MAP_ITEM_ID", "EVIDENCE_ID")) {
                long backing = backingBase;
                for (int p = 0; p < personas; p++) {
                    for (int j = 0; j < ITEMS_PER_PERSONA; j++) {
                        long item = itemBase + (long) p * ITEMS_PER_PERSONA + j + 1;
                        Section section = sections[j % sections.length];
                        m.row(item, personaKey(p), section.name(), "Statement " + (j + 1) + " of load persona " + (p + 1));
                        if (j == ITEMS_PER_PERSONA - 1) {
                            continue; // an assumption
                        }
                        for (int k = 0; k < BACKINGS_PER_ITEM; k++) {
                            // pieces of the item's own section: k-th piece of that section in this persona
                            int piece = (j / sections.length * BACKINGS_PER_ITEM + k) * sections.length + section.ordinal();
                            if (piece >= PERSONA_EVIDENCE) {
                                break;
                            }
                            long evidenceId = evidenceBase + (long) p * PERSONA_EVIDENCE + piece + 1;
                            b.row(++backing, item + "|" + evidenceId, item, evidenceId);
                        }
                    }
                }
            }
            try (BulkInsert l = batch("ISSUE_LINK", "ID", "LINK_KEY", "ISSUE_KEY", "TARGET_TYPE", "TARGET_ID", "RELATION", "LINKED_BY", "LINKED_AT", "NOTE")) {
                long link = linkBase;
                for (int i = 0; i < issues; i++) {
                    String issue = "LOAD-ISSUE-" + (i + 1);
                    int p = i % personas;
                    long item = itemBase + (long) p * ITEMS_PER_PERSONA + (i / personas) % ITEMS_PER_PERSONA + 1;
                    l.row(++link, issue + "|M" + item, issue, "MAP_ITEM", item, Relation.ADDRESSES.name(), "pm", at, null);
                    for (int j = 0; j < LINKS_PER_ISSUE - 1; j++) {
                        long evidenceId = evidenceBase + (long) p * PERSONA_EVIDENCE + ((i / personas) * 9L + j) % PERSONA_EVIDENCE + 1;
                        l.row(++link, issue + "|E" + evidenceId, issue, "EVIDENCE", evidenceId,
                                (j == 8 ? Relation.CONTRADICTS : Relation.SUPPORTS).name(), "pm", at, j == 0 ? "why this matters" : null);
                    }
                }
            }
            // explicit ids were inserted: AO's own inserts must start after them
            BulkInsert.moveIdsPast(c, postgres, List.of("PERSONA", "PARTICIPANT", "EVIDENCE", "MAP_ITEM", "BACKING", "ISSUE_LINK")
                    .stream().map(t -> prefix + t).toList());
            c.commit();
            if (postgres) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            System.out.printf("[load-data] wrote %,d personas, %,d pieces of evidence, %,d map items, %,d issue links in %.1f s (JDBC batches, one transaction)%n",
                    personas, (long) personas * PERSONA_EVIDENCE, (long) personas * ITEMS_PER_PERSONA, (long) issues * LINKS_PER_ISSUE,
                    (System.nanoTime() - start) / 1e9);
        }

        static String personaKey(int p) {
            return "LOAD-" + (p + 1);
        }

        private BulkInsert batch(String name, String... columns) throws SQLException {
            return new BulkInsert(c, prefix + name, columns);
        }
    }
}
