package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.app.IssueRef;
import com.empathyevidence.app.MapGroupStore;
import com.empathyevidence.app.PersonaMapService;
import com.empathyevidence.app.Today;
import com.empathyevidence.app.ValidationTasks;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceChanges;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.ValidationTask;
import com.empathyevidence.rest.PersonaMapJson;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.AoMapGroups;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import net.java.ao.DatabaseProvider;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * The map from stored groups ({@link PersonaMapService} over {@link AoMapGroups}) on real Active Objects, the same
 * assertions on every database: on random personas, with random writes of every kind between views (new, edited,
 * moved, retired pieces; re-confirmations; back, unback; links to pieces and items made, changed and removed; items
 * added, moved, deleted; imports; participants changed and erased; shelf lives set) and days moving forward, for
 * viewers who may see less and for project filters, exactly the map of the full path (every piece loaded and assessed),
 * compared as the JSON the macro gets with {@code quotes=10&unsorted=10} (or fewer); days moving forward by 1 to 1,500
 * without a write recompute no group (the stored facts are brought to the day) and still give the full map; and the
 * same statements for 12 and for 2,000 pieces once the groups are current.
 */
public abstract class MapGroupsContract {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final String[] PROJECTS = {"DEMO", "BILL", "SECRET", null};
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Rule
    public final TestName testName = new TestName();

    protected WorkbenchActiveObjects ao;
    private EvidenceStore store;
    private FakeAccessPolicy viewer;
    private LocalDate today;
    private PersonaMapService groups;
    private PersonaMapService full;
    private ValidationTasks validation;

    /** A new, empty database (no tables) for one test. */
    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    @Before
    public final void freshMigratedDatabase() {
        ao = openEmptyDatabase("groups_" + testName.getMethodName());
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        store = new AoEvidenceStore(ao);
        viewer = new FakeAccessPolicy(MapGroupsContract::issue);
        today = DAY;
        Today clock = new Today() {
            @Override
            public LocalDate get() {
                return today;
            }
        };
        validation = new com.empathyevidence.storage.AoValidationTasks(ao);
        groups = new PersonaMapService(store, viewer, clock, validation, new AoMapGroups(ao), null);
        full = new PersonaMapService(store, viewer, clock, validation);
    }

    @Test
    public void theMapFromGroupsRunsTheSameStatementsFor12And2000PiecesOnceTheGroupsAreCurrent() {
        build("SMALL", 12, 40);
        build("BIG", 2000, 40);
        groups.map("SMALL", Set.of(), 10, 10);
        groups.map("BIG", Set.of(), 10, 10);
        List<String> small = statements(() -> groups.map("SMALL", Set.of(), 10, 10));
        List<String> big = statements(() -> groups.map("BIG", Set.of(), 10, 10));
        System.out.printf("[%s] map from groups: %d statements for 12 pieces, %d for 2,000 (40 items)%n", getClass().getSimpleName(),
                small.size(), big.size());
        assertTrue("statements were counted", small.size() > 0);
        assertEquals("statements for 12 " + small + "\nvs 2,000 " + big, small.size(), big.size());
        assertTrue("a fixed handful, not one per piece or per item: " + big.size(), big.size() <= 16);
        assertEquals(json(full, "BIG", Set.of(), 10, 10), json(groups, "BIG", Set.of(), 10, 10));
    }

