package com.empathyevidence.benchmarks;

import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AuditEntity;
import com.empathyevidence.storage.BackingEntity;
import com.empathyevidence.storage.EditEntity;
import com.empathyevidence.storage.EvidenceEntity;
import com.empathyevidence.storage.IssueLinkEntity;
import com.empathyevidence.storage.MapItemEntity;
import com.empathyevidence.storage.ParticipantEntity;
import com.empathyevidence.storage.PersonaEntity;
import com.empathyevidence.storage.ReconfirmationEntity;
import com.empathyevidence.storage.ShelfLifeEntity;
import com.empathyevidence.workbench.AoDatabase;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.RawEntity;

/**
 * An H2 file database in a temp directory, migrated by Active Objects exactly as the workbench does it
 * ({@link AoDatabase#open}, namespace {@value #NAMESPACE}, schema PUBLIC), then filled with plain JDBC multi-row batch
 * inserts in one transaction. A filled database is kept (one per size, marked complete in table BENCH_FILL) and
 * reused by later forks and runs; {@code -Dbench.refill=true} fills it anew, {@code -Dbench.dir=DIR} moves it.
 *
 * <p>Shape for N issue links (see {@link MapShape}): N / 10 issues BENCH-1.. with ten links each (one map item,
 * nine pieces of evidence, all of one persona); max(2, N / 10,000) personas of 1,000 pieces of evidence and 100 map
 * items each (900 backings); 50 participants per persona; one piece in ten re-confirmed. Persona 0 (ACCOUNTANT,
 * evidence ids 1..1000, map item ids 1..100) is linked by exactly the first {@value #ACCOUNTANT_ISSUES} issues at
 * every size, so its map path reads the same rows whatever N; all other issues link the other personas in turn.
 */
final class BenchDatabase implements AutoCloseable {

    static final String NAMESPACE = "com.empathyevidence.evidence";
    static final String SCHEMA = "PUBLIC";
    static final String ACCOUNTANT = "ACCOUNTANT";
    static final int ACCOUNTANT_ISSUES = 200;
    static final int PARTICIPANTS_PER_PERSONA = 50;
    /** Bump when the fill changes: a kept database of another version is filled anew. */
    static final int FILL_VERSION = 2;
    private static final LocalDate TODAY = Fixtures.TODAY;
    private static final String[] SEGMENTS = Fixtures.SEGMENTS;

    final int links;
    final int issues;
    final int personas;
    final String url;
    final WorkbenchActiveObjects ao;
    final String prefix;
    /**
     * Held open for the database's lifetime. When the AO builder finds no connection pool on the class path it opens
     * a new JDBC connection per call, and without this one H2 would close the database file after every call and
     * open it again on the next; with a pool (commons-dbcp) it changes nothing.
     */
    private final Connection keepAlive;

    private BenchDatabase(int links, String url, WorkbenchActiveObjects ao, Connection keepAlive) {
        this.links = links;
        this.issues = links / MapShape.LINKS_PER_ISSUE;
        this.personas = personasFor(links);
        this.url = url;
        this.ao = ao;
        this.prefix = AoDatabase.tablePrefix(NAMESPACE);
        this.keepAlive = keepAlive;
    }

    static int personasFor(int links) {
        return Math.max(2, links / 10_000);
    }

    static String issueKey(long issue) {
        return "BENCH-" + (issue + 1);
    }

    static String personaKey(int persona) {
        return persona == 0 ? ACCOUNTANT : "PERSONA-" + persona;
    }

    /** The persona the i-th issue (0-based) links. */
    static int personaOfIssue(long issue, int personas) {
        return issue < ACCOUNTANT_ISSUES ? 0 : 1 + (int) ((issue - ACCOUNTANT_ISSUES) % (personas - 1));
    }

    /** The entities to migrate: the {@code <ao>} module's list in the plugin descriptor, plus any the store uses that it lacks. */
    private static Class<? extends RawEntity<?>>[] entities;

