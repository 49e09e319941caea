package com.empathyevidence.benchmarks;

import com.empathyevidence.app.PersonaMap;
import com.empathyevidence.app.PersonaMapService;
import com.empathyevidence.app.Today;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.ItemRollup;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.RollupRule;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: a persona's map computed in memory: 1,000 pieces of evidence sorted into 100 map items over 9
 * sections (see {@link MapShape}), 200 issues with 2,000 links onto them.
 * <ul>
 * <li>{@link #personaMapService}: the real {@link PersonaMapService#map} over {@link InMemoryMapStore} (a read-only
 *     test double that hands back prebuilt lists) and {@link BenchAccess} (OPS evidence hidden): freshness for
 *     every piece, permission checks, backing, covering issues, {@link RollupRule} per item, unsorted evidence per
 *     section and the summary.</li>
 * <li>{@link #rollupAndGrouping}: only freshness + grouping into items + {@link RollupRule} per item + grouping
 *     by section, without links, issues and permissions: the rules' share of the above.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MapRollupBenchmark {

    static final String PERSONA = "ACCOUNTANT";
    static final int ISSUES = 200;

    private PersonaMapService service;
    private List<Evidence> evidence;
    private List<MapItem> items;
    private Map<Long, List<Long>> backing;
    private FreshnessPolicies policies;

    @Setup
    public void setUp() {
        evidence = Fixtures.evidence(7, MapShape.EVIDENCE_PER_PERSONA, 1, PERSONA, Fixtures.participants(40), MapShape::evidenceSection);
        items = new ArrayList<>();
        backing = new LinkedHashMap<>();
        for (int j = 0; j < MapShape.ITEMS_PER_PERSONA; j++) {
            items.add(new MapItem(j + 1, PERSONA, MapShape.itemSection(j), "Statement " + (j + 1)));
            backing.put((long) j + 1, new ArrayList<>());
        }
        for (int k = 0; k < MapShape.EVIDENCE_PER_PERSONA; k++) {
            int item = MapShape.backedItem(k);
            if (item >= 0) {
                backing.get((long) item + 1).add((long) k + 1);
            }
        }
        backing.replaceAll((id, ids) -> List.copyOf(ids));
        Map<LinkTarget, List<IssueLink>> links = new HashMap<>();
        long linkId = 1;
        Instant at = Instant.parse("2025-05-01T10:00:00Z");
        for (int i = 0; i < ISSUES; i++) {
            String issue = Fixtures.PROJECTS[i % 2] + "-" + (i + 1);
            MapShape.IssueTargets t = MapShape.issueTargets(i);
            LinkTarget item = LinkTarget.mapItem(t.item() + 1);
            links.computeIfAbsent(item, x -> new ArrayList<>()).add(new IssueLink(linkId++, issue, item, Relation.ADDRESSES, "pm", at, null));
            for (int j = 0; j < t.evidence().length; j++) {
                LinkTarget e = LinkTarget.evidence(t.evidence()[j] + 1);
                links.computeIfAbsent(e, x -> new ArrayList<>()).add(new IssueLink(linkId++, issue, e, t.relations()[j], "pm", at, null));
            }
        }
        links.replaceAll((t, l) -> List.copyOf(l));
        policies = new FreshnessPolicies(Map.of(SourceKind.SURVEY, 300), Map.of("BILL", Map.of(SourceKind.INTERVIEW, 200)));
        EvidenceStore store = InMemoryMapStore.create(new Persona(PERSONA, "Accountant", "Keeps the books"), policies,
                evidence, items, backing, links);
        service = new PersonaMapService(store, BenchAccess.create(), new Today() {
            @Override
            public LocalDate get() {
                return Fixtures.TODAY;
            }
        });
    }

    @Benchmark
    public PersonaMap personaMapService() {
        return service.map(PERSONA);
    }

    @Benchmark
    public Map<Section, List<ItemRollup>> rollupAndGrouping() {
        Map<Long, AssessedEvidence> assessed = new HashMap<>();
        for (Evidence e : evidence) {
            if (e.isActive()) {
                assessed.put(e.id(), new AssessedEvidence(e, e.freshness(policies.forProject(e.projectKey()), Fixtures.TODAY), null));
            }
        }
        Map<Section, List<ItemRollup>> bySection = new EnumMap<>(Section.class);
        for (MapItem item : items) {
            List<AssessedEvidence> backed = new ArrayList<>();
            for (Long id : backing.getOrDefault(item.id(), List.of())) {
                AssessedEvidence a = assessed.get(id);
                if (a != null) {
                    backed.add(a);
                }
            }
            backed.sort((a, b) -> b.freshness().basisDate().compareTo(a.freshness().basisDate()));
            bySection.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(RollupRule.rollup(backed));
        }
        return bySection;
    }
}
