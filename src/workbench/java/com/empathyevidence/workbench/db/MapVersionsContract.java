package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.app.PersonaMapVersions;
import com.empathyevidence.app.Today;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceChanges;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.AoMapGroups;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import net.java.ao.DatabaseProvider;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * The version of a persona's map ({@link PersonaMapVersions} over the map's stored groups, {@link AoMapGroups}) on real
 * Active Objects, the same assertions on every database: a fixed number of statements whatever the number of pieces of
 * evidence once the groups are current, the same
 * version while nothing changes, and a new one after every kind of change the map is drawn from, for another viewer,
 * for another day and when what the viewer may see changes.
 */
public abstract class MapVersionsContract {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Rule
    public final TestName testName = new TestName();

    protected WorkbenchActiveObjects ao;
    private EvidenceStore store;
    private FakeAccessPolicy viewer;
    private LocalDate today;
    private PersonaMapVersions versions;

    /** A new, empty database (no tables) for one test. */
    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    @Before
    public final void freshMigratedDatabase() {
        ao = openEmptyDatabase("versions_" + testName.getMethodName());
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        store = new AoEvidenceStore(ao);
        viewer = new FakeAccessPolicy();
        today = DAY;
        versions = new PersonaMapVersions(new AoMapGroups(ao), store, viewer, new Today() {
            @Override
            public LocalDate get() {
                return today;
            }
        });
    }

    @Test
    public void theVersionRunsTheSameStatementsFor5And100PiecesOfEvidence() {
        build("SMALL", 5);
        build("BIG", 100);
        // the first version after the writes makes the map's groups current (as the first view does); then it reads them
        version("SMALL");
        version("BIG");
        List<String> small = statements(() -> version("SMALL"));
        List<String> big = statements(() -> version("BIG"));
        System.out.printf("[%s] map version: %d statements for 5 pieces, %d for 100%n", getClass().getSimpleName(), small.size(), big.size());
        assertTrue("statements were counted", small.size() > 0);
        assertEquals("statements for 5 " + small + "\nvs 100 " + big, small.size(), big.size());
        assertTrue("a handful, not one per piece: " + big, big.size() <= 5);
    }

