package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.app.IssueEvidence;
import com.empathyevidence.app.IssueEvidenceService;
import com.empathyevidence.app.IssuePanel;
import com.empathyevidence.app.PanelAggregates;
import com.empathyevidence.app.Today;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.ConfidenceRule;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueTallies;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.AoPanelAggregates;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import net.java.ao.DatabaseProvider;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * The panel's aggregate path ({@link IssueEvidenceService#forPanel} over {@link AoPanelAggregates}) against the full
 * path that loads every piece ({@link IssueEvidenceService#forIssue}), on real Active Objects, the same assertions on
 * every database: randomised issues (pieces linked directly and through map items, overlapping, in four projects of
 * which the viewer may not browse one or none, retired, re-confirmed, about two personas, with project and global shelf
 * lives and aging thresholds, ages around every freshness boundary) give equal tallies, strength, confidence, warnings,
 * hidden counts, per-relation counts, named voices and rows; and the panel runs the same statements for 6 and 500 links.
 */
public abstract class PanelAggregatesContract {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final String[] PROJECTS = {"DEMO", "BILL", null, "SECRET"};
    private static final String[] SEGMENTS = {"Small practice", "Enterprise", null, "Freelance"};
    private static final String[] PERSONAS = {"ACC", "ACC", "FRE"};

    @Rule
    public final TestName testName = new TestName();

    protected WorkbenchActiveObjects ao;
    private EvidenceStore store;
    private AoPanelAggregates aggregates;
    private FakeAccessPolicy viewer;
    private IssueEvidenceService service;

    /** A new, empty database (no tables) for one test. */
    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    @Before
    public final void freshMigratedDatabase() {
        ao = openEmptyDatabase("panel_" + testName.getMethodName());
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        store = new AoEvidenceStore(ao);
        aggregates = new AoPanelAggregates(ao);
        viewer = new FakeAccessPolicy();
        Today today = new Today() {
            @Override
            public LocalDate get() {
                return DAY;
            }
        };
        service = new IssueEvidenceService(store, viewer, today, aggregates);
        store.savePersona(new Persona("ACC", "Accountant", "Runs a small practice"));
        store.savePersona(new Persona("FRE", "Freelancer", "Works alone"));
        // shelf lives of their own: a project's (one kind), and a global change
        store.setShelfLife("BILL", SourceKind.INTERVIEW, 40, "admin");
        store.setShelfLife(null, SourceKind.SURVEY, 60, "admin");
        store.setShelfLife("DEMO", SourceKind.USABILITY_TEST, 200, "admin");
        // aging thresholds of their own: global 60 %, BILL 90 % (with its own shelf life too), SECRET 50 % (none), DEMO inherits
        store.setAgingThreshold(null, 60, "admin");
        store.setAgingThreshold("BILL", 90, "admin");
        store.setAgingThreshold("SECRET", 50, "admin");
    }

    @Test
    public void randomIssuesGiveTheSameFiguresAndRowsOnBothPaths() {
        Random random = new Random(20261202L);
        for (int issue = 1; issue <= 24; issue++) {
            String key = "DEMO-" + (100 + issue);
            build(random, key, 1 + random.nextInt(issue < 20 ? 14 : 40));
            viewer.projects.clear();
            viewer.projects.addAll(issue % 3 == 0 ? Set.of("DEMO", "BILL", "SECRET") : issue % 3 == 1 ? Set.of("DEMO", "BILL") : Set.of("BILL"));
            compare(key);
        }
    }

    @Test
    public void anIssueWithoutEvidenceAndOneWithOnlyHiddenEvidence() {
        compare("DEMO-1");
        Evidence secret = store.createEvidence(piece(new Random(1), "SECRET", "P-1", SourceKind.INTERVIEW, DAY.minusDays(10)));
        store.link("DEMO-2", LinkTarget.evidence(secret.id()), Relation.CONTRADICTS, "pm", null);
        compare("DEMO-2");
        IssuePanel panel = service.forPanel("DEMO-2", Set.of(), 5);
        assertEquals(1, panel.shown().hiddenCount());
        assertTrue("hidden evidence is counted, never shown", panel.shown().evidence().isEmpty());
    }

    @Test
    public void thePanelRunsTheSameStatementsFor6And500Links() {
        Random random = new Random(6);
        linkMany(random, "DEMO-6", 6);
        linkMany(random, "DEMO-500", 500);
        service.forPanel("DEMO-6", Set.of(), 5); // warm: the first use of a table may read its metadata
        List<String> six = statements(() -> service.forPanel("DEMO-6", Set.of(), 5));
        List<String> many = statements(() -> service.forPanel("DEMO-500", Set.of(), 5));
        System.out.printf("[%s] panel: %d statements for 6 links, %d for 500%n", getClass().getSimpleName(), six.size(), many.size());
        assertTrue("statements were counted", six.size() > 0);
        assertEquals("statements for 6 " + six + "\nvs 500 " + many, six.size(), many.size());
        // policies, projects (2), tallies and the names of the voices (2), rows, item links, the rows loaded (3), one spare
        assertTrue("a handful, not one per piece: " + many, many.size() <= 12);
        IssuePanel panel = service.forPanel("DEMO-500", Set.of(), 5);
        assertTrue("a screenful per relation is loaded: " + panel.shown().evidence().size(), panel.shown().evidence().size() <= 15);
        assertEquals(500, panel.visibleByRelation().values().stream().mapToInt(Integer::intValue).sum() + panel.shown().hiddenCount());
        compare("DEMO-500");
    }

    /** Both paths, and the aggregates against the counts the pieces give in memory. */
    private void compare(String key) {
        IssueEvidence full = service.forIssue(key);
        FreshnessPolicies policies = store.policies();
        List<AssessedEvidence> all = IssueEvidenceService.allLinked(store.linkedToIssue(key), policies, DAY);
        Set<String> visibleProjects = new TreeSet<>();
        for (String project : aggregates.projects(key).orElseThrow(() -> new AssertionError("no projects on this database"))) {
            if (viewer.canBrowseProject(project)) {
                visibleProjects.add(project);
            }
        }
        Set<String> personas = IssueEvidenceService.personas(store.linkedToIssue(key));
        PanelAggregates.Tallies tallies = aggregates.tallies(key, policies, DAY, visibleProjects, personas)
                .orElseThrow(() -> new AssertionError("no tallies on this database"));
        assertEquals(key + ": tallies", IssueTallies.of(all, DAY, personas), tallies.all());
        assertEquals(key + ": hidden", full.hiddenCount(), tallies.hidden());

        // every row of every relation: the very same answer as the full path
        IssuePanel expanded = service.forPanel(key, EnumSet.allOf(Relation.class), 5);
        assertEquals(key + ": the panel with every row", full, expanded.shown());

        // a screenful: the first five of each relation, in the full path's order, and the counts of the rest
        IssuePanel screenful = service.forPanel(key, Set.of(), 5);
        Map<Relation, Integer> perRelation = new EnumMap<>(Relation.class);
        Map<Relation, Integer> taken = new EnumMap<>(Relation.class);
        List<AssessedEvidence> firstFive = new ArrayList<>();
        Set<String> supporters = new TreeSet<>();
        Set<String> against = new TreeSet<>();
        int unnamed = 0;
        for (AssessedEvidence a : full.evidence()) {
            perRelation.merge(a.relation(), 1, Integer::sum);
            if (taken.merge(a.relation(), 1, Integer::sum) <= 5) {
                firstFive.add(a);
            }
            if (a.evidence().isActive()) {
                if (a.relation() == Relation.CONTRADICTS) {
                    if (a.evidence().participant() == null) {
                        unnamed++;
                    } else {
                        against.add(a.evidence().participant().alias());
                    }
                } else if (a.evidence().participant() != null) {
                    supporters.add(a.evidence().participant().alias());
                }
            }
        }
        assertEquals(key + ": rows shown", firstFive, screenful.shown().evidence());
        assertEquals(key + ": per relation", perRelation, screenful.visibleByRelation());
        assertEquals(key + ": supporters named", supporters, screenful.supporterAliases());
        assertEquals(key + ": voices against named", against, screenful.againstAliases());
        assertEquals(key + ": unnamed voices against", unnamed, screenful.unnamedAgainst());
        assertEquals(key + ": strength", full.strength(), screenful.shown().strength());
        assertEquals(key + ": confidence", full.confidence(), screenful.shown().confidence());
        assertEquals(key + ": confidence from the list", ConfidenceRule.grade(all, personas), screenful.shown().confidence());
        assertEquals(key + ": warnings", full.warnings(), screenful.shown().warnings());
        assertEquals(key + ": hidden", full.hiddenCount(), screenful.shown().hiddenCount());
        assertEquals(key + ": map items", full.mapItems(), screenful.shown().mapItems());
    }

    /** An issue with {@code n} new pieces, some linked directly, some through map items (overlapping), some re-confirmed or retired. */
    private void build(Random random, String key, int n) {
        List<Evidence> pieces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SourceKind kind = SourceKind.values()[random.nextInt(SourceKind.values().length)];
            Evidence e = store.createEvidence(piece(random, PROJECTS[random.nextInt(PROJECTS.length)],
                    random.nextInt(4) == 0 ? null : "P-" + random.nextInt(7), kind, DAY.minusDays(age(random))));
            if (random.nextInt(4) == 0) {
                store.reconfirm(e.id(), DAY.minusDays(age(random)), null, "pm");
            }
            if (random.nextInt(8) == 0) {
                store.retire(e.id(), "Superseded", pieces.isEmpty() || random.nextBoolean() ? null : pieces.get(random.nextInt(pieces.size())).id(), "pm");
            }
            pieces.add(e);
            if (random.nextInt(3) > 0) {
                store.link(key, LinkTarget.evidence(e.id()), relation(random), "pm", null);
            }
        }
        int items = random.nextInt(4);
        for (int k = 0; k < items; k++) {
            MapItem item = store.createMapItem(PERSONAS[random.nextInt(PERSONAS.length)], Section.values()[random.nextInt(Section.values().length)], key + " item " + k);
            for (Evidence e : pieces) {
                if (random.nextInt(3) == 0) {
                    store.back(item.id(), e.id());
                }
            }
            if (random.nextInt(5) == 0) {
                // a piece backing it that another issue links, and this one does not
                Evidence elsewhere = store.createEvidence(piece(random, "DEMO", "P-9", SourceKind.SURVEY, DAY.minusDays(age(random))));
                store.back(item.id(), elsewhere.id());
            }
            store.link(key, LinkTarget.mapItem(item.id()), relation(random), "pm", null);
        }
    }

    private void linkMany(Random random, String key, int n) {
        for (int i = 0; i < n; i++) {
            Evidence e = store.createEvidence(piece(random, PROJECTS[i % PROJECTS.length], "P-" + (i % 40), SourceKind.values()[i % SourceKind.values().length],
                    DAY.minusDays(age(random))));
            store.link(key, LinkTarget.evidence(e.id()), i % 10 == 0 ? Relation.CONTRADICTS : Relation.SUPPORTS, "pm", null);
        }
    }

    /**
     * Ages in days, often near a boundary: an aging threshold (75, 60, 90 or 50 %) of a shelf life, rounded up or down,
     * the shelf life itself, 30 days before it, or in the future.
     */
    private static int age(Random random) {
        int[] shelves = {40, 60, 90, 120, 180, 200, 270, 365};
        int[] percents = {75, 60, 90, 50};
        int shelf = shelves[random.nextInt(shelves.length)];
        int percent = percents[random.nextInt(percents.length)];
        return switch (random.nextInt(6)) {
            case 0 -> shelf * percent / 100 + random.nextInt(3) - 1;
            case 1 -> shelf + random.nextInt(3) - 1;
            case 2 -> shelf - 31 + random.nextInt(4);
            case 3 -> -random.nextInt(3);
            default -> random.nextInt(800);
        };
    }

    private static Relation relation(Random random) {
        return Relation.values()[random.nextInt(Relation.values().length)];
    }

    private static NewEvidence piece(Random random, String project, String alias, SourceKind kind, LocalDate observed) {
        return new NewEvidence("Quote " + random.nextInt(1_000_000), EvidenceKind.QUOTE, Section.PAINS, new Source(kind, "Session", null, null), alias,
                SEGMENTS[random.nextInt(SEGMENTS.length)], PERSONAS[random.nextInt(PERSONAS.length)], project, observed, "pm", List.of());
    }

    private List<String> statements(Runnable action) {
        List<String> statements = new CopyOnWriteArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        DatabaseProvider provider = ao.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            action.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        return List.copyOf(statements);
    }
}