    static synchronized Class<? extends RawEntity<?>>[] entities() {
        if (entities == null) {
            entities = findEntities();
        }
        return entities;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] findEntities() {
        Set<String> names = new LinkedHashSet<>(descriptorEntities());
        for (Class<?> used : List.of(PersonaEntity.class, ParticipantEntity.class, EvidenceEntity.class, IssueLinkEntity.class,
                MapItemEntity.class, BackingEntity.class, ShelfLifeEntity.class, ReconfirmationEntity.class, AuditEntity.class, EditEntity.class)) {
            if (names.add(used.getName())) {
                System.out.println("[bench] note: " + used.getSimpleName() + " is used by AoEvidenceStore but not listed in <ao>; migrating it too");
            }
        }
        List<Class<? extends RawEntity<?>>> result = new ArrayList<>();
        for (String name : names) {
            try {
                result.add((Class<? extends RawEntity<?>>) Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Entity in <ao> not found: " + name, e);
            }
        }
        return result.toArray(new Class[0]);
    }

    private static List<String> descriptorEntities() {
        try (InputStream in = BenchDatabase.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                return List.of();
            }
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher ao = Pattern.compile("<ao\\b.*?</ao>", Pattern.DOTALL).matcher(xml);
            List<String> result = new ArrayList<>();
            if (ao.find()) {
                Matcher entity = Pattern.compile("<entity>\\s*([\\w.$]+)\\s*</entity>").matcher(ao.group());
                while (entity.find()) {
                    result.add(entity.group(1));
                }
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path directory() {
        return Paths.get(System.getProperty("bench.dir", Paths.get(System.getProperty("java.io.tmpdir"), "empathy-evidence-benchmarks").toString()));
    }

    /** Opens the database for {@code links} issue links, filling it first unless a complete one is kept. */
    static BenchDatabase open(int links) throws Exception {
        Path dir = directory();
        Files.createDirectories(dir);
        Path base = dir.resolve("links-" + links);
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        boolean refill = Boolean.getBoolean("bench.refill");
        if (!refill && !isComplete(base, url, links)) {
            refill = true;
        }
        if (refill) {
            deleteFiles(dir, "links-" + links + ".");
            WorkbenchActiveObjects ao = new WorkbenchActiveObjects(AoDatabase.open(url, "sa", "", SCHEMA, NAMESPACE));
            ao.migrate(entities());
            BenchDatabase filling = new BenchDatabase(links, url, ao, null);
            long start = System.nanoTime();
            filling.fill();
            double filled = (System.nanoTime() - start) / 1e9;
            ao.entityManager().getProvider().dispose();
            // One big transaction leaves the file mostly garbage (2.6 GB at 1 M links); compacting takes seconds.
            start = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            System.out.printf("[bench] filled %s: %,d issue links, %,d issues, %,d evidence in %.1f s (JDBC batches, one transaction),"
                            + " compacted in %.1f s to %,d MB%n", base, links, filling.issues, (long) filling.personas * MapShape.EVIDENCE_PER_PERSONA,
                    filled, (System.nanoTime() - start) / 1e9, Files.size(Paths.get(base + ".mv.db")) >> 20);
        } else {
            System.out.printf("[bench] reusing %s (%,d issue links, filled by an earlier fork or run)%n", base, links);
        }
        Connection keepAlive = DriverManager.getConnection(url, "sa", "");
        WorkbenchActiveObjects ao = new WorkbenchActiveObjects(AoDatabase.open(url, "sa", "", SCHEMA, NAMESPACE));
        ao.migrate(entities());
        return new BenchDatabase(links, url, ao, keepAlive);
    }

    private static boolean isComplete(Path base, String url, int links) {
        if (!Files.exists(Paths.get(base + ".mv.db"))) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION, LINKS FROM BENCH_FILL")) {
            return rs.next() && rs.getInt(1) == FILL_VERSION && rs.getInt(2) == links;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void deleteFiles(Path dir, String startsWith) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().startsWith(startsWith)) {
                    Files.delete(p);
                }
            }
        }
    }

    String table(String name) {
        return prefix + name;
    }

    /** A plain JDBC connection to the same database, for EXPLAIN and statistics. */
    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    // ---------------------------------------------------------------- fill

    private void fill() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            String at = "2025-01-01T09:00:00Z";
            int evidencePerPersona = MapShape.EVIDENCE_PER_PERSONA;