    @Test
    public void aWriteThatLandsBetweenTheTokenReadAndTheSaveLeavesTheGroupDirty() {
        build("RACE", 12, 3);
        String before = json(groups, "RACE", Set.of(), 10, 10); // every group current
        AoMapGroups stored = new AoMapGroups(ao);
        MapGroupStore.Stored row = stored.groups("RACE").stream().filter(r -> r.itemId() == 0 && r.section() == Section.SAYS)
                .findFirst().orElseThrow();
        assertTrue(row.current(stored.stamp(), today));
        String token = stored.dirtyToken(row.rowId()); // a recompute reads the token, then the pieces ...
        store.createEvidence(new NewEvidence("Landed in between", EvidenceKind.QUOTE, Section.SAYS,
                new Source(SourceKind.INTERVIEW, "Interview", null, null), null, null, "RACE", "DEMO", DAY, "pm", List.of()));
        // ... and stores what it read before the write, with the token it read before the write
        List<String> save = statements(() -> stored.saveClean(row.rowId(), token, row.stamp(), row.group()));
        assertTrue("the save updates the row: " + save, save.stream().anyMatch(s -> s.toUpperCase().startsWith("UPDATE")));
        assertTrue("the save's update never names the dirty token: " + save, save.stream()
                .filter(s -> s.toUpperCase().startsWith("UPDATE")).noneMatch(s -> s.toUpperCase().contains("DIRTY_TOKEN")));
        MapGroupStore.Stored after = stored.groups("RACE").stream().filter(r -> r.rowId() == row.rowId()).findFirst().orElseThrow();
        assertTrue("the save never writes the dirty token", !after.current(stored.stamp(), today));
        String expected = json(full, "RACE", Set.of(), 10, 10);
        assertTrue("the new piece is on the map", !expected.equals(before) && expected.contains("Landed in between"));
        assertEquals("the next view recomputes the group", expected, json(groups, "RACE", Set.of(), 10, 10));
    }

