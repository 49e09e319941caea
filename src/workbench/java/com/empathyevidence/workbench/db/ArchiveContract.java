package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.empathyevidence.app.ArchiveStore;
import com.empathyevidence.app.ArchiveZip;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AoArchiveStore;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.EvidenceEntity;
import com.empathyevidence.workbench.DemoData;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * The full archive on real storage (one subclass per database): an instance filled through the app's own store with
 * everything it keeps is exported, imported into a second, empty database, and exported again; the two archives are
 * the same file by file (the manifest apart from {@code exportedAt}), and the second instance reads the same.
 */
public abstract class ArchiveContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Rule
    public final TestName testName = new TestName();

    /** A new, empty database (no tables). */
    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    private WorkbenchActiveObjects migrated(String suffix) {
        WorkbenchActiveObjects ao = openEmptyDatabase(testName.getMethodName() + "_" + suffix);
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        return ao;
    }

    /** Everything the app keeps, made as users make it: demo data, edits, retirements, erasure, policy, undo data. */
    private static void fill(WorkbenchActiveObjects ao, EvidenceStore store) {
        new DemoData(store, TODAY).seed();
        Evidence a = store.createEvidence(new NewEvidence("Re-keys \"every\" invoice \u2014 \u00e9t\u00e9 \uD83D\uDE00", EvidenceKind.QUOTE,
                Section.PAINS, new Source(SourceKind.INTERVIEW, "Call 7", "https://example.com/rec/7", 95), "P-ARCH-1", "SMB",
                "ACC", "DEMO", LocalDate.of(2025, 3, 4), "pm", List.of("invoices", "manual"), false));
        Evidence b = store.createEvidence(new NewEvidence("Successor piece", EvidenceKind.OBSERVATION, Section.DOES,
                new Source(SourceKind.USAGE_ANALYTICS, null, null, null), null, null, "ACC", "BILL", LocalDate.of(2026, 6, 1), "admin", List.of()));
        Evidence gone = store.createEvidence(new NewEvidence("Will leave a gap in the ids", EvidenceKind.QUOTE, Section.SAYS,
                new Source(SourceKind.OTHER, null, null, null), null, null, null, "DEMO", LocalDate.of(2026, 1, 1), "admin", List.of()));
        ao.delete(ao.get(EvidenceEntity.class, (int) gone.id()));
        store.updateEvidence(a.id(), new com.empathyevidence.domain.EvidenceChanges("Re-keys every invoice by hand", EvidenceKind.QUOTE,
                Section.PAINS, a.source(), "P-ARCH-1", "ACC", a.observedOn(), List.of("invoices"), 1, "pm"));
        store.retire(b.id(), "Merged", a.id(), "admin");
        // owners and requests (issue 16): one request closed by the re-confirmation after it, one still open
        com.empathyevidence.storage.AoOwnerStore requests = new com.empathyevidence.storage.AoOwnerStore(ao);
        requests.request(a.id(), "Still true after the redesign?", "viewer");
        store.reconfirm(a.id(), LocalDate.of(2026, 11, 30), "Still true in the November calls", "pm");
        sleepPast(); // the open request is asked after that re-confirmation was recorded
        requests.request(a.id(), "And for the \u00e9t\u00e9 clients? \uD83D\uDE00", "pm");
        new com.empathyevidence.storage.AoOwnerStore(ao).handOver(List.of(a.id()), "admin");
        MapItem doomed = store.createMapItem("ACC", Section.GAINS, "A gap among map items");
        MapItem item = store.createMapItem("ACC", Section.PAINS, "Re-keys invoices");
        store.deleteMapItem(doomed.id());
        // versions of a persona and a map item, and a retired persona (workspace-personas)
        com.empathyevidence.storage.AoPersonaRevisions revisions = new com.empathyevidence.storage.AoPersonaRevisions(ao);
        revisions.updateMapItem(item.id(), Section.PAINS, "Re-keys invoices", 1, "pm", "Priya Patel");
        revisions.updatePersona(store.persona("ACCOUNTANT").orElseThrow(), 1, "admin", "Alex Admin");
        revisions.retire("OPS-MANAGER", new com.empathyevidence.domain.PersonaRetirement("Merged into the accountant", "admin", "Alex Admin",
                Instant.parse("2026-12-01T09:00:00Z")), null);
        store.back(item.id(), a.id());
        store.link("DEMO-2", LinkTarget.evidence(a.id()), Relation.SUPPORTS, "pm", "From the interview");
        store.link("DEMO-2", LinkTarget.mapItem(item.id()), Relation.ADDRESSES, "pm", null);
        store.link("DEMO-4", LinkTarget.evidence(b.id()), Relation.CONTRADICTS, "admin", null);
        store.unlinkForUndo("DEMO-4", LinkTarget.evidence(b.id()), "undo-token-1", "admin");
        Participant erased = store.createParticipant("P-ARCH-2", "Enterprise", "CFO", true);
        store.createEvidence(new NewEvidence("A quote to be erased", EvidenceKind.QUOTE, Section.FEELS,
                new Source(SourceKind.SURVEY, null, null, null), "P-ARCH-2", null, "ACC", "DEMO", LocalDate.of(2026, 2, 2), "pm", List.of("x")));
        store.updateParticipant(erased.id(), "Enterprise", "Controller", true, 1);
        store.eraseParticipant(erased.id(), "admin");
        store.setShelfLife(null, SourceKind.INTERVIEW, 300, "admin");
        store.setShelfLife("BILL", SourceKind.SURVEY, 200, "admin");
        // phasein (issue 16): a project's panel setting travels too
        new com.empathyevidence.storage.AoPanelSettingsStore(ao).save(new com.empathyevidence.domain.PanelSetting("BILL",
                com.empathyevidence.domain.WarningsMode.PREVIEW, true, "admin"));
        // workspace (issue 13): aging thresholds, global and per project
        store.setAgingThreshold(null, 60, "admin");
        store.setAgingThreshold("BILL", 90, "admin");
        // validation (issue 17): DEMO-2, which links the item ADDRESSES, was made from the map to validate it
        new com.empathyevidence.storage.AoValidationTasks(ao).record(new com.empathyevidence.domain.ValidationTask("DEMO-2", item.id(),
                "pm", Instant.parse("2026-12-01T09:30:00Z")));
    }

    /** Waits until the clock has moved on a millisecond, so that what is written next is recorded later. */
    private static void sleepPast() {
        Instant now = Instant.now();
        while (!Instant.now().isAfter(now)) {
            Thread.onSpinWait();
        }
    }

    private static byte[] export(ArchiveStore archive, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveZip.write(archive, out, "test", at);
        return out.toByteArray();
    }

    /** The archive's files by name; the manifest without {@code exportedAt}. */
    private static Map<String, String> files(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().equals(ArchiveZip.MANIFEST)) {
                    ObjectNode manifest = (ObjectNode) JSON.readTree(text);
                    assertTrue(manifest.has("exportedAt"));
                    manifest.remove("exportedAt");
                    text = manifest.toString();
                }
                files.put(e.getName(), text);
            }
        }
        return files;
    }

    @Test
    public void exportImportExportGivesTheSameArchiveAndTheSameInstance() throws Exception {
        WorkbenchActiveObjects aoA = migrated("a");
        EvidenceStore a = new AoEvidenceStore(aoA);
        fill(aoA, a);
        byte[] first = export(new AoArchiveStore(aoA), Instant.parse("2026-12-01T10:00:00Z"));

        WorkbenchActiveObjects aoB = migrated("b");
        // the second instance hands out other ids: its sequences have moved on before the import
        EvidenceStore b = new AoEvidenceStore(aoB);
        for (int i = 0; i < 3; i++) {
            Evidence e = b.createEvidence(new NewEvidence("Shifts the ids " + i, EvidenceKind.QUOTE, Section.SAYS,
                    new Source(SourceKind.OTHER, null, null, null), "P-SHIFT-" + i, null, null, "DEMO", TODAY, "admin", List.of()));
            aoB.delete(aoB.get(EvidenceEntity.class, (int) e.id()));
        }
        aoB.deleteWithSQL(com.empathyevidence.storage.ParticipantEntity.class, "ALIAS LIKE ?", "P-SHIFT-%");
        Map<String, Integer> imported = new AoArchiveStore(aoB).importAll(ArchiveZip.reader(new ByteArrayInputStream(first)));
        byte[] second = export(new AoArchiveStore(aoB), Instant.parse("2026-12-02T11:00:00Z"));

        Map<String, String> one = files(first);
        Map<String, String> two = files(second);
        assertEquals(List.of("personas.json", "participants.json", "evidence.json", "edits.json", "reconfirmations.json",
                "map-items.json", "backings.json", "links.json", "shelf-lives.json", "audit.json", "panel-settings.json", "aging-thresholds.json", "requests.json", "validation-tasks.json", "manifest.json"), new ArrayList<>(one.keySet()));
        assertEquals(one, two);
        assertNotEquals("the ids did change", a.search(query("re-keys every")).items().get(0).id(), b.search(query("re-keys every")).items().get(0).id());

        // the manifest counts what the files hold, and the import brought in every row
        Map<String, Object> counts = JSON.convertValue(JSON.readTree(one.get("manifest.json")).get("counts"), Map.class);
        assertEquals(counts, new LinkedHashMap<>(imported));
        assertEquals(ArchiveZip.FORMAT, JSON.readTree(one.get("manifest.json")).get("format").asText());
        for (String table : ArchiveStore.TABLES) {
            assertEquals(table, JSON.readTree(one.get(table + ".json")).size(), ((Number) counts.get(table)).intValue());
            assertTrue(table + " is empty: the fixture does not cover it", ((Number) counts.get(table)).intValue() > 0);
        }

        // the second instance reads as the first: what the app shows, apart from ids
        assertEquals(a.personas(), b.personas());
        com.empathyevidence.storage.AoPersonaRevisions revisionsB = new com.empathyevidence.storage.AoPersonaRevisions(aoB);
        assertEquals(2, revisionsB.persona("ACCOUNTANT").version());
        assertEquals("Alex Admin", revisionsB.persona("ACCOUNTANT").who());
        assertEquals(2, revisionsB.persona("OPS-MANAGER").version());
        assertEquals("Merged into the accountant", revisionsB.retirement("OPS-MANAGER").orElseThrow().reason());
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), revisionsB.retirement("OPS-MANAGER").orElseThrow().at());
        long itemB = b.mapItems("ACC").stream().filter(m -> m.statement().equals("Re-keys invoices")).findFirst().orElseThrow().id();
        assertEquals(2, revisionsB.mapItem(itemB).version());
        assertEquals("Priya Patel", revisionsB.mapItem(itemB).who());
        assertEquals(a.policies().globalOverrides(), b.policies().globalOverrides());
        assertEquals(a.policies().projectOverrides("BILL"), b.policies().projectOverrides("BILL"));
        assertEquals(Integer.valueOf(200), b.policies().projectOverrides("BILL").get(SourceKind.SURVEY));
        assertEquals(Integer.valueOf(60), b.policies().agingOverride(null));
        assertEquals(90, b.policies().forProject("BILL").agingFromPercent());
        assertEquals(60, b.policies().forProject("DEMO").agingFromPercent());
        assertEquals(a.auditLog().size(), b.auditLog().size());
        assertEquals(new com.empathyevidence.storage.AoPanelSettingsStore(aoA).all(), new com.empathyevidence.storage.AoPanelSettingsStore(aoB).all());
        assertEquals(texts(a), texts(b));
        assertEquals("the validation task comes along, on the item's new id", List.of(new com.empathyevidence.domain.ValidationTask("DEMO-2",
                itemB, "pm", Instant.parse("2026-12-01T09:30:00Z"))), new com.empathyevidence.storage.AoValidationTasks(aoB).forItems(List.of(itemB)));
        Evidence retired = b.search(new EvidenceQuery(null, null, null, null, null, null, null, null, EvidenceStatus.RETIRED, null, 0, 100))
                .items().stream().filter(e -> e.text().equals("Successor piece")).findFirst().orElseThrow();
        assertEquals("Merged", retired.retiredReason());
        assertEquals("Re-keys every invoice by hand", b.evidence(retired.successorId()).orElseThrow().text());
        Evidence keyed = b.evidence(retired.successorId()).orElseThrow();
        assertEquals(2, keyed.version());
        assertEquals(LocalDate.of(2026, 11, 30), keyed.lastReconfirmedOn());
        assertEquals("the owner named on a piece comes along (issue 16)", java.util.Map.of(keyed.id(), "admin"),
                new com.empathyevidence.storage.AoOwnerStore(aoB).namedOwners(List.of(keyed.id())));
        assertTrue(one.get("evidence.json").contains("\"owner\":\"admin\""));
        assertEquals(Integer.valueOf(95), keyed.source().momentSeconds());
        // the requests come along, the first closed by the re-confirmation after it, the second still open
        List<com.empathyevidence.domain.ReconfirmationRequest> asked = new com.empathyevidence.storage.AoOwnerStore(aoB)
                .requestsFor(List.of(keyed.id())).get(keyed.id());
        assertEquals(List.of("And for the \u00e9t\u00e9 clients? \uD83D\uDE00", "Still true after the redesign?"),
                asked.stream().map(com.empathyevidence.domain.ReconfirmationRequest::note).toList());
        List<com.empathyevidence.domain.Reconfirmation> confirmedB = b.reconfirmations(keyed.id());
        assertEquals("open", null, asked.get(0).closure(confirmedB, null, null));
        assertEquals("closed by pm's re-confirmation", "pm", asked.get(1).closure(confirmedB, null, null).by());
        assertEquals("Re-keys every invoice by hand", b.linkedToIssue("DEMO-2").evidence().stream()
                .filter(l -> "From the interview".equals(l.note())).findFirst().orElseThrow().evidence().text());
        Participant tombstone = b.participants().stream().filter(Participant::erased).findFirst().orElseThrow();
        assertEquals(com.empathyevidence.domain.Erasure.anonymousAlias(tombstone.id()), tombstone.alias());
        assertTrue(b.erasedAliases(List.of("P-ARCH-2")).containsKey("P-ARCH-2"));
        assertTrue(b.participant("P-ARCH-2").isEmpty());
    }

    private static EvidenceQuery query(String text) {
        return new EvidenceQuery(text, null, null, null, null, null, null, null, null, null, 0, 10);
    }

    private static List<String> texts(EvidenceStore store) {
        List<String> texts = new ArrayList<>();
        for (Evidence e : store.search(new EvidenceQuery(null, null, null, null, null, null, null, null, null, null, 0, 1000)).items()) {
            texts.add(e.text() + " | " + e.status() + " | " + (e.participant() == null ? "-" : e.participant().erased() ? "(erased)" : e.participant().alias()) + " | " + e.tags());
        }
        java.util.Collections.sort(texts);
        return texts;
    }

    /** The archive without these files, its manifest counting none of them: what an older version of the app wrote. */
    private static byte[] without(byte[] archive, List<String> tables) throws IOException {
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive)); ZipOutputStream out = new ZipOutputStream(older)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                String table = e.getName().substring(0, e.getName().length() - ".json".length());
                if (tables.contains(table)) {
                    continue;
                }
                if (e.getName().equals(ArchiveZip.MANIFEST)) {
                    ObjectNode manifest = (ObjectNode) JSON.readTree(bytes);
                    tables.forEach(((ObjectNode) manifest.get("counts"))::remove);
                    bytes = JSON.writeValueAsBytes(manifest);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return older.toByteArray();
    }

    @Test
    public void anArchiveMadeBeforeTheLastTablesImportsWithoutThem() throws Exception {
        WorkbenchActiveObjects aoA = migrated("a");
        EvidenceStore a = new AoEvidenceStore(aoA);
        fill(aoA, a);
        byte[] archive = export(new AoArchiveStore(aoA), Instant.now());
        // before validation tasks (issue 17), before requests (issue 16), before aging thresholds (issue 13), and before
        // panel settings too (issue 16): each older version ended its archive earlier
        List<String> optional = ArchiveStore.OPTIONAL;
        List<List<String>> olders = new ArrayList<>();
        for (int i = optional.size() - 1; i >= 0; i--) {
            olders.add(optional.subList(i, optional.size()));
        }
        for (List<String> left : olders) {
            WorkbenchActiveObjects aoB = migrated("b" + left.size());
            Map<String, Integer> imported = new AoArchiveStore(aoB).importAll(ArchiveZip.reader(new ByteArrayInputStream(without(archive, left))));
            assertEquals(left.toString(), ArchiveStore.TABLES, new ArrayList<>(imported.keySet()));
            for (String t : left) {
                assertEquals(t, Integer.valueOf(0), imported.get(t));
            }
            assertTrue(imported.get("links") > 0);
            assertEquals(0, aoB.count(com.empathyevidence.storage.ValidationTaskEntity.class));
            assertEquals(a.personas(), new AoEvidenceStore(aoB).personas());
        }
    }

    @Test
    public void anInstanceThatHoldsAnythingIsRefusedNamingWhatIsThereAndKeepsIt() {
        WorkbenchActiveObjects aoA = migrated("a");
        EvidenceStore a = new AoEvidenceStore(aoA);
        a.savePersona(new com.empathyevidence.domain.Persona("ONLY", "Only persona", null));
        byte[] archive = export(new AoArchiveStore(aoA), Instant.now());
        try {
            new AoArchiveStore(aoA).importAll(ArchiveZip.reader(new ByteArrayInputStream(archive)));
            fail("imported into a non-empty instance");
        } catch (Problem refused) {
            assertEquals(Problem.Kind.CONFLICT, refused.kind());
            assertEquals("empathy.archive.notEmpty", refused.messageKey());
            assertEquals(List.of("personas"), refused.fieldErrors().stream().map(f -> f.field()).toList());
            assertEquals(1, refused.fieldErrors().get(0).args()[0]);
        }
        assertEquals(1, a.personas().size());
    }

    @Test
    public void aDamagedArchiveImportsNothing() throws Exception {
        WorkbenchActiveObjects aoA = migrated("a");
        EvidenceStore a = new AoEvidenceStore(aoA);
        new DemoData(a, TODAY).seed();
        a.setShelfLife(null, SourceKind.SURVEY, 100, "admin");
        a.setShelfLife(null, SourceKind.SURVEY, 101, "admin");
        byte[] archive = export(new AoArchiveStore(aoA), Instant.now());
        // the same files, the audit log (the last table, so every row before it is written first) cut short by its
        // last row: the manifest's count no longer holds, and what was written is rolled back
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive)); ZipOutputStream out = new ZipOutputStream(cut)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().equals("audit.json")) {
                    List<String> lines = new ArrayList<>(List.of(text.split("\n")));
                    lines.remove(lines.size() - 2);
                    String last = lines.get(lines.size() - 2);
                    lines.set(lines.size() - 2, last.endsWith(",") ? last.substring(0, last.length() - 1) : last);
                    text = String.join("\n", lines);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        WorkbenchActiveObjects aoB = migrated("b");
        AoArchiveStore b = new AoArchiveStore(aoB);
        try {
            b.importAll(ArchiveZip.reader(new ByteArrayInputStream(cut.toByteArray())));
            fail("imported a damaged archive");
        } catch (Problem refused) {
            assertEquals("empathy.archive.counts", refused.messageKey());
            assertEquals("audit.json", refused.args()[0]);
        }
        assertTrue("nothing of it was kept: " + b.contents(), b.contents().values().stream().allMatch(n -> n == 0));
        try {
            b.importAll(ArchiveZip.reader(new ByteArrayInputStream("not a zip at all".getBytes())));
            fail("imported a file that is no archive");
        } catch (Problem refused) {
            assertEquals("empathy.archive.notAnArchive", refused.messageKey());
        }
    }

    @Test
    public void theExportReadsTheStoreInPagesNeverAllOfATable() {
        WorkbenchActiveObjects ao = migrated("a");
        EvidenceStore store = new AoEvidenceStore(ao);
        int pieces = ArchiveStore.PAGE * 2 + 7;
        List<NewEvidence> rows = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            rows.add(new NewEvidence("Piece " + i, EvidenceKind.QUOTE, Section.PAINS, new Source(SourceKind.SURVEY, null, null, null),
                    "P-" + (i % 50), null, null, "DEMO", TODAY, "admin", List.of()));
        }
        store.importEvidence(rows);
        AtomicInteger largest = new AtomicInteger();
        AtomicInteger evidenceQueries = new AtomicInteger();
        ActiveObjects counting = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(ao, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().startsWith("find") || method.getName().equals("get")) {
                        if (result != null && result.getClass().isArray()) {
                            largest.accumulateAndGet(java.lang.reflect.Array.getLength(result), Math::max);
                            evidenceQueries.addAndGet(args[0] == EvidenceEntity.class ? 1 : 0);
                        }
                    }
                    if (method.getName().equals("stream")) {
                        throw new AssertionError("stream is not used");
                    }
                    return result;
                });
        byte[] archive = export(new AoArchiveStore(counting), Instant.now());
        assertTrue("a query returned " + largest.get() + " rows", largest.get() <= ArchiveStore.PAGE);
        // ids in 3 pages, then rows in 3 pages
        assertEquals(6, evidenceQueries.get());
        try {
            assertEquals(pieces, JSON.readTree(files(archive).get("evidence.json")).size());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