            try (BulkInsert b = new BulkInsert(c, table("PERSONA"), "ID", "PERSONA_KEY", "NAME", "DESCRIPTION")) {
                for (int p = 0; p < personas; p++) {
                    b.row(p + 1, personaKey(p), p == 0 ? "Accountant" : "Persona " + p, "A persona for the benchmarks");
                }
            }
            try (BulkInsert b = new BulkInsert(c, table("PARTICIPANT"), "ID", "ALIAS", "SEGMENT", "ROLE", "CONSENT", "ERASED")) {
                for (int i = 0; i < personas * PARTICIPANTS_PER_PERSONA; i++) {
                    b.row(i + 1, String.format("P-%06d", i), SEGMENTS[i % SEGMENTS.length], i % 3 == 0 ? "owner" : "bookkeeper", true, false);
                }
            }
            SourceKind[] kinds = SourceKind.values();
            Random random = new Random(11);
            int reconfirmationId = 0;
            try (BulkInsert e = new BulkInsert(c, table("EVIDENCE"), "ID", "TEXT", "SEARCH_TEXT", "KIND", "SECTION", "SOURCE_KIND", "SOURCE_TITLE",
                    "SOURCE_LINK", "PARTICIPANT_ID", "PERSONA_KEY", "PROJECT_KEY", "OBSERVED_ON", "TAGS", "STATUS", "RETIRED_REASON",
                    "REDACTED", "CREATED_BY", "CREATED_AT", "UPDATED_BY", "UPDATED_AT", "VERSION");
                 BulkInsert r = new BulkInsert(c, table("RECONFIRMATION"), "ID", "EVIDENCE_ID", "CONFIRMED_ON", "NOTE", "AUTHOR", "RECORDED_AT")) {
                for (int p = 0; p < personas; p++) {
                    for (int k = 0; k < evidencePerPersona; k++) {
                        int id = p * evidencePerPersona + k + 1;
                        String text = "Evidence " + id + ": I re-key every invoice by hand because the export never matches the bank feed.";
                        LocalDate observed = TODAY.minusDays(random.nextInt(600));
                        boolean retired = k % 50 == 49;
                        Integer participant = k % 10 == 9 ? null : p * PARTICIPANTS_PER_PERSONA + random.nextInt(PARTICIPANTS_PER_PERSONA) + 1;
                        e.row(id, text, text.toLowerCase() + " invoicing export", (k % 3 == 0 ? EvidenceKind.OBSERVATION : EvidenceKind.QUOTE).name(),
                                MapShape.evidenceSection(k).name(), kinds[random.nextInt(kinds.length)].name(), "Research round " + (k % 12),
                                "https://research.example.com/r/" + id, participant, personaKey(p), Fixtures.PROJECTS[k % Fixtures.PROJECTS.length],
                                observed.toString(), "|invoicing|export|", retired ? "RETIRED" : "ACTIVE", retired ? "superseded" : null,
                                false, "pm", at, "pm", at, 1);
                        if (k % 10 == 3) {
                            r.row(++reconfirmationId, id, observed.plusDays(random.nextInt(30)).toString(), "still true", "pm", at);
                        }
                    }
                }
            }
            try (BulkInsert m = new BulkInsert(c, table("MAP_ITEM"), "ID", "PERSONA_KEY", "SECTION", "STATEMENT");
                 BulkInsert b = new BulkInsert(c, table("BACKING"), "ID", "BACKING_KEY", "MAP_ITEM_ID", "EVIDENCE_ID")) {
                int backingId = 0;
                for (int p = 0; p < personas; p++) {
                    for (int j = 0; j < MapShape.ITEMS_PER_PERSONA; j++) {
                        m.row(p * MapShape.ITEMS_PER_PERSONA + j + 1, personaKey(p), MapShape.itemSection(j).name(), "Statement " + j + " of " + personaKey(p));
                    }
                    for (int k = 0; k < evidencePerPersona; k++) {
                        int item = MapShape.backedItem(k);
                        if (item >= 0) {
                            int itemId = p * MapShape.ITEMS_PER_PERSONA + item + 1;
                            int evidenceId = p * evidencePerPersona + k + 1;
                            b.row(++backingId, itemId + "|" + evidenceId, itemId, evidenceId);
                        }
                    }
                }
            }
            try (BulkInsert l = new BulkInsert(c, table("ISSUE_LINK"), "ID", "LINK_KEY", "ISSUE_KEY", "TARGET_TYPE", "TARGET_ID", "RELATION",
                    "LINKED_BY", "LINKED_AT", "NOTE")) {
                int linkId = 0;
                for (long i = 0; i < issues; i++) {
                    String issue = issueKey(i);
                    int p = personaOfIssue(i, personas);
                    MapShape.IssueTargets t = MapShape.issueTargets(i);
                    int itemId = p * MapShape.ITEMS_PER_PERSONA + t.item() + 1;
                    l.row(++linkId, issue + "|M" + itemId, issue, "MAP_ITEM", itemId, Relation.ADDRESSES.name(), "pm", at, null);
                    for (int j = 0; j < t.evidence().length; j++) {
                        int evidenceId = p * evidencePerPersona + t.evidence()[j] + 1;
                        l.row(++linkId, issue + "|E" + evidenceId, issue, "EVIDENCE", evidenceId, t.relations()[j].name(), "pm", at,
                                j == 0 ? "why this matters" : null);
                    }
                }
            }
            // Explicit ids were inserted: move each identity past them, so AO's own inserts would still work.
            BulkInsert.moveIdsPast(c, false, List.of("PERSONA", "PARTICIPANT", "EVIDENCE", "RECONFIRMATION", "MAP_ITEM", "BACKING", "ISSUE_LINK")
                    .stream().map(this::table).toList());
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE BENCH_FILL(VERSION INT, LINKS INT)");
                s.execute("INSERT INTO BENCH_FILL VALUES (" + FILL_VERSION + ", " + links + ")");
            }
            c.commit();
        }
    }

    @Override
    public void close() throws Exception {
        ao.entityManager().getProvider().dispose();
        if (keepAlive != null) {
            keepAlive.close();
        }
    }
}
