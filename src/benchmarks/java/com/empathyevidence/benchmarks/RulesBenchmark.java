package com.empathyevidence.benchmarks;

import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.Strength;
import com.empathyevidence.domain.StrengthRule;
import com.empathyevidence.domain.Warning;
import com.empathyevidence.domain.WarningRule;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Benchmark 1: the rules behind one issue's panel, in memory: an issue with 50 linked pieces of evidence (mixed
 * kinds, source kinds, 12 participants and some unattributed, FRESH/AGING/STALE, some retired, one in eight
 * contradicting). {@link #issueRules} is what {@code IssueEvidenceService.forIssue} does after the store has
 * answered: assess freshness with the owning project's policy, then {@link StrengthRule#score} and
 * {@link WarningRule#evaluate}. The others measure the parts on their own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesBenchmark {

    static final int LINKED = 50;

    private List<Evidence> evidence;
    private List<Relation> relations;
    private FreshnessPolicies policies;
    private List<AssessedEvidence> assessed;

    @Setup
    public void setUp() {
        evidence = Fixtures.evidence(42, LINKED, 1, "ACCOUNTANT", Fixtures.participants(12), i -> Section.values()[i % Section.values().length]);
        relations = new ArrayList<>();
        for (int i = 0; i < LINKED; i++) {
            relations.add(i % 8 == 5 ? Relation.CONTRADICTS : i % 2 == 0 ? Relation.SUPPORTS : Relation.ADDRESSES);
        }
        // An admin changed one shelf life globally and one for project BILL: forProject has work to do.
        policies = new FreshnessPolicies(Map.of(SourceKind.SURVEY, 300), Map.of("BILL", Map.of(SourceKind.INTERVIEW, 200)));
        assessed = assess();
    }

    /** Freshness for each linked piece, as IssueEvidenceService.assess does it. */
    private List<AssessedEvidence> assess() {
        List<AssessedEvidence> result = new ArrayList<>(LINKED);
        for (int i = 0; i < LINKED; i++) {
            Evidence e = evidence.get(i);
            result.add(new AssessedEvidence(e, e.freshness(policies.forProject(e.projectKey()), Fixtures.TODAY), relations.get(i)));
        }
        return result;
    }

    /** Freshness + strength + warnings for one issue: the panel's rules end to end. */
    @Benchmark
    public Object issueRules() {
        List<AssessedEvidence> visible = assess();
        Strength strength = StrengthRule.score(visible);
        List<Warning> warnings = WarningRule.evaluate(visible, Fixtures.TODAY);
        return new Object[] {visible, strength, warnings};
    }

    @Benchmark
    public List<AssessedEvidence> freshnessOnly() {
        return assess();
    }

    /**
     * As {@link #freshnessOnly}, but with each project's policy built once instead of once per piece: shows what
     * {@code FreshnessPolicies.forProject} (a new EnumMap per call and per override) costs of the above.
     */
    @Benchmark
    public List<AssessedEvidence> freshnessPolicyPerProject() {
        Map<String, FreshnessPolicy> perProject = new HashMap<>();
        List<AssessedEvidence> result = new ArrayList<>(LINKED);
        for (int i = 0; i < LINKED; i++) {
            Evidence e = evidence.get(i);
            FreshnessPolicy policy = perProject.computeIfAbsent(e.projectKey(), policies::forProject);
            result.add(new AssessedEvidence(e, e.freshness(policy, Fixtures.TODAY), relations.get(i)));
        }
        return result;
    }

    @Benchmark
    public Strength strengthOnly() {
        return StrengthRule.score(assessed);
    }

    @Benchmark
    public List<Warning> warningsOnly() {
        return WarningRule.evaluate(assessed, Fixtures.TODAY);
    }
}