    @Test
    public void onRandomPersonasWithRandomWritesBetweenViewsTheMapFromGroupsIsTheFullMap() {
        int compared = 0;
        int shown = 0;
        int withHidden = 0;
        for (int seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed * 7919L);
            String persona = "RND" + seed;
            randomPersona(persona, random);
            today = DAY;
            for (int view = 0; view < 12; view++) {
                if (view > 0) {
                    int writes = 1 + random.nextInt(3);
                    for (int w = 0; w < writes; w++) {
                        randomWrite(persona, random);
                    }
                }
                if (random.nextInt(3) == 0) {
                    today = today.plusDays(random.nextInt(4) == 0 ? 1 + random.nextInt(200) : 1 + random.nextInt(5));
                }
                viewer.projects.clear();
                for (String p : new String[] {"DEMO", "BILL", "SECRET"}) {
                    if (random.nextInt(3) > 0) {
                        viewer.projects.add(p);
                    }
                }
                viewer.hiddenIssues.clear();
                for (int k = 1; k <= 9; k++) {
                    if (random.nextInt(4) == 0) {
                        viewer.hiddenIssues.add("DEMO-" + k);
                    }
                }
                Set<String> filter = new HashSet<>();
                if (random.nextInt(3) == 0) {
                    filter.add(PROJECTS[random.nextInt(3)]);
                    if (random.nextBoolean()) {
                        filter.add(PROJECTS[random.nextInt(3)]);
                    }
                }
                int quotes = random.nextInt(3) == 0 ? random.nextInt(10) : 10;
                int unsorted = random.nextInt(3) == 0 ? random.nextInt(10) : 10;
                String expected = json(full, persona, filter, quotes, unsorted);
                String actual = json(groups, persona, filter, quotes, unsorted);
                assertEquals("seed " + seed + ", view " + view + " (today " + today + ", viewer " + viewer.projects + ", filter "
                        + filter + ", quotes " + quotes + ", unsorted " + unsorted + ")", expected, actual);
                compared++;
                shown += expected.startsWith("problem") ? 0 : 1;
                withHidden += expected.startsWith("problem") || expected.contains("\"hidden\" : 0,") ? 0 : 1;
            }
        }
        assertEquals(72, compared);
        assertTrue("maps shown: " + shown, shown >= 40);
        assertTrue("maps with hidden evidence: " + withHidden, withHidden >= 10);
    }

    @Test
    public void daysMovingForwardWithoutWritesRecomputeNoGroupAndTheMapIsStillTheFullMap() {
        Random random = new Random(4242);
        List<String> personas = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            randomPersona("DAYS" + seed, random);
            personas.add("DAYS" + seed);
        }
        build("DAYSBIG", 2000, 40); // ages spread over 700 days: pieces turn aging or stale on most days
        personas.add("DAYSBIG");
        today = DAY;
        for (String persona : personas) {
            assertEquals(json(full, persona, Set.of(), 10, 10), json(groups, persona, Set.of(), 10, 10)); // every group current
        }
        int compared = 0;
        for (int days : new int[] {1, 7, 45, 200, 400, 401, 1500}) {
            today = DAY.plusDays(days);
            for (String persona : personas) {
                for (int view = 0; view < 3; view++) {
                    viewer.projects.clear();
                    for (String p : new String[] {"DEMO", "BILL", "SECRET"}) {
                        if (view == 0 || random.nextInt(3) > 0) {
                            viewer.projects.add(p);
                        }
                    }
                    Set<String> filter = new HashSet<>(view == 2 ? List.of(PROJECTS[random.nextInt(3)]) : List.of());
                    String expected = json(full, persona, filter, 10, 10);
                    String[] actual = new String[1];
                    List<String> sql = statements(() -> actual[0] = json(groups, persona, filter, 10, 10));
                    assertEquals(persona + " on " + today + " (viewer " + viewer.projects + ", filter " + filter + ")", expected, actual[0]);
                    assertEquals(persona + " on " + today + ": no group recomputed (stored), yet " + recomputes(sql), List.of(), recomputes(sql));
                    compared++;
                }
            }
        }
        assertEquals(7 * 4 * 3, compared);
        // what counts a recompute sees one: a write marks its group, the next view recomputes and stores it
        viewer.projects.addAll(Set.of("DEMO", "BILL"));
        store.createEvidence(randomPiece("DAYSBIG", random, 99));
        List<String> sql = statements(() -> json(groups, "DAYSBIG", Set.of(), 10, 10));
        assertTrue("the marked group is recomputed and stored: " + sql, !recomputes(sql).isEmpty());
        assertEquals(json(full, "DAYSBIG", Set.of(), 10, 10), json(groups, "DAYSBIG", Set.of(), 10, 10));
    }

    /** The statements of a view that store a recomputed group (its row created or its facts saved). */
    private static List<String> recomputes(List<String> sql) {
        return sql.stream().map(s -> s.toUpperCase(java.util.Locale.ROOT))
                .filter(s -> (s.startsWith("UPDATE") || s.startsWith("INSERT")) && s.contains("MAP_GROUP")).toList();
    }

    private String json(PersonaMapService service, String persona, Set<String> filter, int quotes, int unsorted) {
        try {
            return JSON.writeValueAsString(PersonaMapJson.of(service.map(persona, filter, quotes, unsorted), today, quotes, unsorted));
        } catch (Problem problem) {
            return "problem " + problem.kind();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- data

    private NewEvidence randomPiece(String persona, Random random, int k) {
        SourceKind[] kinds = SourceKind.values();
        String project = PROJECTS[random.nextInt(PROJECTS.length)];
        String alias = random.nextInt(5) == 0 ? null : persona + "-P" + random.nextInt(7);
        LocalDate observed = DAY.minusDays(random.nextInt(4) == 0 ? 100 : random.nextInt(720) - 10);
        return new NewEvidence(persona + " quote " + k, EvidenceKind.QUOTE, Section.values()[random.nextInt(Section.values().length)],
                new Source(kinds[random.nextInt(kinds.length)], "Source " + k, null, null), alias,
                random.nextBoolean() ? "Segment " + random.nextInt(3) : null, persona, project, observed, "pm", List.of());
    }

    /** A persona with random pieces over random items; shelf lives changed at random (they hold for every persona). */
    private void randomPersona(String persona, Random random) {
        store.savePersona(new Persona(persona, persona + " name", "About " + persona));
        List<MapItem> items = new ArrayList<>();
        int itemCount = 2 + random.nextInt(9);
        for (int k = 0; k < itemCount; k++) {
            items.add(store.createMapItem(persona, Section.values()[random.nextInt(Section.values().length)], persona + " item " + k));
        }
        SourceKind[] kinds = SourceKind.values();
        store.setShelfLife(null, kinds[random.nextInt(kinds.length)], 30 + random.nextInt(400), "admin");
        store.setShelfLife("DEMO", kinds[random.nextInt(kinds.length)], 20 + random.nextInt(400), "admin");
        store.setShelfLife("BILL", kinds[random.nextInt(kinds.length)], 1 + random.nextInt(60), "admin");
        int n = 20 + random.nextInt(60);
        for (int k = 0; k < n; k++) {
            Evidence e = store.createEvidence(randomPiece(persona, random, k));
            if (random.nextInt(3) == 0) {
                store.reconfirm(e.id(), e.observedOn().plusDays(random.nextInt(300) - 50), null, "pm");
            }
            if (random.nextInt(10) == 0) {
                store.retire(e.id(), "Superseded", null, "pm");
            }
            int backs = random.nextInt(10) < 6 ? 1 : random.nextInt(6) == 0 ? 2 : 0;
            for (int j = 0; j < backs; j++) {
                back(items.get(random.nextInt(items.size())).id(), e.id());
            }
            if (random.nextInt(3) == 0) {
                link("DEMO-" + (1 + random.nextInt(9)), LinkTarget.evidence(e.id()), Relation.SUPPORTS);
            }
        }
        // another persona's piece on this persona's item: never counted, its links still cover the item
        Evidence foreign = store.createEvidence(new NewEvidence("Elsewhere", EvidenceKind.QUOTE, Section.SAYS,
                new Source(SourceKind.INTERVIEW, "Elsewhere", null, null), null, null, "ELSEWHERE", "DEMO", DAY, "pm", List.of()));
        back(items.get(0).id(), foreign.id());
        link("DEMO-9", LinkTarget.evidence(foreign.id()), Relation.SUPPORTS);
        for (MapItem item : items) {
            if (random.nextBoolean()) {
                link("DEMO-" + (1 + random.nextInt(9)), LinkTarget.mapItem(item.id()), Relation.ADDRESSES);
            }
        }
        // a validation task on the last item, with its ADDRESSES link
        MapItem validated = items.get(items.size() - 1);
        link("DEMO-8", LinkTarget.mapItem(validated.id()), Relation.ADDRESSES);
        validation.record(new ValidationTask("DEMO-8", validated.id(), "pm", Instant.parse("2026-05-01T10:00:00Z")));
    }

    /** One write of a random kind, of everything the map is drawn from. */
    private void randomWrite(String persona, Random random) {
        List<Evidence> pieces = store.forPersona(persona);
        List<MapItem> items = store.mapItems(persona);
        Evidence piece = pieces.get(random.nextInt(pieces.size()));
        MapItem item = items.isEmpty() ? null : items.get(random.nextInt(items.size()));
        String issue = "DEMO-" + (1 + random.nextInt(9));
        switch (random.nextInt(17)) {
            case 0 -> store.createEvidence(randomPiece(persona, random, 1000 + random.nextInt(100000)));
            case 1 -> { // edit: text, section, project, persona, date, participant may all move
                NewEvidence d = randomPiece(random.nextInt(8) == 0 ? "RND" + (1 + random.nextInt(6)) : persona, random, 2000);
                store.updateEvidence(piece.id(), new EvidenceChanges("Edited " + random.nextInt(), d.kind(),
                        random.nextBoolean() ? d.section() : piece.section(), d.source(), d.participantAlias(), d.personaKey(),
                        random.nextBoolean() ? d.observedOn() : piece.observedOn(), List.of(), piece.version(), "pm"));
            }
            case 2 -> {
                if (piece.isActive()) {
                    store.retire(piece.id(), "Superseded", null, "pm");
                }
            }
            case 3 -> store.reconfirm(piece.id(), today.minusDays(random.nextInt(200)), "still true", "pm");
            case 4, 5 -> {
                if (item != null) {
                    back(item.id(), piece.id());
                }
            }
            case 6 -> {
                if (item != null) {
                    store.unback(item.id(), piece.id());
                }
            }
            case 7 -> link(issue, LinkTarget.evidence(piece.id()), Relation.values()[random.nextInt(Relation.values().length)]);
            case 8 -> {
                if (!store.unlink(issue, LinkTarget.evidence(piece.id())) && item != null) {
                    link(issue, LinkTarget.mapItem(item.id()), Relation.ADDRESSES);
                }
            }
            case 9 -> {
                if (item != null && !store.unlink(issue, LinkTarget.mapItem(item.id()))) {
                    link(issue, LinkTarget.mapItem(item.id()), Relation.SUPPORTS);
                }
            }
            case 10 -> store.createMapItem(persona, Section.values()[random.nextInt(Section.values().length)], "New item " + random.nextInt());
            case 11 -> {
                if (item != null) {
                    store.updateMapItem(item.id(), Section.values()[random.nextInt(Section.values().length)], "Moved " + item.statement());
                }
            }
            case 12 -> {
                if (item != null && items.size() > 2) {
                    store.deleteMapItem(item.id());
                }
            }
            case 13 -> store.importEvidence(List.of(randomPiece(persona, random, 3000), randomPiece(persona, random, 3001)));
            case 14 -> {
                if (piece.participant() != null) {
                    Evidence fresh = store.evidence(piece.id()).orElseThrow();
                    if (fresh.participant() != null && !fresh.participant().erased()) {
                        if (random.nextInt(4) == 0) {
                            store.eraseParticipant(fresh.participant().id(), "admin");
                        } else {
                            store.updateParticipant(fresh.participant().id(), "Segment " + random.nextInt(5), "Role", true,
                                    fresh.participant().version());
                        }
                    }
                }
            }
            case 15 -> store.setShelfLife(random.nextBoolean() ? null : PROJECTS[random.nextInt(3)],
                    SourceKind.values()[random.nextInt(SourceKind.values().length)], 10 + random.nextInt(400), "admin");
            default -> {
                try {
                    store.relink(issue, LinkTarget.evidence(piece.id()), Relation.values()[random.nextInt(Relation.values().length)], "pm");
                } catch (Problem notLinked) {
                    link(issue, LinkTarget.evidence(piece.id()), Relation.CONTRADICTS);
                }
            }
        }
    }

    private void back(long itemId, long evidenceId) {
        try {
            store.back(itemId, evidenceId);
        } catch (Problem already) {
            // backs it already
        }
    }

    private void link(String issue, LinkTarget target, Relation relation) {
        try {
            store.link(issue, target, relation, "pm", null);
        } catch (Problem already) {
            // linked already
        }
    }

    /** {@code items} items, {@code n} pieces in DEMO and BILL, three in four on an item, links, re-confirmations. */
    private void build(String persona, int n, int itemCount) {
        store.savePersona(new Persona(persona, persona + " name", "About " + persona));
        List<MapItem> items = new ArrayList<>();
        for (int k = 0; k < itemCount; k++) {
            items.add(store.createMapItem(persona, Section.values()[k % Section.values().length], persona + " item " + k));
        }
        SourceKind[] kinds = SourceKind.values();
        List<NewEvidence> drafts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            drafts.add(new NewEvidence(persona + " quote " + k, EvidenceKind.QUOTE, Section.values()[k % Section.values().length],
                    new Source(kinds[k % kinds.length], "Interview", null, null), persona + "-P" + (k % 50), "Segment", persona,
                    k % 4 == 0 ? "BILL" : "DEMO", DAY.minusDays(k % 700), "pm", List.of()));
        }
        List<Long> ids = store.importEvidence(drafts).evidenceIds();
        for (int k = 0; k < n; k++) {
            long id = ids.get(k);
            if (k % 4 != 3) {
                store.back(items.get(k % itemCount).id(), id);
            }
            if (k % 5 == 0) {
                store.reconfirm(id, DAY.minusDays(k % 30), null, "pm");
            }
            if (k % 7 == 0) {
                store.link("DEMO-" + (1 + k % 9), LinkTarget.evidence(id), Relation.SUPPORTS, "pm", null);
            }
        }
        store.link("DEMO-7", LinkTarget.mapItem(items.get(0).id()), Relation.ADDRESSES, "pm", null);
        viewer.hiddenIssues.add("DEMO-3");
    }

    private List<String> statements(Supplier<?> action) {
        List<String> statements = new CopyOnWriteArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        DatabaseProvider provider = ao.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            action.get();
        } finally {
            provider.removeSqlListener(listener);
        }
        return List.copyOf(statements);
    }

    /** An issue as the viewer sees it: DEMO-1 to DEMO-3 are done, the rest open. */
    private static IssueRef issue(String issueKey) {
        boolean done = issueKey.compareTo("DEMO-4") < 0;
        return new IssueRef(issueKey, "Summary of " + issueKey, done ? "Done" : "Backlog",
                FakeAccessPolicy.projectOf(issueKey), done ? "done" : "new", done ? DAY.minusDays(3) : null);
    }
}