    @Test
    public void theVersionStaysWhileNothingChangesAndChangesWithEveryChangeTheMapIsDrawnFrom() {
        List<Evidence> pieces = build("ACC", 6);
        build("OTHER", 3);
        MapItem item = store.mapItems("ACC").get(0);
        Set<String> seen = new HashSet<>();
        String v = version("ACC");
        seen.add(v);
        assertEquals("nothing changed", v, version("ACC"));
        // a change to another persona's map leaves this one's version alone
        // (an existing participant: participants are shared by all personas, and a new one is a change to every map)
        Evidence elsewhere = store.createEvidence(piece("OTHER", "Another persona's quote", "OTHER-P0"));
        store.link("DEMO-9", LinkTarget.evidence(elsewhere.id()), Relation.SUPPORTS, "pm", null);
        assertEquals("another persona's map changed, not this one", v, version("ACC"));

        List<Runnable> changes = new ArrayList<>();
        changes.add(() -> store.createEvidence(piece("ACC", "A new quote", "P-NEW")));
        changes.add(() -> {
            Evidence e = store.evidence(pieces.get(0).id()).orElseThrow();
            store.updateEvidence(e.id(), new EvidenceChanges("Edited text", e.kind(), e.section(), e.source(),
                    e.participant() == null ? null : e.participant().alias(), e.personaKey(), e.observedOn(), e.tags(), e.version(), "pm"));
        });
        changes.add(() -> store.retire(pieces.get(1).id(), "Superseded", null, "pm"));
        changes.add(() -> store.reconfirm(pieces.get(2).id(), DAY.minusDays(1), "still true", "pm"));
        changes.add(() -> store.back(item.id(), pieces.get(5).id()));
        changes.add(() -> store.unback(item.id(), pieces.get(5).id()));
        changes.add(() -> store.link("DEMO-24", LinkTarget.evidence(pieces.get(3).id()), Relation.SUPPORTS, "pm", null));
        changes.add(() -> store.relink("DEMO-24", LinkTarget.evidence(pieces.get(3).id()), Relation.CONTRADICTS, "pm"));
        changes.add(() -> store.relink("DEMO-24", LinkTarget.evidence(pieces.get(3).id()), Relation.ADDRESSES, "pm"));
        changes.add(() -> store.unlink("DEMO-24", LinkTarget.evidence(pieces.get(3).id())));
        changes.add(() -> store.link("DEMO-25", LinkTarget.mapItem(item.id()), Relation.ADDRESSES, "pm", null));
        changes.add(() -> store.relink("DEMO-25", LinkTarget.mapItem(item.id()), Relation.SUPPORTS, "pm"));
        changes.add(() -> store.unlink("DEMO-25", LinkTarget.mapItem(item.id())));
        changes.add(() -> store.updateMapItem(item.id(), Section.GAINS, item.statement()));
        changes.add(() -> store.updateMapItem(item.id(), Section.GAINS, "Reworded statement"));
        changes.add(() -> store.createMapItem("ACC", Section.FEELS, "A new item"));
        changes.add(() -> store.deleteMapItem(store.mapItems("ACC").get(store.mapItems("ACC").size() - 1).id()));
        changes.add(() -> store.savePersona(new Persona("ACC", "Amira, renamed", "The accountant")));
        changes.add(() -> store.setShelfLife(null, SourceKind.INTERVIEW, 200, "admin"));
        changes.add(() -> store.setShelfLife("DEMO", SourceKind.INTERVIEW, 100, "admin"));
        changes.add(() -> store.setShelfLife("DEMO", SourceKind.INTERVIEW, 101, "admin"));
        changes.add(() -> {
            Evidence e = store.evidence(pieces.get(4).id()).orElseThrow();
            store.updateParticipant(e.participant().id(), "Enterprise", "Owner", true, e.participant().version());
        });
        changes.add(() -> store.eraseParticipant(store.evidence(pieces.get(4).id()).orElseThrow().participant().id(), "admin"));
        changes.add(() -> today = today.plusDays(1));
        changes.add(() -> viewer.user = "viewer");
        changes.add(() -> viewer.projects.remove("BILL"));
        changes.add(() -> viewer.hiddenIssues.add("DEMO-7"));
        int n = 0;
        String previous = v;
        for (Runnable change : changes) {
            n++;
            change.run();
            String next = version("ACC");
            // (a change that undoes the one before, as unback after back, may meet an earlier version again: the same map)
            assertNotEquals("change " + n + " left the version as it was", previous, next);
            assertEquals("change " + n + ": stable afterwards", next, version("ACC"));
            seen.add(next);
            previous = next;
        }
        assertTrue("most changes make a version never seen before: " + seen.size(), seen.size() >= changes.size() - 3);
    }

    private String version(String persona) {
        return versions.version(persona, Set.of(), "quotes=10").orElseThrow(() -> new AssertionError("no version on this database"));
    }

    /** A persona with {@code n} pieces in DEMO and BILL, two items backed by them, links to items and pieces, re-confirmations. */
    private List<Evidence> build(String persona, int n) {
        store.savePersona(new Persona(persona, persona + " name", "About " + persona));
        MapItem a = store.createMapItem(persona, Section.PAINS, persona + " pain");
        MapItem b = store.createMapItem(persona, Section.GOALS, persona + " goal");
        List<Evidence> pieces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Evidence e = store.createEvidence(piece(persona, persona + " quote " + i, persona + "-P" + i));
            pieces.add(e);
            if (i % 2 == 0) {
                store.back(a.id(), e.id());
            } else if (i != n - 1) {
                store.back(b.id(), e.id());
            }
            if (i % 3 == 0) {
                store.reconfirm(e.id(), DAY.minusDays(10), null, "pm");
            }
            store.link("DEMO-" + (6 + i % 4), LinkTarget.evidence(e.id()), Relation.SUPPORTS, "pm", null);
        }
        store.link("DEMO-7", LinkTarget.mapItem(a.id()), Relation.ADDRESSES, "pm", null);
        return pieces;
    }

    private static NewEvidence piece(String persona, String text, String alias) {
        return new NewEvidence(text, EvidenceKind.QUOTE, Section.PAINS, new Source(SourceKind.INTERVIEW, "Interview", null, null), alias,
                "Small practice", persona, text.hashCode() % 2 == 0 ? "DEMO" : "BILL", DAY.minusDays(30 + Math.abs(text.hashCode() % 300)), "pm",
                List.of());
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
}
