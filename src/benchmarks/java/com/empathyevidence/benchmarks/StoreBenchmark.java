package com.empathyevidence.benchmarks;

import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.IssueLinkEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmarks 3 and 4: {@link AoEvidenceStore} on H2 through the workbench's Active Objects facade, with the
 * database pre-filled to {@link #links} issue links (see {@link BenchDatabase} for the shape).
 * <ul>
 * <li>{@link #linkedToIssue}: {@code linkedToIssue(issueKey)} for an issue with 10 links (9 pieces of evidence, one
 *     map item backed by 9 more), taking 16 issues spread over the key range in turn.</li>
 * <li>{@link #personaMapPath}: the store reads of {@code PersonaMapService.map} for the ACCOUNTANT persona
 *     (1,000 pieces of evidence, 100 map items, 900 backings, 2,000 links onto them at every size):
 *     {@code forPersona} + {@code mapItems} + {@code backing} + {@code linksTo}(its items and their backing).</li>
 * <li>{@link #baselinePrimaryKeySelect}: the baseline, a trivial primary-key select through the same facade
 *     ({@code ao.get(IssueLinkEntity, id)} and one field read, on the same 16 issues' first links).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreBenchmark {

    static final int SAMPLE_ISSUES = 16;

    @Param({"10000", "100000", "1000000"})
    public int links;

    private BenchDatabase db;
    private EvidenceStore store;
    private String[] issueKeys;
    private Integer[] linkIds;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        db = BenchDatabase.open(links);
        store = new AoEvidenceStore(db.ao);
        issueKeys = new String[SAMPLE_ISSUES];
        linkIds = new Integer[SAMPLE_ISSUES];
        long others = db.issues - BenchDatabase.ACCOUNTANT_ISSUES;
        for (int i = 0; i < SAMPLE_ISSUES; i++) {
            long issue = BenchDatabase.ACCOUNTANT_ISSUES + i * others / SAMPLE_ISSUES + others / (2 * SAMPLE_ISSUES);
            issueKeys[i] = BenchDatabase.issueKey(issue);
            linkIds[i] = (int) (issue * MapShape.LINKS_PER_ISSUE + 1);
        }
        // Check once that the lookups answer what the fill put in, so a broken fill cannot pass for a fast store.
        EvidenceStore.IssueLinks linked = store.linkedToIssue(issueKeys[0]);
        if (linked.evidence().size() != MapShape.EVIDENCE_LINKS_PER_ISSUE || linked.mapItems().size() != 1
                || linked.mapItems().get(0).backing().size() != MapShape.BACKED_PER_ITEM) {
            throw new IllegalStateException("Unexpected linkedToIssue answer for " + issueKeys[0] + ": " + linked.evidence().size()
                    + " evidence, " + linked.mapItems().size() + " map items");
        }
        int mapLinks = personaMapPath().size();
        if (mapLinks < BenchDatabase.ACCOUNTANT_ISSUES || mapLinks > BenchDatabase.ACCOUNTANT_ISSUES * MapShape.LINKS_PER_ISSUE) {
            throw new IllegalStateException("Unexpected linksTo answer for " + BenchDatabase.ACCOUNTANT + ": " + mapLinks);
        }
        System.out.println("[bench] map path of " + BenchDatabase.ACCOUNTANT + " reads " + mapLinks + " links");
        System.out.println("[bench] " + ExplainPlans.byIssuePlan(db, issueKeys[0]).replace('\n', ' '));
    }

    BenchDatabase db() {
        return db;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
    }

    private int nextSample() {
        int i = next;
        next = (i + 1) % SAMPLE_ISSUES;
        return i;
    }

    @Benchmark
    public EvidenceStore.IssueLinks linkedToIssue() {
        return store.linkedToIssue(issueKeys[nextSample()]);
    }

    /** The four store reads of the map, in the order and with the targets PersonaMapService uses. */
    @Benchmark
    public List<IssueLink> personaMapPath() {
        List<Evidence> evidence = store.forPersona(BenchDatabase.ACCOUNTANT);
        List<MapItem> items = store.mapItems(BenchDatabase.ACCOUNTANT);
        Map<Long, List<Long>> backing = store.backing(BenchDatabase.ACCOUNTANT);
        List<LinkTarget> targets = new ArrayList<>();
        for (MapItem item : items) {
            targets.add(LinkTarget.mapItem(item.id()));
            backing.getOrDefault(item.id(), List.of()).forEach(id -> targets.add(LinkTarget.evidence(id)));
        }
        List<IssueLink> result = store.linksTo(targets);
        if (evidence.size() != MapShape.EVIDENCE_PER_PERSONA) {
            throw new IllegalStateException("forPersona returned " + evidence.size());
        }
        return result;
    }

    @Benchmark
    public String baselinePrimaryKeySelect() {
        return db.ao.get(IssueLinkEntity.class, linkIds[nextSample()]).getIssueKey();
    }
}
