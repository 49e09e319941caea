package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.domain.Erasure;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceChanges;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.EvidenceStore.IssueLinks;
import com.empathyevidence.domain.EvidenceStore.LinkedMapItem;
import com.empathyevidence.domain.EvidenceStore.Page;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.LinkedEvidence;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.IssueLinkEntity;
import com.empathyevidence.workbench.PluginDescriptor;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.java.ao.DatabaseProvider;
import net.java.ao.RawEntity;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * The contract of {@link EvidenceStore}, run with the same assertions on every database the store supports: one
 * subclass per database supplies an empty database ({@link #openEmptyDatabase(String)}); every test gets a new one,
 * migrated here with the entities the plugin descriptor's {@code <ao>} module declares, as the hosts do.
 *
 * <p>SQL statements are counted with Active Objects' own {@link DatabaseProvider.SqlListener}: every statement AO
 * runs (query, insert, update, delete) is prepared through {@link DatabaseProvider#preparedStatement}, which reports
 * it, on every database.
 */
public abstract class EvidenceStoreContract {

    private static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);
    private static final int THREADS = 8;

    @Rule
    public final TestName testName = new TestName();

    protected WorkbenchActiveObjects ao;
    protected EvidenceStore store;

    /** A new, empty database (no tables) for one test; the contract migrates it. */
    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    @Before
    public final void freshMigratedDatabase() {
        ao = openEmptyDatabase(testName.getMethodName());
        ao.migrate(descriptorEntities());
        store = new AoEvidenceStore(ao);
    }

    // ================================================================ schema

    @Test
    public void theDescriptorDeclaresEveryEntityOfTheStoragePackage() throws Exception {
        Set<String> declared = Stream.of(descriptorEntities()).map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inPackage = new TreeSet<>();
        for (Class<?> type : storageClasses()) {
            if (type.isInterface() && RawEntity.class.isAssignableFrom(type)) {
                inPackage.add(type.getName());
            }
        }
        assertTrue("found no entities: the scan is broken", inPackage.size() >= 4);
        assertEquals("<ao> entities in atlassian-plugin.xml: the hosts create tables only for these", inPackage, declared);
        assertTrue(store.isEmpty());
    }

    // ================================================================ personas

    @Test
    public void personasAreSavedFoundUpdatedBySaveAndListedByName() {
        store.savePersona(new Persona("ACC", "Zoe, accountant", "Runs the books"));
        store.savePersona(new Persona("FRE", "Anna, freelancer", "Invoices clients"));
        store.savePersona(new Persona("MGR", "Mia, manager", null));

        assertEquals(new Persona("FRE", "Anna, freelancer", "Invoices clients"), store.persona("FRE").orElseThrow());
        assertEquals("", store.persona("MGR").orElseThrow().description());
        assertTrue(store.persona("NOPE").isEmpty());

        Persona updated = store.savePersona(new Persona("ACC", "Bea, accountant", "Closes the month"));
        assertEquals(new Persona("ACC", "Bea, accountant", "Closes the month"), updated);
        assertEquals(updated, store.persona("ACC").orElseThrow());

        assertEquals(List.of("Anna, freelancer", "Bea, accountant", "Mia, manager"),
                store.personas().stream().map(Persona::name).toList());
        assertEquals(List.of("FRE", "ACC", "MGR"), store.personas().stream().map(Persona::key).toList());
        assertFalse(store.isEmpty());
    }

    // ================================================================ participants

    @Test
    public void participantsAreCreatedAndFoundByAliasWithTheirConsent() {
        Participant p1 = store.createParticipant("P-001", "SMB", "Bookkeeper", true);
        Participant p2 = store.createParticipant("P-002", "Enterprise", "Controller", false);

        assertEquals(new Participant(p1.id(), "P-001", "SMB", "Bookkeeper", true, false), p1);
        assertEquals(p1, store.participant("P-001").orElseThrow());
        assertEquals(new Participant(p2.id(), "P-002", "Enterprise", "Controller", false, false), store.participant("P-002").orElseThrow());
        assertFalse(store.participant("P-002").orElseThrow().consent());
        assertTrue(store.participant("P-003").isEmpty());
        assertEquals(List.of(p1, store.participant("P-002").orElseThrow()), store.participants());
    }

    @Test
    public void aTakenAliasIsAConflictAndCreatesNothing() {
        Participant first = store.createParticipant("P-001", "SMB", "Bookkeeper", true);

        expect(Problem.Kind.CONFLICT, "empathy.error.aliasTaken", () -> store.createParticipant("P-001", "Enterprise", "CFO", false));

        assertEquals(List.of(first), store.participants());
    }

    // ================================================================ import

    @Test
    public void participantsAreFoundByAliasInBulk() {
        Participant a = store.createParticipant("P-001", "SMB", null, true);
        Participant b = store.createParticipant("P-002", null, "CFO", false);

        Map<String, Participant> found = store.participants(List.of("P-001", "P-002", "P-404", "P-001"));

        assertEquals(Map.of("P-001", a, "P-002", b), found);
        assertEquals(Map.of(), store.participants(List.of()));
    }

    @Test
    public void importRecordsEveryPieceInOrderAndFindsOrCreatesParticipants() {
        Participant existing = store.createParticipant("P-001", "SMB", "Bookkeeper", true);
        List<NewEvidence> rows = List.of(
                row("First, quoted \"text\"", "P-001", "Ignored: the participant exists"),
                row("Second", "P-NEW", "Freelancers"),
                row("Third", null, null),
                row("Fourth", "P-NEW", "Another segment: the first one wins"));

        EvidenceStore.Imported imported = store.importEvidence(rows);

        assertEquals(4, imported.evidenceIds().size());
        assertEquals(1, imported.participantsCreated());
        List<String> texts = new ArrayList<>();
        for (Long id : imported.evidenceIds()) {
            texts.add(store.evidence(id).orElseThrow().text());
        }
        assertEquals(List.of("First, quoted \"text\"", "Second", "Third", "Fourth"), texts);
        Evidence first = store.evidence(imported.evidenceIds().get(0)).orElseThrow();
        assertEquals(existing, first.participant());
        assertEquals(List.of("import", "csv"), first.tags());
        assertEquals(new Source(SourceKind.USABILITY_TEST, "Tests", "https://example.com/r/1", 42), first.source());
        assertEquals(Section.PAINS, first.section());
        assertEquals("ACC", first.personaKey());
        assertEquals("DEMO", first.projectKey());
        assertEquals(JAN_10, first.observedOn());
        assertEquals("rita", first.createdBy());
        assertEquals(1, first.version());
        Participant created = store.participant("P-NEW").orElseThrow();
        assertEquals("Freelancers", created.segment());
        assertTrue(created.consent());
        assertEquals(created, store.evidence(imported.evidenceIds().get(3)).orElseThrow().participant());
        assertNull(store.evidence(imported.evidenceIds().get(2)).orElseThrow().participant());
        assertEquals(4, store.search(query().text("import").build()).total());
    }

    @Test
    public void anImportThatFailsPartWayWritesNothing() {
        int before = store.search(query().build()).total();
        List<NewEvidence> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(row("Row " + i, "P-" + i, null));
        }
        // The database refuses the last row (TEXT is NOT NULL): the 20 rows and 20 participants before it are rolled back.
        rows.add(new NewEvidence(null, EvidenceKind.QUOTE, Section.SAYS, new Source(SourceKind.OTHER, null, null, null), "P-LAST", null,
                null, "DEMO", JAN_10, "rita"));

        try {
            store.importEvidence(rows);
            throw new AssertionError("the import should have failed");
        } catch (RuntimeException expected) {
            assertFalse(expected instanceof Problem);
        }

        assertEquals(before, store.search(query().build()).total());
        assertEquals(List.of(), store.participants());
    }

    @Test
    public void theImportListenerHearsEveryRowWrittenInOrderBeforeTheCommit() {
        List<NewEvidence> rows = rows("heard", 30);
        List<String> heard = new ArrayList<>();
        List<Integer> visibleWhileWriting = new ArrayList<>();

        EvidenceStore.Imported imported = store.importEvidence(rows, (written, total) -> {
            heard.add(written + "/" + total);
            if (written == total) {
                visibleWhileWriting.add(store.search(query().text("heard").build()).total());
            }
        });

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= rows.size(); i++) {
            expected.add(i + "/" + rows.size());
        }
        assertEquals(expected, heard);
        assertEquals(rows.size(), imported.evidenceIds().size());
        assertEquals(rows.size(), store.search(query().text("heard").build()).total());
        assertEquals(1, visibleWhileWriting.size());
    }

    @Test
    public void aRowThatFailsAfterTheListenerHeardOthersStillRollsBackEverything() {
        int before = store.search(query().build()).total();
        List<NewEvidence> rows = new ArrayList<>(rows("rolled", 10));
        rows.add(new NewEvidence(null, EvidenceKind.QUOTE, Section.SAYS, new Source(SourceKind.OTHER, null, null, null), "P-LAST", null,
                null, "DEMO", JAN_10, "rita"));
        List<Integer> heard = new ArrayList<>();

        try {
            store.importEvidence(rows, (written, total) -> heard.add(written));
            throw new AssertionError("the import should have failed");
        } catch (RuntimeException expected) {
            assertFalse(expected instanceof Problem);
        }

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), heard);
        assertEquals(before, store.search(query().build()).total());
        assertEquals(List.of(), store.participants());
    }

    @Test
    public void aListenerThatThrowsRollsTheImportBack() {
        int before = store.search(query().build()).total();
        try {
            store.importEvidence(rows("listener", 5), (written, total) -> {
                if (written == 4) {
                    throw new IllegalStateException("the caller went away");
                }
            });
            throw new AssertionError("the import should have failed");
        } catch (RuntimeException expected) {
            Throwable cause = expected;
            while (!(cause instanceof IllegalStateException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertEquals("the caller went away", cause.getMessage());
        }
        assertEquals(before, store.search(query().build()).total());
        assertEquals(List.of(), store.participants());
    }

    @Test
    public void importLooksParticipantsUpWithTheSameNumberOfQueriesFor10And600Rows() {
        store.createParticipant("P-0", null, null, true);
        SqlCount small = count(() -> store.importEvidence(rows("small", 10)));
        SqlCount large = count(() -> store.importEvidence(rows("large", 600)));
        report("import, 10 rows", small);
        report("import, 600 rows", large);
        // Inserts grow with the rows (one per piece and per new participant, with its sequence value on PostgreSQL);
        // lookups do not: one per 500 aliases.
        assertEquals("lookups, 10 rows " + small + "\nvs 600 rows " + large, List.of(1, 2), List.of(lookups(small).size(), lookups(large).size()));
        assertEquals(10 + 10, inserts(small));
        assertEquals(600 + 600, inserts(large));
    }

    /**
     * Statements that read a table: neither inserts nor the sequence values some databases fetch for them, nor the marks
     * the write leaves on the persona maps' groups (one read and one update per group touched, whatever the rows).
     */
    private static List<String> lookups(SqlCount count) {
        return count.statements().stream().map(s -> s.trim().toUpperCase(java.util.Locale.ROOT))
                .filter(s -> !s.startsWith("INSERT") && !s.contains("NEXTVAL") && !s.contains("_MAP_GROUP")).toList();
    }

    private static long inserts(SqlCount count) {
        return count.statements().stream().filter(s -> s.trim().toUpperCase(java.util.Locale.ROOT).startsWith("INSERT")).count();
    }

    private static List<NewEvidence> rows(String prefix, int n) {
        List<NewEvidence> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // P-0 exists; every other alias is new
            rows.add(row(prefix + " " + i, i == 0 ? "P-0" : prefix + "-" + i, null));
        }
        rows.add(row(prefix + " unattributed", null, null));
        return rows;
    }

    private static NewEvidence row(String text, String alias, String segment) {
        return new NewEvidence(text, EvidenceKind.QUOTE, Section.PAINS, new Source(SourceKind.USABILITY_TEST, "Tests", "https://example.com/r/1", 42),
                alias, segment, "ACC", "DEMO", JAN_10, "rita", List.of("Import", "csv", "import"));
    }

    // ================================================================ evidence

    @Test
    public void evidenceIsCreatedWithEveryFieldAndReadBack() {
        Instant before = Instant.now();
        Evidence created = store.createEvidence(new NewEvidence("I re-key every invoice by hand", EvidenceKind.QUOTE, Section.PAINS,
                new Source(SourceKind.USABILITY_TEST, "Onboarding tests, March", "https://videos.example.com/s/42", 754),
                "P-014", "Freelancers", "ACC", "DEMO", LocalDate.of(2024, 3, 14), "pm",
                List.of(" Billing ", "billing", "ONBOARDING", "  ", "Billing")));
        Instant after = Instant.now();

        Evidence read = store.evidence(created.id()).orElseThrow();
        assertEquals(created, read);
        assertEquals("I re-key every invoice by hand", read.text());
        assertEquals(EvidenceKind.QUOTE, read.kind());
        assertEquals(Section.PAINS, read.section());
        assertEquals(new Source(SourceKind.USABILITY_TEST, "Onboarding tests, March", "https://videos.example.com/s/42", 754), read.source());
        assertEquals("P-014", read.participantAlias());
        assertEquals("Freelancers", read.participant().segment());
        assertEquals(store.participant("P-014").orElseThrow(), read.participant());
        assertEquals("ACC", read.personaKey());
        assertEquals("DEMO", read.projectKey());
        assertEquals(LocalDate.of(2024, 3, 14), read.observedOn());
        assertNull(read.lastReconfirmedOn());
        assertEquals(List.of("billing", "onboarding"), read.tags());
        assertEquals(EvidenceStatus.ACTIVE, read.status());
        assertNull(read.retiredReason());
        assertNull(read.successorId());
        assertFalse(read.redacted());
        assertEquals("pm", read.createdBy());
        assertFalse(read.createdAt() + " before " + before, read.createdAt().isBefore(before));
        assertFalse(read.createdAt() + " after " + after, read.createdAt().isAfter(after));
        assertEquals("pm", read.updatedBy());
        assertEquals(read.createdAt(), read.updatedAt());
        assertEquals(1, read.version());

        Evidence bare = store.createEvidence(new NewEvidence("Opened the export twice", EvidenceKind.OBSERVATION, Section.DOES,
                new Source(SourceKind.OTHER, null, " ", null), " ", null, null, "DEMO", JAN_10, "pm"));
        Evidence bareRead = store.evidence(bare.id()).orElseThrow();
        assertNull(bareRead.participant());
        assertNull(bareRead.personaKey());
        assertEquals(new Source(SourceKind.OTHER, "", null, null), bareRead.source());
        assertEquals(List.of(), bareRead.tags());
        assertNotEquals(created.id(), bare.id());
        assertTrue(store.evidence(bare.id() + 1000).isEmpty());
    }

    @Test
    public void awkwardTextIsReadBackExactly() {
        String quotes = "She said \"it's 'fine'\" & then <script>alert('x')</script> \\ back\\slash; 100% _done_";
        String emoji = "Lost my work again 😡😭 👩🏽‍💻 ✔︎ — ‘curly’ “quotes” …";
        String rtl = "العميل قال: الفاتورة لا تعمل | הלקוח אמר: החשבונית לא עובדת";
        int[] pattern = (quotes + "\n" + emoji + "\t" + rtl + "\r\n").codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.appendCodePoint(pattern[i % pattern.length]);
        }
        String long5000 = sb.toString();
        assertEquals(5000, long5000.codePointCount(0, long5000.length()));

        for (String text : List.of(quotes, emoji, rtl, long5000)) {
            Evidence e = ev().text(text).title(rtl.substring(0, 20)).create();
            Evidence read = store.evidence(e.id()).orElseThrow();
            assertEquals(text, read.text());
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), read.text().getBytes(StandardCharsets.UTF_8));
            assertEquals(rtl.substring(0, 20), read.source().title());
        }
        Page<Evidence> hebrew = store.search(query().text("הלקוח").build());
        assertEquals(Set.of(rtl, long5000), hebrew.items().stream().map(Evidence::text).collect(Collectors.toSet()));
        assertEquals(2, hebrew.total());
    }

    @Test
    public void theParticipantIsFoundOrCreatedByAlias() {
        Participant existing = store.createParticipant("P-7", "SMB", "Owner", false);

        Evidence first = ev().alias("P-7").segment("Enterprise").create();
        assertEquals(existing, first.participant());
        Evidence second = ev().alias("P-8").segment("Agency").create();
        Evidence third = ev().alias("P-8").segment("Other").create();

        Participant created = store.participant("P-8").orElseThrow();
        assertEquals("Agency", created.segment());
        assertTrue(created.consent());
        assertEquals(created, second.participant());
        assertEquals(created, third.participant());
        assertEquals(2, store.participants().size());
        assertEquals("SMB", store.participant("P-7").orElseThrow().segment());
    }

    // ================================================================ update

    @Test
    public void anUpdateFromTheCurrentVersionChangesEveryFieldAndTheVersion() {
        Evidence original = ev().alias("P-1").persona("ACC").tags("one").create();

        Evidence updated = store.updateEvidence(original.id(), new EvidenceChanges("Changed text", EvidenceKind.OBSERVATION, Section.GOALS,
                new Source(SourceKind.SALES_CALL, "Q2 calls", "http://crm.example.com/c/9", 12), "P-2", "FRE",
                LocalDate.of(2023, 12, 1), List.of(" New ", "TAGS", "new"), 1, "rita"));

        assertEquals(updated, store.evidence(original.id()).orElseThrow());
        assertEquals(2, updated.version());
        assertEquals("Changed text", updated.text());
        assertEquals(EvidenceKind.OBSERVATION, updated.kind());
        assertEquals(Section.GOALS, updated.section());
        assertEquals(new Source(SourceKind.SALES_CALL, "Q2 calls", "http://crm.example.com/c/9", 12), updated.source());
        assertEquals("P-2", updated.participantAlias());
        assertEquals("FRE", updated.personaKey());
        assertEquals("DEMO", updated.projectKey());
        assertEquals(LocalDate.of(2023, 12, 1), updated.observedOn());
        assertEquals(List.of("new", "tags"), updated.tags());
        assertEquals("pm", updated.createdBy());
        assertEquals(original.createdAt(), updated.createdAt());
        assertEquals("rita", updated.updatedBy());
        assertFalse(updated.updatedAt().isBefore(original.updatedAt()));
        assertEquals(List.of(updated.id()), ids(store.search(query().text("changed").build())));
        assertEquals(List.of(), ids(store.search(query().text("one").build())));

        Evidence third = store.updateEvidence(original.id(), changesOf(updated, "Third text", 2, "sam"));
        assertEquals(3, third.version());
        assertEquals("Third text", third.text());
    }

    @Test
    public void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        Evidence original = ev().alias("P-1").create();
        Evidence v2 = store.updateEvidence(original.id(), changesOf(original, "Second text", 1, "rita"));
        List<Participant> participantsBefore = store.participants();

        Problem p = expect(Problem.Kind.CONFLICT, "empathy.error.staleVersion", () -> store.updateEvidence(original.id(),
                new EvidenceChanges("Stale text", EvidenceKind.OBSERVATION, Section.FEELS, original.source(), "P-NEW", "ACC",
                        original.observedOn(), List.of("stale"), 1, "sam")));
        assertEquals(String.valueOf(original.id()), p.args()[0]);

        assertEquals(v2, store.evidence(original.id()).orElseThrow());
        assertEquals("nothing changed: no participant created by the failed update", participantsBefore, store.participants());
        assertTrue(store.participant("P-NEW").isEmpty());
        assertEquals(0, store.search(query().text("stale").build()).total());

        expect(Problem.Kind.NOT_FOUND, "empathy.error.evidenceNotFound",
                () -> store.updateEvidence(original.id() + 1000, changesOf(original, "x", 1, "sam")));
    }

    // ================================================================ retire, re-confirm

    @Test
    public void retiringRecordsTheReasonAndTheSuccessor() {
        Evidence old = ev().text("Old finding").create();
        Evidence successor = ev().text("New finding").create();

        Evidence retired = store.retire(old.id(), "Superseded by the May study", successor.id(), "rita");

        assertEquals(retired, store.evidence(old.id()).orElseThrow());
        assertEquals(EvidenceStatus.RETIRED, retired.status());
        assertFalse(retired.isActive());
        assertEquals("Superseded by the May study", retired.retiredReason());
        assertEquals(Long.valueOf(successor.id()), retired.successorId());
        assertEquals("rita", retired.updatedBy());
        assertEquals(2, retired.version());
        assertEquals("Old finding", retired.text());
        assertEquals(successor, store.evidence(successor.id()).orElseThrow());

        Evidence alone = ev().text("No successor").create();
        assertNull(store.retire(alone.id(), "Wrong participant", null, "rita").successorId());
        expect(Problem.Kind.NOT_FOUND, "empathy.error.evidenceNotFound", () -> store.retire(alone.id() + 1000, "x", null, "rita"));
    }

    @Test
    public void reconfirmationsKeepTheirHistoryNewestFirstAndNeverMoveTheDateBack() {
        Evidence e = ev().observed(JAN_10).create();
        Evidence other = ev().observed(JAN_10).create();

        Reconfirmation march = store.reconfirm(e.id(), LocalDate.of(2024, 3, 1), "Still true in March", "rita");
        assertEquals(e.id(), march.evidenceId());
        assertEquals(LocalDate.of(2024, 3, 1), march.confirmedOn());
        assertEquals("Still true in March", march.note());
        assertEquals("rita", march.author());
        assertNotNull(march.recordedAt());
        assertEquals(LocalDate.of(2024, 3, 1), store.evidence(e.id()).orElseThrow().lastReconfirmedOn());

        store.reconfirm(e.id(), LocalDate.of(2024, 6, 1), "June interviews", "sam");
        assertEquals(LocalDate.of(2024, 6, 1), store.evidence(e.id()).orElseThrow().lastReconfirmedOn());
        store.reconfirm(e.id(), LocalDate.of(2024, 2, 1), "Found an older note", "tom");

        assertEquals("an older re-confirmation recorded later does not move the date back",
                LocalDate.of(2024, 6, 1), store.evidence(e.id()).orElseThrow().lastReconfirmedOn());
        List<Reconfirmation> history = store.reconfirmations(e.id());
        assertEquals(List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1)),
                history.stream().map(Reconfirmation::confirmedOn).toList());
        assertEquals(List.of("June interviews", "Still true in March", "Found an older note"),
                history.stream().map(Reconfirmation::note).toList());
        assertEquals(List.of("sam", "rita", "tom"), history.stream().map(Reconfirmation::author).toList());
        assertEquals(march, history.get(1));

        assertEquals(List.of(), store.reconfirmations(other.id()));
        assertNull(store.evidence(other.id()).orElseThrow().lastReconfirmedOn());
        assertEquals(LocalDate.of(2024, 6, 1), byId(store.search(EvidenceQuery.all()).items()).get(e.id()).lastReconfirmedOn());
    }

    // ================================================================ search

    /** Six pieces of evidence, created out of observed order (c, a, f, b, e, d), e retired. */
    private Map<String, Long> searchFixture() {
        Map<String, Long> ids = new HashMap<>();
        ids.put("c", ev().text("Only 500 users opened the report").kind(EvidenceKind.OBSERVATION).section(Section.DOES)
                .sourceKind(SourceKind.USAGE_ANALYTICS).persona("FRE").project("DEMO").observed(LocalDate.of(2024, 3, 5)).create().id());
        ids.put("a", ev().text("Invoices take FOREVER to re-key").section(Section.PAINS).sourceKind(SourceKind.INTERVIEW)
                .persona("ACC").project("DEMO").alias("P-1").observed(JAN_10).tags("Billing").create().id());
        ids.put("f", ev().text("Reports are slow on invoice day").section(Section.PAINS).sourceKind(SourceKind.INTERVIEW)
                .persona("ACC").project("DEMO").alias("P-2").observed(LocalDate.of(2024, 6, 30)).tags("Performance").create().id());
        ids.put("b", ev().text("I export 50% of invoices by hand").section(Section.SAYS).sourceKind(SourceKind.SUPPORT_TICKET)
                .persona("ACC").project("BILL").alias("P-2").observed(LocalDate.of(2024, 2, 20)).create().id());
        ids.put("e", ev().text("The rekey step is annoying").section(Section.FEELS).sourceKind(SourceKind.SURVEY)
                .project("DEMO").alias("P-3").observed(LocalDate.of(2024, 5, 15)).create().id());
        ids.put("d", ev().text("Users re_key totals from the PDF").kind(EvidenceKind.OBSERVATION).section(Section.DOES)
                .sourceKind(SourceKind.FIELD_OBSERVATION).persona("FRE").project("BILL").alias("P-1")
                .observed(LocalDate.of(2024, 4, 1)).create().id());
        store.retire(ids.get("e"), "Survey question was leading", null, "rita");
        return ids;
    }

    @Test
    public void searchFiltersByEveryField() {
        Map<String, Long> f = searchFixture();

        assertFound(f, "abcdef", query());
        assertFound(f, "abf", query().text("invoice"));
        assertFound(f, "abf", query().text("INVOICE"));
        assertFound(f, "b", query().text("  Invoices   HAND "));
        assertFound(f, "a", query().text("forever"));
        assertFound(f, "a", query().text("billing"));
        assertFound(f, "f", query().text("PERFORMANCE"));
        assertFound(f, "b", query().text("50%"));
        assertFound(f, "d", query().text("re_key"));
        assertFound(f, "b", query().text("%"));
        assertFound(f, "d", query().text("_"));
        assertFound(f, "", query().text("%%"));
        assertFound(f, "", query().text("\\"));
        assertFound(f, "", query().text("zebra"));

        assertFound(f, "abf", query().persona("ACC"));
        assertFound(f, "cd", query().persona("FRE"));
        assertFound(f, "af", query().section(Section.PAINS));
        assertFound(f, "cd", query().section(Section.DOES));
        assertFound(f, "af", query().sourceKind(SourceKind.INTERVIEW));
        assertFound(f, "c", query().sourceKind(SourceKind.USAGE_ANALYTICS));
        assertFound(f, "bd", query().project("BILL"));
        assertFound(f, "acef", query().project("DEMO"));
        assertFound(f, "ad", query().alias("P-1"));
        assertFound(f, "bf", query().alias("P-2"));
        assertFound(f, "", query().alias("P-404"));
        assertFound(f, "bcd", query().from(LocalDate.of(2024, 2, 20)).to(LocalDate.of(2024, 4, 1)));
        assertFound(f, "ef", query().from(LocalDate.of(2024, 5, 15)));
        assertFound(f, "a", query().to(JAN_10));
        assertFound(f, "e", query().status(EvidenceStatus.RETIRED));
        assertFound(f, "abcdf", query().status(EvidenceStatus.ACTIVE));
        assertFound(f, "f", query().persona("ACC").section(Section.PAINS).text("slow").status(EvidenceStatus.ACTIVE));
        assertFound(f, "", query().persona("FRE").project("DEMO").alias("P-1"));

        Page<Evidence> none = store.search(query().text("nothing-like-this").build());
        assertEquals(0, none.total());
        assertEquals(List.of(), none.items());
    }

    @Test
    public void searchSortsAndPages() {
        Map<String, Long> f = searchFixture();

        assertEquals(idsOf(f, "fedcba"), ids(store.search(query().sort(EvidenceQuery.Sort.OBSERVED_DESC).build())));
        assertEquals(idsOf(f, "abcdef"), ids(store.search(query().sort(EvidenceQuery.Sort.OBSERVED_ASC).build())));
        assertEquals(idsOf(f, "debfac"), ids(store.search(query().sort(EvidenceQuery.Sort.CREATED_DESC).build())));
        assertEquals(idsOf(f, "cafbed"), ids(store.search(query().sort(EvidenceQuery.Sort.CREATED_ASC).build())));

        Page<Evidence> page = store.search(query().sort(EvidenceQuery.Sort.OBSERVED_ASC).page(2, 3).build());
        assertEquals(idsOf(f, "cde"), ids(page));
        assertEquals(6, page.total());
        assertEquals(2, page.offset());
        assertEquals(3, page.limit());
        Page<Evidence> last = store.search(query().sort(EvidenceQuery.Sort.OBSERVED_ASC).page(4, 3).build());
        assertEquals(idsOf(f, "ef"), ids(last));
        assertEquals(6, last.total());
        Page<Evidence> beyond = store.search(query().page(10, 3).build());
        assertEquals(List.of(), beyond.items());
        assertEquals(6, beyond.total());
        Page<Evidence> filtered = store.search(query().persona("ACC").sort(EvidenceQuery.Sort.OBSERVED_DESC).page(1, 1).build());
        assertEquals(idsOf(f, "b"), ids(filtered));
        assertEquals(3, filtered.total());

        // Equal observed dates: pages must still be a stable partition of the whole list.
        for (int i = 0; i < 5; i++) {
            ev().text("Same day " + i).persona("TIE").observed(JAN_10).create();
        }
        for (EvidenceQuery.Sort sort : EvidenceQuery.Sort.values()) {
            List<Long> whole = ids(store.search(query().persona("TIE").sort(sort).build()));
            List<Long> paged = new ArrayList<>();
            for (int offset = 0; offset < 5; offset += 2) {
                Page<Evidence> p = store.search(query().persona("TIE").sort(sort).page(offset, 2).build());
                assertEquals(5, p.total());
                paged.addAll(ids(p));
            }
            assertEquals(sort.name(), whole, paged);
            assertEquals(5, new HashSet<>(whole).size());
        }
    }

    // ================================================================ map items

    @Test
    public void mapItemsAreCreatedListedAndBackedByEvidence() {
        Evidence e1 = ev().persona("ACC").create();
        Evidence e2 = ev().persona("ACC").create();
        MapItem pain = store.createMapItem("ACC", Section.PAINS, "Re-keys every invoice by hand");
        MapItem fear = store.createMapItem("ACC", Section.FEELS, "Fears losing unsaved work");
        MapItem assumption = store.createMapItem("ACC", Section.GOALS, "Wants to close the month in a day");
        MapItem elsewhere = store.createMapItem("FRE", Section.SAYS, "Hates chasing payments");

        assertEquals(new MapItem(pain.id(), "ACC", Section.PAINS, "Re-keys every invoice by hand"), pain);
        assertEquals(pain, store.mapItem(pain.id()).orElseThrow());
        assertTrue(store.mapItem(elsewhere.id() + 1000).isEmpty());
        assertEquals(List.of(pain, fear, assumption), store.mapItems("ACC"));
        assertEquals(List.of(elsewhere), store.mapItems("FRE"));
        assertEquals(List.of(), store.mapItems("NONE"));

        store.back(pain.id(), e1.id());
        store.back(pain.id(), e2.id());
        store.back(fear.id(), e2.id());
        store.back(elsewhere.id(), e1.id());
        assertBacking(Map.of(pain.id(), Set.of(e1.id(), e2.id()), fear.id(), Set.of(e2.id()), assumption.id(), Set.of()), store.backing("ACC"));
        assertEquals(List.of(pain.id(), fear.id(), assumption.id()), new ArrayList<>(store.backing("ACC").keySet()));

        Problem p = expect(Problem.Kind.CONFLICT, "empathy.error.alreadyBacks", () -> store.back(pain.id(), e1.id()));
        assertEquals(String.valueOf(e1.id()), p.args()[0]);
        assertBacking(Map.of(pain.id(), Set.of(e1.id(), e2.id()), fear.id(), Set.of(e2.id()), assumption.id(), Set.of()), store.backing("ACC"));

        store.unback(pain.id(), e1.id());
        store.unback(pain.id(), e1.id());
        assertBacking(Map.of(pain.id(), Set.of(e2.id()), fear.id(), Set.of(e2.id()), assumption.id(), Set.of()), store.backing("ACC"));
        assertBacking(Map.of(elsewhere.id(), Set.of(e1.id())), store.backing("FRE"));
        assertEquals(Map.of(), store.backing("NONE"));
        store.back(pain.id(), e1.id());
        assertBacking(Map.of(pain.id(), Set.of(e1.id(), e2.id()), fear.id(), Set.of(e2.id()), assumption.id(), Set.of()), store.backing("ACC"));
    }

    // ================================================================ links

    @Test
    public void linksAreCreatedRejectedWhenDuplicateRelinkedAndUnlinked() {
        Evidence e = ev().create();
        MapItem item = store.createMapItem("ACC", Section.PAINS, "Re-keys invoices");
        Instant before = Instant.now();

        IssueLink toEvidence = store.link("DEMO-1", LinkTarget.evidence(e.id()), Relation.SUPPORTS, "pm", "From the March interviews");
        IssueLink toItem = store.link("DEMO-1", LinkTarget.mapItem(item.id()), Relation.ADDRESSES, "rita", null);

        assertEquals("DEMO-1", toEvidence.issueKey());
        assertEquals(LinkTarget.evidence(e.id()), toEvidence.target());
        assertEquals(Relation.SUPPORTS, toEvidence.relation());
        assertEquals("pm", toEvidence.linkedBy());
        assertEquals("From the March interviews", toEvidence.note());
        assertFalse(toEvidence.linkedAt().isBefore(before));
        assertEquals(List.of(toEvidence, toItem), store.links("DEMO-1"));

        Problem p = expect(Problem.Kind.CONFLICT, "empathy.error.duplicateLink",
                () -> store.link("DEMO-1", LinkTarget.evidence(e.id()), Relation.CONTRADICTS, "sam", "again"));
        assertEquals("DEMO-1", p.args()[0]);
        assertEquals(List.of(toEvidence, toItem), store.links("DEMO-1"));

        IssueLink other = store.link("DEMO-2", LinkTarget.evidence(e.id()), Relation.CONTRADICTS, "sam", null);
        assertEquals(List.of(other), store.links("DEMO-2"));

        IssueLink relinked = store.relink("DEMO-1", LinkTarget.evidence(e.id()), Relation.CONTRADICTS, "sam");
        assertEquals(Relation.CONTRADICTS, relinked.relation());
        assertEquals(toEvidence.id(), relinked.id());
        assertEquals(Relation.CONTRADICTS, store.links("DEMO-1").get(0).relation());
        assertEquals(Relation.ADDRESSES, store.links("DEMO-1").get(1).relation());
        expect(Problem.Kind.NOT_FOUND, "empathy.error.linkNotFound",
                () -> store.relink("DEMO-3", LinkTarget.evidence(e.id()), Relation.SUPPORTS, "sam"));
        assertEquals(List.of(), store.links("DEMO-3"));

        assertTrue(store.unlink("DEMO-1", LinkTarget.evidence(e.id())));
        assertFalse(store.unlink("DEMO-1", LinkTarget.evidence(e.id())));
        assertFalse(store.unlink("DEMO-1", LinkTarget.evidence(item.id() + 1000)));
        assertEquals(List.of(toItem), store.links("DEMO-1"));
        assertEquals(List.of(other), store.links("DEMO-2"));

        IssueLink again = store.link("DEMO-1", LinkTarget.evidence(e.id()), Relation.SUPPORTS, "pm", null);
        assertEquals(List.of(toItem, again), store.links("DEMO-1"));
    }

    @Test
    public void linkedToIssueExpandsMapItemsIntoTheirBackingEvidence() {
        Evidence direct = ev().text("Direct").alias("P-1").create();
        Evidence backing1 = ev().text("Backing one").alias("P-2").create();
        Evidence backing2 = ev().text("Backing two").create();
        Evidence unrelated = ev().text("Unrelated").create();
        store.reconfirm(backing1.id(), LocalDate.of(2024, 4, 1), "still true", "rita");
        MapItem pain = store.createMapItem("ACC", Section.PAINS, "Re-keys invoices");
        MapItem assumption = store.createMapItem("ACC", Section.GOALS, "Wants one-click export");
        store.back(pain.id(), backing1.id());
        store.back(pain.id(), backing2.id());
        IssueLink l1 = store.link("DEMO-1", LinkTarget.evidence(direct.id()), Relation.CONTRADICTS, "pm", "counter");
        IssueLink l2 = store.link("DEMO-1", LinkTarget.mapItem(pain.id()), Relation.ADDRESSES, "pm", null);
        IssueLink l3 = store.link("DEMO-1", LinkTarget.mapItem(assumption.id()), Relation.ADDRESSES, "sam", null);
        store.link("DEMO-2", LinkTarget.evidence(unrelated.id()), Relation.SUPPORTS, "pm", null);

        IssueLinks linked = store.linkedToIssue("DEMO-1");

        assertEquals(1, linked.evidence().size());
        LinkedEvidence le = linked.evidence().get(0);
        assertEquals(store.evidence(direct.id()).orElseThrow(), le.evidence());
        assertEquals(Relation.CONTRADICTS, le.relation());
        assertEquals("P-1", le.evidence().participantAlias());
        assertEquals(2, linked.mapItems().size());
        LinkedMapItem viaPain = linked.mapItems().get(0);
        assertEquals(pain, viaPain.item());
        assertEquals(l2, viaPain.link());
        assertEquals(Set.of(store.evidence(backing1.id()).orElseThrow(), store.evidence(backing2.id()).orElseThrow()),
                new HashSet<>(viaPain.backing()));
        assertEquals(LocalDate.of(2024, 4, 1), byId(viaPain.backing()).get(backing1.id()).lastReconfirmedOn());
        assertEquals("P-2", byId(viaPain.backing()).get(backing1.id()).participantAlias());
        LinkedMapItem viaAssumption = linked.mapItems().get(1);
        assertEquals(assumption, viaAssumption.item());
        assertEquals(l3, viaAssumption.link());
        assertEquals(List.of(), viaAssumption.backing());
        assertNotNull(l1);

        IssueLinks none = store.linkedToIssue("DEMO-9");
        assertEquals(List.of(), none.evidence());
        assertEquals(List.of(), none.mapItems());
    }

    @Test
    public void linksToFindsEveryLinkToTheTargetsAndTellsEvidenceFromMapItems() {
        Evidence e1 = ev().create();
        Evidence e2 = ev().create();
        MapItem i1 = store.createMapItem("ACC", Section.PAINS, "Pain one");
        MapItem i2 = store.createMapItem("ACC", Section.PAINS, "Pain two");
        // Evidence and map items are numbered separately: the same number may name one of each.
        assertEquals("fixture: first evidence and first map item share an id", e1.id(), i1.id());
        IssueLink a = store.link("DEMO-1", LinkTarget.evidence(e1.id()), Relation.SUPPORTS, "pm", null);
        IssueLink b = store.link("DEMO-2", LinkTarget.evidence(e1.id()), Relation.CONTRADICTS, "pm", null);
        IssueLink c = store.link("DEMO-3", LinkTarget.mapItem(i2.id()), Relation.ADDRESSES, "pm", null);
        IssueLink d = store.link("DEMO-4", LinkTarget.mapItem(i1.id()), Relation.ADDRESSES, "pm", null);

        assertEquals(Set.of(a, b, c), new HashSet<>(store.linksTo(List.of(LinkTarget.evidence(e1.id()), LinkTarget.mapItem(i2.id())))));
        assertEquals(Set.of(d), new HashSet<>(store.linksTo(List.of(LinkTarget.mapItem(i1.id())))));
        assertEquals(Set.of(a, b), new HashSet<>(store.linksTo(List.of(LinkTarget.evidence(i1.id())))));
        assertEquals(List.of(), store.linksTo(List.of(LinkTarget.evidence(e2.id()))));
        assertEquals(List.of(), store.linksTo(List.of()));
    }

    // ================================================================ policy

    @Test
    public void shelfLivesAreSetGloballyAndPerProjectAndClearedWithNull() {
        assertEquals(FreshnessPolicy.defaults(), store.policies().forProject(null));
        assertEquals(FreshnessPolicy.defaults(), store.policies().forProject("BILL"));

        store.setShelfLife(null, SourceKind.INTERVIEW, 200, "admin");
        store.setShelfLife("BILL", SourceKind.INTERVIEW, 100, "admin");
        store.setShelfLife("BILL", SourceKind.SURVEY, 50, "rita");
        FreshnessPolicies policies = store.policies();
        assertEquals(200, policies.forProject(null).shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(365, policies.forProject(null).shelfLifeDays(SourceKind.SURVEY));
        assertEquals(100, policies.forProject("BILL").shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(50, policies.forProject("BILL").shelfLifeDays(SourceKind.SURVEY));
        assertEquals(120, policies.forProject("BILL").shelfLifeDays(SourceKind.USABILITY_TEST));
        assertEquals(200, policies.forProject("DEMO").shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(Map.of(SourceKind.INTERVIEW, 200), policies.globalOverrides());
        assertEquals(Map.of(SourceKind.INTERVIEW, 100, SourceKind.SURVEY, 50), policies.projectOverrides("BILL"));

        store.setShelfLife(null, SourceKind.INTERVIEW, 250, "admin");
        store.setShelfLife("BILL", SourceKind.INTERVIEW, null, "admin");
        assertEquals(250, store.policies().forProject("BILL").shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(50, store.policies().forProject("BILL").shelfLifeDays(SourceKind.SURVEY));
        store.setShelfLife(null, SourceKind.INTERVIEW, null, "admin");
        assertEquals(365, store.policies().forProject(null).shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(Map.of(), store.policies().globalOverrides());
        store.setShelfLife("BILL", SourceKind.SURVEY, null, "rita");
        assertEquals(FreshnessPolicy.defaults(), store.policies().forProject("BILL"));

        List<String> audit = store.auditLog();
        assertEquals(audit.toString(), 7, audit.size());
        for (String entry : audit) {
            String[] fields = entry.split("\\|", -1);
            assertEquals("action|subject|actor|instant: " + entry, 4, fields.length);
            assertEquals(entry, "SET_SHELF_LIFE", fields[0]);
            Instant.parse(fields[3]);
        }
        String newest = audit.get(0);
        assertTrue(newest, newest.split("\\|")[1].contains("BILL") && newest.contains("SURVEY") && newest.split("\\|")[2].equals("rita"));
        String oldest = audit.get(6);
        assertTrue(oldest, oldest.split("\\|")[1].contains("INTERVIEW") && oldest.contains("200") && oldest.split("\\|")[2].equals("admin"));
        assertTrue(audit.get(1), audit.get(1).contains("INTERVIEW") && !audit.get(1).contains("BILL"));
    }

    @Test
    public void agingThresholdsAreSetGloballyAndPerProjectAndClearedWithNull() {
        assertEquals(75, store.policies().forProject("BILL").agingFromPercent());
        store.setAgingThreshold(null, 60, "admin");
        store.setAgingThreshold("BILL", 90, "rita");
        FreshnessPolicies policies = store.policies();
        assertEquals(60, policies.forProject(null).agingFromPercent());
        assertEquals(60, policies.forProject("DEMO").agingFromPercent());
        assertEquals(90, policies.forProject("BILL").agingFromPercent());
        assertEquals(Integer.valueOf(90), policies.agingOverride("BILL"));
        store.setAgingThreshold("BILL", 85, "rita");
        assertEquals("set again: one row, changed", 85, store.policies().forProject("BILL").agingFromPercent());
        assertEquals(2, ao.count(com.empathyevidence.storage.AgingThresholdEntity.class));
        store.setAgingThreshold("BILL", null, "rita");
        assertEquals("cleared: the global one", 60, store.policies().forProject("BILL").agingFromPercent());
        store.setAgingThreshold(null, null, "admin");
        assertEquals(FreshnessPolicy.defaults(), store.policies().forProject("BILL"));
        List<String> audit = store.auditLog();
        assertEquals(audit.toString(), 5, audit.size());
        assertTrue(audit.get(0), audit.get(0).startsWith("SET_AGING_THRESHOLD|*=default|admin|"));
        assertTrue(audit.get(4), audit.get(4).startsWith("SET_AGING_THRESHOLD|*=60|admin|"));
    }

    /**
     * An instance upgraded from a release without aging thresholds: its database has no AGING_THRESHOLD table until
     * the upgrade's migrate makes it; its shelf lives stay, and evidence is aging from 75 % until an admin changes it.
     */
    @Test
    public void anInstanceUpgradedFromBeforeAgingThresholdsKeepsSeventyFivePercent() {
        WorkbenchActiveObjects former = openEmptyDatabase(testName.getMethodName() + "_former");
        @SuppressWarnings("unchecked")
        Class<? extends net.java.ao.RawEntity<?>>[] before = Stream.of(descriptorEntities())
                .filter(t -> t != com.empathyevidence.storage.AgingThresholdEntity.class).toArray(Class[]::new);
        assertEquals(descriptorEntities().length - 1, before.length);
        former.migrate(before);
        new AoEvidenceStore(former).setShelfLife("BILL", SourceKind.INTERVIEW, 200, "admin");

        former.migrate(descriptorEntities());
        AoEvidenceStore migrated = new AoEvidenceStore(former);
        FreshnessPolicies policies = migrated.policies();
        assertEquals(200, policies.forProject("BILL").shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(75, policies.forProject("BILL").agingFromPercent());
        assertEquals(75, policies.forProject(null).agingFromPercent());
        assertEquals(150, policies.forProject("BILL").agingFromDays(SourceKind.INTERVIEW));
        migrated.setAgingThreshold("BILL", 50, "admin");
        assertEquals(100, migrated.policies().forProject("BILL").agingFromDays(SourceKind.INTERVIEW));
    }

    // ================================================================ erasure

    @Test
    public void erasureRedactsEveryQuoteOfTheParticipantAndKeepsEverythingElse() {
        Participant p = store.createParticipant("P-9", "Enterprise", "Controller", true);
        Evidence quote1 = ev().text("My manager Sandra blames me for the late invoices").alias("P-9").persona("ACC").tags("blame").create();
        Evidence quote2 = ev().text("I cry on closing day").alias("P-9").persona("ACC").create();
        Evidence observation = ev().text("Kept a paper ledger next to the laptop").kind(EvidenceKind.OBSERVATION).alias("P-9").persona("ACC").create();
        Evidence otherQuote = ev().text("Sandra is great").alias("P-10").persona("ACC").create();
        MapItem pain = store.createMapItem("ACC", Section.PAINS, "Blamed for late invoices");
        store.back(pain.id(), quote1.id());
        store.link("DEMO-1", LinkTarget.evidence(quote1.id()), Relation.SUPPORTS, "pm", null);
        store.link("DEMO-1", LinkTarget.mapItem(pain.id()), Relation.ADDRESSES, "pm", null);
        List<IssueLink> linksBefore = store.links("DEMO-1");
        Map<Long, List<Long>> backingBefore = store.backing("ACC");
        Instant before = Instant.now();

        int redacted = store.eraseParticipant(p.id(), "dpo");
        Instant after = Instant.now();

        assertEquals(2, redacted);
        for (Evidence q : List.of(quote1, quote2)) {
            Evidence read = store.evidence(q.id()).orElseThrow();
            assertEquals(Erasure.REDACTED_TEXT, read.text());
            assertTrue(read.redacted());
            assertEquals(p.id(), read.participant().id());
            assertEquals(q.observedOn(), read.observedOn());
            assertEquals(q.createdAt(), read.createdAt());
        }
        Evidence obs = store.evidence(observation.id()).orElseThrow();
        assertEquals("Kept a paper ledger next to the laptop", obs.text());
        assertFalse(obs.redacted());
        Evidence untouched = store.evidence(otherQuote.id()).orElseThrow();
        assertEquals(otherQuote, untouched);

        Participant erased = store.participants().stream().filter(x -> x.id() == p.id()).findFirst().orElseThrow();
        assertEquals(new Participant(p.id(), "ERASED-" + p.id(), null, null, true, true), erased);
        assertEquals(Erasure.anonymousAlias(p.id()), erased.alias());
        assertEquals(erased, obs.participant());
        assertTrue(store.participant("P-9").isEmpty());

        assertEquals(linksBefore, store.links("DEMO-1"));
        assertEquals(backingBefore, store.backing("ACC"));
        assertEquals(4, store.search(query().persona("ACC").build()).total());
        assertEquals(0, store.search(query().text("cry").build()).total());
        assertEquals(0, store.search(query().text("blame").build()).total());
        assertEquals(List.of(otherQuote.id()), ids(store.search(query().text("sandra").build())));
        assertEquals(2, store.linkedToIssue("DEMO-1").evidence().size() + store.linkedToIssue("DEMO-1").mapItems().size());

        List<String> audit = store.auditLog();
        assertEquals(audit.toString(), 1, audit.size());
        String entry = audit.get(0);
        String prefix = "ERASE_PARTICIPANT|participant:" + p.id() + "|dpo|";
        assertTrue(entry, entry.startsWith(prefix));
        Instant at = Instant.parse(entry.substring(prefix.length()));
        assertFalse(at.isBefore(before));
        assertFalse(at.isAfter(after));
        for (String secret : List.of("P-9", "Sandra", "cry", "Enterprise", "Controller")) {
            assertFalse(entry + " leaks " + secret, entry.contains(secret));
        }

        assertEquals("erasing again finds nothing left to redact", 0, store.eraseParticipant(p.id(), "dpo"));
    }

    @Test
    public void erasingAnUnknownParticipantIsNotFoundAndAuditsNothing() {
        Participant p = store.createParticipant("P-1", "SMB", null, true);

        expect(Problem.Kind.NOT_FOUND, "empathy.error.participantNotFound", () -> store.eraseParticipant(p.id() + 1000, "dpo"));

        assertEquals(List.of(), store.auditLog());
        assertEquals(p, store.participant("P-1").orElseThrow());
    }

    // ================================================================ statement counts (no N+1)

    @Test
    public void linkedToIssuesReadsManyIssuesAtOnceAsLinkedToIssueReadsEach() {
        Evidence a = ev().text("For one").alias("P-1").create();
        Evidence b = ev().text("For both").alias("P-2").create();
        MapItem pain = store.createMapItem("ACC", Section.PAINS, "Chases statements");
        store.back(pain.id(), b.id());
        store.link("DEMO-1", LinkTarget.evidence(a.id()), Relation.SUPPORTS, "pm", null);
        store.link("DEMO-1", LinkTarget.mapItem(pain.id()), Relation.ADDRESSES, "pm", "the pain");
        store.link("DEMO-2", LinkTarget.evidence(b.id()), Relation.CONTRADICTS, "sam", null);

        Map<String, IssueLinks> many = store.linkedToIssues(List.of("DEMO-1", "DEMO-2", "DEMO-9"));

        assertEquals(List.of("DEMO-1", "DEMO-2", "DEMO-9"), new ArrayList<>(many.keySet()));
        assertEquals(store.linkedToIssue("DEMO-1"), many.get("DEMO-1"));
        assertEquals(store.linkedToIssue("DEMO-2"), many.get("DEMO-2"));
        assertEquals(List.of(b.id()), many.get("DEMO-1").mapItems().get(0).backing().stream().map(Evidence::id).toList());
        assertEquals(Relation.CONTRADICTS, many.get("DEMO-2").evidence().get(0).relation());
        assertEquals(new IssueLinks(List.of(), List.of()), many.get("DEMO-9"));
    }

    @Test
    public void manyPiecesAreReadAtOnceInIdOrder() {
        Evidence first = ev().text("First of two").create();
        Evidence second = ev().text("Second of two").create();
        assertEquals(List.of(store.evidence(first.id()).orElseThrow(), store.evidence(second.id()).orElseThrow()),
                store.evidence(List.of(second.id(), 4_294_967_297L, first.id(), 999_999L)));
        assertEquals(List.of(), store.evidence(List.<Long>of()));
    }

    @Test
    public void aParticipantsEvidenceAndTheMapItemsItBacksAreFound() {
        Evidence one = ev().text("One of hers").alias("P-7").create();
        Evidence two = ev().text("Another of hers").alias("P-7").create();
        Evidence other = ev().text("Someone else's").alias("P-8").create();
        MapItem backedByHer = store.createMapItem("ACC", Section.PAINS, "Loses drafts");
        MapItem backedByOther = store.createMapItem("ACC", Section.GAINS, "Saves time");
        store.back(backedByHer.id(), two.id());
        store.back(backedByOther.id(), other.id());
        long her = store.participant("P-7").orElseThrow().id();

        assertEquals(List.of(one.id(), two.id()), store.evidenceIdsOfParticipant(her));
        assertEquals(List.of(backedByHer.id()), store.mapItemsBackedBy(store.evidenceIdsOfParticipant(her)));
        assertEquals(List.of(), store.mapItemsBackedBy(List.of()));
    }

    @Test
    public void searchTextsWrittenBeforeTitlesAndAliasesCountedCatchUpOnce() {
        Evidence e = ev().text("Month end is a long slog").alias("P-77").title("Winter diary study").create();
        // as a row stored by an earlier version wrote it: the text and tags only
        com.empathyevidence.storage.EvidenceEntity row = ao.get(com.empathyevidence.storage.EvidenceEntity.class, (int) e.id());
        row.setSearchText("month end is a long slog");
        row.save();
        assertEquals(0, store.search(query().text("winter diary").build()).total());
        assertEquals(0, store.search(query().text("p-77").build()).total());

        assertEquals(1, store.refreshSearchTexts());

        assertEquals(1, store.search(query().text("winter diary").build()).total());
        assertEquals(1, store.search(query().text("p-77").build()).total());
        assertEquals("a second pass has nothing left to do", 0, store.refreshSearchTexts());
    }

    @Test
    public void linkedToIssueRunsTheSameNumberOfStatementsFor3And60Links() {
        buildIssue("SMALL-1", 1, 2);
        buildIssue("LARGE-1", 30, 30);

        SqlCount small = count(() -> {
            IssueLinks l = store.linkedToIssue("SMALL-1");
            assertEquals(1, l.evidence().size());
            assertEquals(2, l.mapItems().size());
            assertEquals(2, l.mapItems().get(0).backing().size());
            return l;
        });
        SqlCount large = count(() -> {
            IssueLinks l = store.linkedToIssue("LARGE-1");
            assertEquals(30, l.evidence().size());
            assertEquals(30, l.mapItems().size());
            l.mapItems().forEach(m -> assertEquals(2, m.backing().size()));
            return l;
        });
        report("linkedToIssue, 3 links", small);
        report("linkedToIssue, 60 links", large);
        assertTrue("statements were counted: " + small, small.count() > 0);
        assertEquals("statements for 3 links " + small + "\nvs 60 links " + large, small.count(), large.count());
    }

    @Test
    public void thePersonaMapRunsTheSameNumberOfStatementsFor5And100PiecesOfEvidence() {
        buildPersona("SMALL", 5);
        buildPersona("BIG", 100);

        SqlCount small = count(() -> readMap("SMALL", 5));
        SqlCount big = count(() -> readMap("BIG", 100));
        report("persona map, 5 pieces of evidence", small);
        report("persona map, 100 pieces of evidence", big);
        assertTrue("statements were counted: " + small, small.count() > 0);
        assertEquals("statements for 5 " + small + "\nvs 100 " + big, small.count(), big.count());
    }

    /** An issue linking {@code evidenceLinks} pieces of evidence and {@code itemLinks} map items, each backed twice. */
    private void buildIssue(String issueKey, int evidenceLinks, int itemLinks) {
        String persona = issueKey.replace("-1", "");
        for (int i = 0; i < evidenceLinks; i++) {
            Evidence e = ev().text(issueKey + " direct " + i).alias(issueKey + ".d" + i).persona(persona).create();
            store.reconfirm(e.id(), LocalDate.of(2024, 2, 1), null, "rita");
            store.link(issueKey, LinkTarget.evidence(e.id()), i % 3 == 0 ? Relation.CONTRADICTS : Relation.SUPPORTS, "pm", null);
        }
        for (int i = 0; i < itemLinks; i++) {
            MapItem item = store.createMapItem(persona, Section.PAINS, issueKey + " pain " + i);
            for (int j = 0; j < 2; j++) {
                Evidence e = ev().text(issueKey + " backing " + i + "." + j).alias(issueKey + ".b" + i + "." + j).persona(persona).create();
                store.reconfirm(e.id(), LocalDate.of(2024, 3, 1), "ok", "rita");
                store.back(item.id(), e.id());
            }
            store.link(issueKey, LinkTarget.mapItem(item.id()), Relation.ADDRESSES, "pm", null);
        }
    }

    /** A persona with {@code evidence} pieces of evidence, a map item per five of them backed by those five, links. */
    private void buildPersona(String persona, int evidence) {
        MapItem item = null;
        for (int i = 0; i < evidence; i++) {
            if (i % 5 == 0) {
                item = store.createMapItem(persona, Section.values()[i / 5 % Section.values().length], persona + " item " + i);
                store.link(persona + "-1", LinkTarget.mapItem(item.id()), Relation.ADDRESSES, "pm", null);
            }
            Evidence e = ev().text(persona + " evidence " + i).alias(persona + ".p" + i).persona(persona).create();
            store.reconfirm(e.id(), LocalDate.of(2024, 2, 1), null, "rita");
            store.back(item.id(), e.id());
            store.link(persona + "-2", LinkTarget.evidence(e.id()), Relation.SUPPORTS, "pm", null);
        }
    }

    private Object readMap(String persona, int evidence) {
        List<Evidence> all = store.forPersona(persona);
        assertEquals(evidence, all.size());
        all.forEach(e -> assertNotNull(e.participant()));
        List<MapItem> items = store.mapItems(persona);
        assertEquals(evidence / 5, items.size());
        Map<Long, List<Long>> backing = store.backing(persona);
        assertEquals(evidence, backing.values().stream().mapToInt(List::size).sum());
        List<LinkTarget> targets = new ArrayList<>();
        items.forEach(i -> targets.add(LinkTarget.mapItem(i.id())));
        all.forEach(e -> targets.add(LinkTarget.evidence(e.id())));
        assertEquals(evidence + evidence / 5, store.linksTo(targets).size());
        return items;
    }

    // ================================================================ documented limits, at their maximum

    /**
     * {@code n} code points of a 4-byte character (two UTF-16 units each): the longest value a limit counted in code
     * points allows, and the one a column sized in UTF-16 units or bytes refuses first.
     */
    private static String emoji(int n, String emoji) {
        return emoji.repeat(n);
    }

    /** Ten different tags of 40 code points each, of a 4-byte letter (U+1D400, a letter as tags require). */
    private static List<String> longestTags(char first) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < Limits.TAGS_MAX; i++) {
            tags.add((char) (first + i) + "\uD835\uDC00".repeat(Limits.TAG_MAX - 1));
        }
        tags.forEach(t -> assertEquals(Limits.TAG_MAX, t.codePointCount(0, t.length())));
        return tags;
    }

    private static String longestLink(String path) {
        String start = "https://example.com/" + path + "/";
        return start + "x".repeat(Limits.LINK_MAX - start.length());
    }

    @Test
    public void evidenceAtEveryDocumentedMaximumIsCreatedUpdatedAndReadBackExactly() {
        String persona = "A" + "B".repeat(Limits.PERSONA_KEY_MAX - 1);
        String alias = "P" + "1".repeat(Limits.ALIAS_MAX - 1);
        NewEvidence longest = new NewEvidence(emoji(Limits.TEXT_MAX, "\uD83D\uDE00"), EvidenceKind.QUOTE, Section.PAINS,
                new Source(SourceKind.USABILITY_TEST, emoji(Limits.SOURCE_TITLE_MAX, "\uD83C\uDFAC"), longestLink("a"),
                        Limits.MOMENT_MAX_SECONDS), alias, emoji(Limits.SEGMENT_MAX, "\uD83C\uDFE2"), persona,
                "P" + "2".repeat(19), JAN_10, "pm", longestTags('a'));
        longest.validate(LocalDate.of(2030, 1, 1));

        Evidence created = store.createEvidence(longest);

        Evidence read = store.evidence(created.id()).orElseThrow();
        assertEquals(longest.text(), read.text());
        assertEquals(longest.source(), read.source());
        assertEquals(longest.tags(), read.tags());
        assertEquals(longest.participantSegment(), read.participant().segment());
        assertEquals(persona, read.personaKey());
        assertEquals(longest.projectKey(), read.projectKey());
        assertEquals(List.of(created.id()), ids(store.search(query().text(longest.tags().get(9)).build())));

        EvidenceChanges changes = new EvidenceChanges(emoji(Limits.TEXT_MAX, "\uD83D\uDE21"), EvidenceKind.OBSERVATION, Section.DOES,
                new Source(SourceKind.SURVEY, emoji(Limits.SOURCE_TITLE_MAX, "\uD83D\uDCCB"), longestLink("b"), 0),
                "Q" + "3".repeat(Limits.ALIAS_MAX - 1), persona, JAN_10, longestTags('k'), 1, "pm");
        changes.validate(LocalDate.of(2030, 1, 1), longest.projectKey());
        store.updateEvidence(created.id(), changes);

        Evidence updated = store.evidence(created.id()).orElseThrow();
        assertEquals(changes.text(), updated.text());
        assertEquals(changes.source(), updated.source());
        assertEquals(changes.tags(), updated.tags());
        assertEquals(changes.participantAlias(), updated.participantAlias());
        assertEquals(2, updated.version());
    }

    @Test
    public void aRetireReasonAReconfirmationNoteAndALinkNoteAtTheirMaximumAreStored() {
        Evidence e = ev().create();
        String reason = emoji(Limits.REASON_MAX, "\uD83D\uDDD1");
        String note = emoji(Limits.NOTE_MAX, "\uD83D\uDCDD");

        store.retire(e.id(), reason, null, "pm");
        Reconfirmation confirmed = store.reconfirm(e.id(), JAN_10, note, "pm");
        store.link("LIM-1", LinkTarget.evidence(e.id()), Relation.SUPPORTS, "pm", note);

        assertEquals(reason, store.evidence(e.id()).orElseThrow().retiredReason());
        assertEquals(note, store.reconfirmations(e.id()).get(0).note());
        assertEquals(confirmed, store.reconfirmations(e.id()).get(0));
        assertEquals(note, store.links("LIM-1").get(0).note());
    }

    @Test
    public void personasParticipantsAndMapItemsAtTheirMaximumAreStored() {
        String key = "Z" + "9".repeat(Limits.PERSONA_KEY_MAX - 1);
        Persona persona = new Persona(key, emoji(Limits.PERSONA_NAME_MAX, "\uD83E\uDDD1"), emoji(Limits.DESCRIPTION_MAX, "\uD83D\uDCD6"));
        store.savePersona(persona);
        assertEquals(persona, store.persona(key).orElseThrow());

        String alias = "P" + "0".repeat(Limits.ALIAS_MAX - 1);
        Participant p = store.createParticipant(alias, emoji(Limits.SEGMENT_MAX, "\uD83C\uDFED"), emoji(Limits.ROLE_MAX, "\uD83D\uDC69"), true);
        assertEquals(p, store.participant(alias).orElseThrow());
        Participant changed = store.updateParticipant(p.id(), emoji(Limits.SEGMENT_MAX, "\uD83C\uDFEC"), emoji(Limits.ROLE_MAX, "\uD83D\uDC68"), false, p.version());
        assertEquals(changed, store.participant(alias).orElseThrow());
        assertEquals(emoji(Limits.ROLE_MAX, "\uD83D\uDC68"), changed.role());

        String statement = emoji(Limits.STATEMENT_MAX, "\uD83D\uDE29");
        MapItem item = store.createMapItem(key, Section.PAINS, statement);
        assertEquals(statement, store.mapItem(item.id()).orElseThrow().statement());
        String other = emoji(Limits.STATEMENT_MAX, "\uD83D\uDE0A");
        store.updateMapItem(item.id(), Section.GAINS, other);
        assertEquals(other, store.mapItems(key).get(0).statement());
    }

    @Test
    public void anImportOfRowsAtEveryMaximumIsStored() {
        NewEvidence longest = new NewEvidence(emoji(Limits.TEXT_MAX, "\uD83D\uDE00"), EvidenceKind.QUOTE, Section.PAINS,
                new Source(SourceKind.USABILITY_TEST, emoji(Limits.SOURCE_TITLE_MAX, "\uD83C\uDFAC"), longestLink("c"), 7),
                "P" + "4".repeat(Limits.ALIAS_MAX - 1), emoji(Limits.SEGMENT_MAX, "\uD83C\uDFE2"), null, "DEMO", JAN_10, "pm",
                longestTags('a'));

        EvidenceStore.Imported imported = store.importEvidence(List.of(longest, longest));

        for (Long id : imported.evidenceIds()) {
            Evidence read = store.evidence(id).orElseThrow();
            assertEquals(longest.text(), read.text());
            assertEquals(longest.source(), read.source());
            assertEquals(longest.tags(), read.tags());
            assertEquals(longest.participantSegment(), read.participant().segment());
        }
        assertEquals(1, imported.participantsCreated());
    }

    /**
     * A database that the former schema created (before the columns above were widened) is migrated as the hosts
     * migrate it on upgrade: the same {@code migrate} of the descriptor's entities, which alters the changed columns.
     * Its rows stay, and the longest values fit afterwards.
     */
    @Test
    public void aDatabaseOfTheFormerSchemaIsMigratedKeepingItsRows() {
        WorkbenchActiveObjects former = openEmptyDatabase(testName.getMethodName() + "_former");
        former.migrate(FormerSchema.over(descriptorEntities()));
        AoEvidenceStore formerStore = new AoEvidenceStore(former);
        Evidence old = formerStore.createEvidence(new NewEvidence("Old quote", EvidenceKind.QUOTE, Section.SAYS,
                new Source(SourceKind.INTERVIEW, "Old title", null, null), "P-OLD", "Old segment", null, "DEMO", JAN_10, "pm",
                List.of("old")));
        formerStore.retire(old.id(), "Old reason", null, "pm");
        MapItem oldItem = formerStore.createMapItem("ACC", Section.PAINS, "Old statement");
        try {
            formerStore.createMapItem("ACC", Section.PAINS, emoji(Limits.STATEMENT_MAX, "\uD83D\uDE29"));
            throw new AssertionError("the former schema was expected to refuse a 300-emoji statement");
        } catch (RuntimeException expected) {
            // the former VARCHAR(255) column
        }

        former.migrate(descriptorEntities());
        AoEvidenceStore migrated = new AoEvidenceStore(former);

        Evidence kept = migrated.evidence(old.id()).orElseThrow();
        assertEquals("Old quote", kept.text());
        assertEquals("Old title", kept.source().title());
        assertEquals(List.of("old"), kept.tags());
        assertEquals("Old reason", kept.retiredReason());
        assertEquals("Old statement", migrated.mapItem(oldItem.id()).orElseThrow().statement());
        String statement = emoji(Limits.STATEMENT_MAX, "\uD83D\uDE29");
        assertEquals(statement, migrated.mapItem(migrated.createMapItem("ACC", Section.PAINS, statement).id()).orElseThrow().statement());
        Evidence longest = migrated.createEvidence(new NewEvidence("New", EvidenceKind.QUOTE, Section.SAYS,
                new Source(SourceKind.INTERVIEW, emoji(Limits.SOURCE_TITLE_MAX, "\uD83C\uDFAC"), null, null), null, null, null, "DEMO",
                JAN_10, "pm", longestTags('a')));
        migrated.retire(longest.id(), emoji(Limits.REASON_MAX, "\uD83D\uDDD1"), null, "pm");
        Evidence read = migrated.evidence(longest.id()).orElseThrow();
        assertEquals(emoji(Limits.SOURCE_TITLE_MAX, "\uD83C\uDFAC"), read.source().title());
        assertEquals(longestTags('a'), read.tags());
        assertEquals(emoji(Limits.REASON_MAX, "\uD83D\uDDD1"), read.retiredReason());
        assertEquals(List.of(longest.id()), ids(migrated.search(query().text(longestTags('a').get(3)).build())));
        former.migrate(descriptorEntities());
        assertEquals("a second migrate (every later start) changes nothing", read, migrated.evidence(longest.id()).orElseThrow());
    }

    // ================================================================ concurrency

    @Test
    public void simultaneousLinksOfOnePairLeaveExactlyOneLink() throws Exception {
        Evidence e = ev().create();

        List<Outcome<IssueLink>> outcomes = race(i -> store.link("RACE-1", LinkTarget.evidence(e.id()), Relation.SUPPORTS, "user" + i, null));

        assertOneWinner(outcomes, "empathy.error.duplicateLink");
        assertEquals(1, store.links("RACE-1").size());
        assertEquals(1, ao.count(IssueLinkEntity.class, "LINK_KEY = ?", LinkTarget.evidence(e.id()).linkKey("RACE-1")));
        assertEquals(winner(outcomes).id(), store.links("RACE-1").get(0).id());
    }

    @Test
    public void simultaneousReconfirmationsAreAllRecordedAndTheLatestWins() throws Exception {
        Evidence e = ev().observed(JAN_10).create();
        int[] dayOffsets = {17, 3, 40, 22, 9, 31, 5, 12};

        List<Outcome<Reconfirmation>> outcomes = race(i -> store.reconfirm(e.id(), JAN_10.plusDays(dayOffsets[i]), "note " + i, "user" + i));

        outcomes.forEach(o -> assertNull(String.valueOf(o.error()), o.error()));
        List<Reconfirmation> history = store.reconfirmations(e.id());
        assertEquals(THREADS, history.size());
        assertEquals(Set.of("note 0", "note 1", "note 2", "note 3", "note 4", "note 5", "note 6", "note 7"),
                history.stream().map(Reconfirmation::note).collect(Collectors.toSet()));
        assertEquals(JAN_10.plusDays(40), history.get(0).confirmedOn());
        assertEquals(JAN_10.plusDays(40), store.evidence(e.id()).orElseThrow().lastReconfirmedOn());
    }

    @Test
    public void simultaneousUpdatesFromOneVersionHaveExactlyOneWinner() throws Exception {
        Evidence e = ev().text("Original").alias("P-0").create();

        List<Outcome<Evidence>> outcomes = race(i -> store.updateEvidence(e.id(), new EvidenceChanges("Text of writer " + i,
                e.kind(), e.section(), e.source(), "P-W" + i, e.personaKey(), e.observedOn(), List.of(), 1, "user" + i)));

        assertOneWinner(outcomes, "empathy.error.staleVersion");
        Evidence won = winner(outcomes);
        Evidence stored = store.evidence(e.id()).orElseThrow();
        assertEquals(2, stored.version());
        assertEquals(won.text(), stored.text());
        assertEquals(won.updatedBy(), stored.updatedBy());
        assertEquals("user" + won.text().substring("Text of writer ".length()), stored.updatedBy());
        assertEquals(won.participantAlias(), stored.participantAlias());
        assertEquals("the losers created no participants", Set.of("P-0", won.participantAlias()),
                store.participants().stream().map(Participant::alias).collect(Collectors.toSet()));
    }

    @Test
    public void aCreateThatFailsLeavesNoNewParticipantBehind() {
        // The database refuses the evidence row (TEXT is NOT NULL) after the new participant was inserted.
        NewEvidence refused = new NewEvidence(null, EvidenceKind.QUOTE, Section.SAYS, new Source(SourceKind.OTHER, null, null, null),
                "P-GHOST", "Ghosts", null, "DEMO", JAN_10, "pm");

        try {
            store.createEvidence(refused);
            throw new AssertionError("the create should have failed");
        } catch (RuntimeException expected) {
            assertFalse(expected instanceof Problem);
        }

        assertTrue("the participant of a failed create is rolled back", store.participant("P-GHOST").isEmpty());
        assertEquals(List.of(), store.participants());
        assertEquals(0, store.search(query().build()).total());
    }

    @Test
    public void simultaneousCreatesOfOneNewParticipantAllSucceedWithOneParticipant() throws Exception {
        List<Outcome<Evidence>> outcomes = race(i -> ev().text("Said by the newcomer " + i).alias("P-NEWCOMER").segment("S" + i).create());

        outcomes.forEach(o -> assertNull(String.valueOf(o.error()), o.error()));
        assertEquals(1, store.participants().size());
        long participant = store.participant("P-NEWCOMER").orElseThrow().id();
        outcomes.forEach(o -> assertEquals(participant, o.value().participant().id()));
        assertEquals(THREADS, store.search(query().alias("P-NEWCOMER").build()).total());
    }

    @Test
    public void simultaneousRetiresOfOnePieceHaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 3; round++) {
            Evidence e = ev().create();

            List<Outcome<Evidence>> outcomes = race(i -> store.retire(e.id(), "Reason " + i, null, "user" + i));

            assertOneWinner(outcomes, "empathy.error.alreadyRetired");
            Evidence stored = store.evidence(e.id()).orElseThrow();
            assertEquals(EvidenceStatus.RETIRED, stored.status());
            assertEquals(2, stored.version());
            assertEquals(winner(outcomes).retiredReason(), stored.retiredReason());
            assertEquals("user" + stored.retiredReason().substring("Reason ".length()), stored.updatedBy());
        }
        Evidence once = ev().create();
        store.retire(once.id(), "Once", null, "pm");
        expect(Problem.Kind.CONFLICT, "empathy.error.alreadyRetired", () -> store.retire(once.id(), "Twice", null, "pm"));
        assertEquals("Once", store.evidence(once.id()).orElseThrow().retiredReason());
    }

    @Test
    public void simultaneousCreatesOfOnePersonaKeyHaveExactlyOneWinnerAndOverwriteNothing() throws Exception {
        List<Outcome<Persona>> outcomes = race(i -> store.createPersona(new Persona("RACE", "Writer " + i, "Described by writer " + i)));

        assertOneWinner(outcomes, "empathy.error.personaTaken");
        assertEquals(winner(outcomes), store.persona("RACE").orElseThrow());
        assertEquals(1, store.personas().size());
        expect(Problem.Kind.CONFLICT, "empathy.error.personaTaken", () -> store.createPersona(new Persona("RACE", "Late", "")));
        assertEquals(winner(outcomes), store.persona("RACE").orElseThrow());
    }

    /** Whether some session of this database is waiting for a lock that another one holds. */
    protected abstract boolean someoneWaitsForALock(java.sql.Connection connection) throws java.sql.SQLException;

    /**
     * A real deadlock with another writer: that writer (plain JDBC) locks the evidence row, the retirement claims the
     * next version and waits for the row, then the writer inserts the same claim. The database breaks the cycle by
     * rolling one of them back. If it picks the retirement, the store runs it again instead of failing; either way
     * the retirement succeeds once the writer has rolled back, and nobody gets a server error. (PostgreSQL detects the
     * cycle; H2 ends it with a lock timeout, which the store treats the same way.)
     */
    @Test
    public void aDeadlockWithAnotherWriterIsRetriedInsteadOfFailing() throws Exception {
        Evidence e = ev().create();
        String prefix = com.empathyevidence.workbench.AoDatabase.tablePrefix(TestDatabases.NAMESPACE);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (java.sql.Connection other = ao.entityManager().getProvider().getConnection();
             java.sql.Connection watcher = ao.entityManager().getProvider().getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("UPDATE \"" + prefix + "EVIDENCE\" SET \"SOURCE_MOMENT\" = 1 WHERE \"ID\" = ?")) {
                lock.setInt(1, (int) e.id());
                assertEquals(1, lock.executeUpdate());
            }
            Future<Evidence> retire = pool.submit(() -> store.retire(e.id(), "Deadlocked", null, "pm"));
            for (int i = 0; i < 600 && !someoneWaitsForALock(watcher); i++) {
                assertFalse("the retirement ended without waiting for the row lock", retire.isDone());
                Thread.sleep(50);
            }
            assertTrue("the retirement waits for the row lock", someoneWaitsForALock(watcher));

            String writer;
            try (var claim = other.prepareStatement("INSERT INTO \"" + prefix + "EDIT\" (\"EDIT_KEY\", \"EVIDENCE_ID\") VALUES (?, ?)")) {
                claim.setString(1, e.id() + "|2");
                claim.setInt(2, (int) e.id());
                claim.executeUpdate();
                writer = "went through: the database rolled the retirement back";
            } catch (java.sql.SQLException victim) {
                // PostgreSQL reports a deadlock (40P01); H2 gives up waiting with a lock timeout (HYT00) or a cancel (57014)
                assertTrue("the other writer was rolled back to break a deadlock, not " + victim.getSQLState() + ": " + victim,
                        victim.getSQLState() != null && (victim.getSQLState().startsWith("40") || victim.getSQLState().equals("HYT00")
                                // H2 under load: the blocked statement is cancelled by the pool's query timeout first
                                || victim.getSQLState().equals("57014")));
                writer = "was rolled back";
            }
            other.rollback();

            Evidence retired = retire.get(60, TimeUnit.SECONDS);
            assertEquals("the other writer " + writer, EvidenceStatus.RETIRED, retired.status());
            assertEquals(2, retired.version());
            assertEquals("Deadlocked", store.evidence(e.id()).orElseThrow().retiredReason());
            assertNull("nothing of the rolled-back writer is left", store.evidence(e.id()).orElseThrow().source().momentSeconds());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void interleavedLinkUnlinkLinkNeverLeavesADuplicate() throws Exception {
        Evidence e = ev().create();
        LinkTarget target = LinkTarget.evidence(e.id());
        String key = target.linkKey("RACE-2");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger worstSeen = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                worstSeen.accumulateAndGet(ao.count(IssueLinkEntity.class, "LINK_KEY = ?", key), Math::max);
            }
        });
        watcher.start();
        List<Outcome<Integer>> outcomes;
        try {
            outcomes = race(i -> {
                int linked = 0;
                for (int round = 0; round < 10; round++) {
                    linked += tryLink("RACE-2", target, "user" + i);
                    store.unlink("RACE-2", target);
                    linked += tryLink("RACE-2", target, "user" + i);
                }
                return linked;
            });
        } finally {
            running.set(false);
            watcher.join(10_000);
        }

        outcomes.forEach(o -> {
            if (o.error() != null) {
                throw new AssertionError("link/unlink failed with something other than a conflict", o.error());
            }
        });
        assertTrue("some links succeeded", outcomes.stream().mapToInt(Outcome::value).sum() > 0);
        int rows = ao.count(IssueLinkEntity.class, "LINK_KEY = ?", key);
        assertTrue("rows: " + rows, rows <= 1);
        // Never a duplicate, by either index. (On embedded H2, about one run in eight, a count by LINK_KEY right after
        // the race has read 0 while a read by ISSUE_KEY found the one row: both at most one, which is what matters
        // here; PostgreSQL's run of this contract sees them equal.)
        assertTrue("links: " + store.links("RACE-2"), store.links("RACE-2").size() <= 1);
        assertTrue("never more than one row at a time, saw " + worstSeen.get(), worstSeen.get() <= 1);
        store.unlink("RACE-2", target);
        store.link("RACE-2", target, Relation.SUPPORTS, "pm", null);
        assertEquals(1, store.links("RACE-2").size());
    }

    @Test
    public void anErasureRacingWithEditsLeavesEveryQuoteRedacted() throws Exception {
        Participant p = store.createParticipant("P-5", "SMB", "Owner", true);
        List<Evidence> quotes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            quotes.add(ev().text("Secret words " + i).alias("P-5").create());
        }

        List<Outcome<Object>> outcomes = race(i -> {
            if (i == 0) {
                return store.eraseParticipant(p.id(), "dpo");
            }
            Evidence q = quotes.get(i % quotes.size());
            return store.updateEvidence(q.id(), changesOf(q, "Edited secret " + i, 1, "user" + i));
        });

        assertEquals("the erasure itself succeeds", null, outcomes.get(0).error());
        for (Outcome<Object> o : outcomes.subList(1, outcomes.size())) {
            if (o.error() != null && !(o.error() instanceof Problem problem && problem.kind() == Problem.Kind.CONFLICT)) {
                throw new AssertionError("an edit failed with something other than a conflict", o.error());
            }
        }
        for (Evidence q : quotes) {
            Evidence read = store.evidence(q.id()).orElseThrow();
            assertEquals(Erasure.REDACTED_TEXT, read.text());
            assertTrue(read.redacted());
        }
        assertEquals(0, store.search(query().text("secret").build()).total());
    }

    @Test
    public void anEditOfARedactedQuoteKeepsItRedacted() {
        Participant p = store.createParticipant("P-6", null, null, true);
        Evidence quote = ev().text("Secret words").alias("P-6").create();
        store.eraseParticipant(p.id(), "dpo");
        Evidence redacted = store.evidence(quote.id()).orElseThrow();

        Evidence edited = store.updateEvidence(quote.id(), changesOf(redacted, "Secret words again", redacted.version(), "pm"));

        assertEquals(Erasure.REDACTED_TEXT, edited.text());
        assertTrue(edited.redacted());
        assertEquals(0, store.search(query().text("secret").build()).total());
    }

    private int tryLink(String issueKey, LinkTarget target, String user) {
        try {
            store.link(issueKey, target, Relation.SUPPORTS, user, null);
            return 1;
        } catch (Problem p) {
            assertEquals(Problem.Kind.CONFLICT, p.kind());
            assertEquals("empathy.error.duplicateLink", p.messageKey());
            return 0;
        }
    }

    /** What one racing thread got: a value or the exception it threw. */
    protected record Outcome<T>(T value, Throwable error) {
    }

    /** Runs {@code action} on {@link #THREADS} threads released at once by a start gate. */
    protected <T> List<Outcome<T>> race(IntFunction<T> action) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return action.apply(n);
                }));
            }
            assertTrue("threads ready", ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    outcomes.add(new Outcome<>(f.get(60, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a racing thread did not finish in 60 s", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> void assertOneWinner(List<Outcome<T>> outcomes, String conflictKey) {
        int won = 0;
        for (Outcome<T> o : outcomes) {
            if (o.error() == null) {
                won++;
            } else if (!(o.error() instanceof Problem p && p.kind() == Problem.Kind.CONFLICT && conflictKey.equals(p.messageKey()))) {
                throw new AssertionError("expected success or CONFLICT " + conflictKey + ", got " + o.error(), o.error());
            }
        }
        assertEquals("exactly one of " + THREADS + " succeeds", 1, won);
    }

    private static <T> T winner(List<Outcome<T>> outcomes) {
        return outcomes.stream().filter(o -> o.error() == null).findFirst().orElseThrow().value();
    }

    // ================================================================ helpers: statements

    /** Statements counted while running one action. */
    protected record SqlCount(int count, List<String> statements) {
        @Override
        public String toString() {
            return count + " statements:\n  " + String.join("\n  ", statements);
        }
    }

    protected SqlCount count(java.util.function.Supplier<?> action) {
        List<String> statements = new CopyOnWriteArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        DatabaseProvider provider = ao.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            action.get();
        } finally {
            provider.removeSqlListener(listener);
        }
        return new SqlCount(statements.size(), List.copyOf(statements));
    }

    private void report(String what, SqlCount count) {
        System.out.printf("[%s] %s: %d SQL statements%n", getClass().getSimpleName(), what, count.count());
    }

    // ================================================================ helpers: entities

    private static Class<? extends RawEntity<?>>[] descriptorEntities;

    /** The entities of the descriptor's {@code <ao>} module, read once. */
    protected static synchronized Class<? extends RawEntity<?>>[] descriptorEntities() {
        if (descriptorEntities == null) {
            descriptorEntities = readDescriptorEntities();
        }
        return descriptorEntities.clone();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] readDescriptorEntities() {
        List<Class<? extends RawEntity<?>>> classes = new ArrayList<>();
        for (String name : PluginDescriptor.load().aoEntities) {
            try {
                classes.add((Class<? extends RawEntity<?>>) Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new AssertionError("<ao> entity " + name + " is not in the plugin jar", e);
            }
        }
        return classes.toArray(new Class[0]);
    }

    /** Every class of the storage package, from the plugin jar (or its classes directory). */
    private static List<Class<?>> storageClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        String packagePath = AoEvidenceStore.class.getPackageName().replace('.', '/') + "/";
        Path location = Path.of(AoEvidenceStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(packagePath))) {
                files.map(p -> packagePath + p.getFileName()).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    names.add(entry.getName());
                }
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(packagePath) && name.endsWith(".class") && name.indexOf('/', packagePath.length()) < 0) {
                classes.add(Class.forName(name.substring(0, name.length() - 6).replace('/', '.')));
            }
        }
        return classes;
    }

    // ================================================================ helpers: data

    private static Problem expect(Problem.Kind kind, String messageKey, Runnable action) {
        try {
            action.run();
        } catch (Problem p) {
            assertEquals("kind of " + p.messageKey(), kind, p.kind());
            assertEquals(messageKey, p.messageKey());
            return p;
        }
        throw new AssertionError("expected a " + kind + " problem " + messageKey);
    }

    private static void assertBacking(Map<Long, Set<Long>> expected, Map<Long, List<Long>> actual) {
        Map<Long, Set<Long>> asSets = new HashMap<>();
        actual.forEach((item, evidence) -> {
            asSets.put(item, new HashSet<>(evidence));
            assertEquals("no duplicates in " + evidence, new HashSet<>(evidence).size(), evidence.size());
        });
        assertEquals(expected, asSets);
    }

    private void assertFound(Map<String, Long> fixture, String expected, Q query) {
        Page<Evidence> page = store.search(query.build());
        Set<Long> want = new HashSet<>(idsOf(fixture, expected));
        Map<Long, String> names = new HashMap<>();
        fixture.forEach((k, v) -> names.put(v, k));
        assertEquals(query.build() + " found " + ids(page).stream().map(names::get).toList(), want, new HashSet<>(ids(page)));
        assertEquals(want.size(), page.total());
        assertEquals(want.size(), page.items().size());
    }

    private static List<Long> idsOf(Map<String, Long> fixture, String letters) {
        return letters.chars().mapToObj(c -> fixture.get(String.valueOf((char) c))).toList();
    }

    private static List<Long> ids(Page<Evidence> page) {
        return page.items().stream().map(Evidence::id).toList();
    }

    private static Map<Long, Evidence> byId(Collection<Evidence> evidence) {
        return evidence.stream().collect(Collectors.toMap(Evidence::id, e -> e));
    }

    private static EvidenceChanges changesOf(Evidence e, String text, int expectedVersion, String by) {
        return new EvidenceChanges(text, e.kind(), e.section(), e.source(), e.participantAlias(), e.personaKey(), e.observedOn(),
                e.tags(), expectedVersion, by);
    }

    protected Ev ev() {
        return new Ev();
    }

    /** A piece of evidence to create, with defaults for everything not under test. */
    protected final class Ev {
        private String text = "Evidence text";
        private EvidenceKind kind = EvidenceKind.QUOTE;
        private Section section = Section.SAYS;
        private SourceKind sourceKind = SourceKind.INTERVIEW;
        private String title = "Interviews";
        private String alias;
        private String segment;
        private String persona;
        private String project = "DEMO";
        private LocalDate observed = JAN_10;
        private List<String> tags = List.of();

        Ev text(String v) { text = v; return this; }
        Ev kind(EvidenceKind v) { kind = v; return this; }
        Ev section(Section v) { section = v; return this; }
        Ev sourceKind(SourceKind v) { sourceKind = v; return this; }
        Ev title(String v) { title = v; return this; }
        Ev alias(String v) { alias = v; return this; }
        Ev segment(String v) { segment = v; return this; }
        Ev persona(String v) { persona = v; return this; }
        Ev project(String v) { project = v; return this; }
        Ev observed(LocalDate v) { observed = v; return this; }
        Ev tags(String... v) { tags = List.of(v); return this; }

        Evidence create() {
            return store.createEvidence(new NewEvidence(text, kind, section, new Source(sourceKind, title, null, null), alias, segment,
                    persona, project, observed, "pm", tags));
        }
    }

    private static Q query() {
        return new Q();
    }

    /** An {@link EvidenceQuery} under construction. */
    private static final class Q {
        private String text;
        private String persona;
        private Section section;
        private SourceKind sourceKind;
        private String project;
        private String alias;
        private LocalDate from;
        private LocalDate to;
        private EvidenceStatus status;
        private EvidenceQuery.Sort sort = EvidenceQuery.Sort.OBSERVED_DESC;
        private int offset;
        private int limit = 100;

        Q text(String v) { text = v; return this; }
        Q persona(String v) { persona = v; return this; }
        Q section(Section v) { section = v; return this; }
        Q sourceKind(SourceKind v) { sourceKind = v; return this; }
        Q project(String v) { project = v; return this; }
        Q alias(String v) { alias = v; return this; }
        Q from(LocalDate v) { from = v; return this; }
        Q to(LocalDate v) { to = v; return this; }
        Q status(EvidenceStatus v) { status = v; return this; }
        Q sort(EvidenceQuery.Sort v) { sort = v; return this; }
        Q page(int o, int l) { offset = o; limit = l; return this; }

        EvidenceQuery build() {
            return new EvidenceQuery(text, persona, section, sourceKind, project, alias, from, to, status, sort, offset, limit);
        }
    }

    // ---------------------------------------------------------------- issue 12: consent, participant versions, erasure leaves a tombstone

    @Test
    public void consentIsStoredAsAnsweredVersionsGuardUpdatesAndErasureLeavesATombstoneAndNoLinkOrMoment() {
        com.empathyevidence.domain.Source recording = new com.empathyevidence.domain.Source(SourceKind.USABILITY_TEST, "Session 7",
                "https://recordings.example.com/7", 1312);
        Evidence quote = store.createEvidence(new NewEvidence("Said it", com.empathyevidence.domain.EvidenceKind.QUOTE, Section.PAINS, recording,
                "P-T1", "SMB", null, "DEMO", LocalDate.of(2024, 3, 1), "pm", List.of(), false));
        Evidence seen = store.createEvidence(new NewEvidence("Did it", com.empathyevidence.domain.EvidenceKind.OBSERVATION, Section.DOES, recording,
                "P-T1", null, null, "DEMO", LocalDate.of(2024, 3, 1), "pm", List.of(), true));
        Participant p = store.participant("P-T1").orElseThrow();
        assertFalse("consent as answered by the first piece that created the participant", p.consent());
        assertEquals(1, p.version());

        Participant changed = store.updateParticipant(p.id(), "Enterprise", null, true, 1);
        assertEquals(2, changed.version());
        assertTrue(changed.consent());
        expect(Problem.Kind.CONFLICT, "empathy.error.staleParticipant", () -> store.updateParticipant(p.id(), "Lost", null, false, 1));
        assertEquals("Enterprise", store.participant("P-T1").orElseThrow().segment());

        assertEquals(Map.of(), store.erasedAliases(List.of("P-T1")));
        store.eraseParticipant(p.id(), "admin");
        for (Evidence e : List.of(store.evidence(quote.id()).orElseThrow(), store.evidence(seen.id()).orElseThrow())) {
            assertNull(e.source().link());
            assertNull(e.source().momentSeconds());
            assertEquals("Session 7", e.source().title());
        }
        assertEquals(Map.of("P-T1", LocalDate.now(java.time.ZoneOffset.UTC)), store.erasedAliases(List.of("P-T1", "P-NONE")));
        assertTrue(store.participant("P-T1").isEmpty());
    }
}
