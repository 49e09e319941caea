package com.empathyevidence.domain;

import com.empathyevidence.domain.Confidence.Assessment;
import com.empathyevidence.domain.Confidence.Component;
import com.empathyevidence.domain.Confidence.Concern;
import com.empathyevidence.domain.Confidence.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Confidence in a finding, graded as GRADE-CERQual grades a review finding (Lewin et al. 2018, Implementation Science
 * 13(Suppl 1)): four components, each with no, minor, moderate or serious concerns, and an overall level that starts
 * at HIGH and is rated down for the concerns. In one place; worked examples in docs/evidence-strength.md, section 7.
 *
 * <p>The input is the same as {@link StrengthRule}'s (S = active ADDRESSES/SUPPORTS evidence, C = active CONTRADICTS
 * evidence, stale or not), and the points it reuses are the strength's own parts, so the two never disagree on a count.
 * <ul>
 * <li><b>Methodological limitations</b> from the strength's method part m (0–15): m ≥ 13 none, 11–12 minor,
 *     8–10 moderate, ≤ 7 serious.</li>
 * <li><b>Coherence</b> from c voices against (as the strength's penalty counts them, uncapped) and s voices for
 *     (participants by id, each unattributed piece its own voice): c = 0 none, 2c &lt; s minor, c &lt; s moderate,
 *     c ≥ s serious.</li>
 * <li><b>Adequacy</b> from p distinct participants in S (by alias): p ≥ 6 none, 4–5 minor, 3 moderate, ≤ 2 serious.</li>
 * <li><b>Relevance</b>: the worse of freshness, from the strength's recency part r (0–25: r ≥ 20 none, 15–19 minor,
 *     8–14 moderate, ≤ 7 serious), and persona fit, when the finding names its personas (a map item's persona; the
 *     personas of the map items an issue links): o pieces of S about another persona, o = 0 none, 2o &lt; n minor,
 *     o &lt; n moderate, o = n serious.</li>
 * </ul>
 * With no supporting evidence every component has serious concerns. Overall: start at HIGH; rate down one level for
 * each component with serious concerns, and one level for every 3 points of lesser concerns (minor 1, moderate 2,
 * rounded down); never below VERY_LOW.
 */
public final class ConfidenceRule {

    public static final String KEY = "empathy.confidence.reason.";

    private ConfidenceRule() {
    }

    /** An issue's finding: its linked evidence, and the personas of the map items it links (empty: not judged). */
    public static Confidence grade(List<AssessedEvidence> linked, Set<String> personas) {
        IssueTallies t = IssueTallies.of(linked, LocalDate.now(), personas);
        return grade(StrengthRule.score(t), t);
    }

    /**
     * The grade from the finding's strength and tallies ({@link IssueTallies}: the same counts the pieces give, so the
     * store's aggregate queries grade as the list does), the tallies taken for the finding's personas.
     */
    public static Confidence grade(Strength strength, IssueTallies t) {
        int n = t.strengthSupporting();
        int c = t.counterVoices();
        List<Assessment> components = new ArrayList<>();
        if (n == 0) {
            for (Component component : Component.values()) {
                components.add(new Assessment(component, Concern.SERIOUS, KEY + "nosupport", List.of(c)));
            }
            return new Confidence(level(components), components);
        }
        int weak = t.weakSupporting();
        int stale = t.staleSupporting();
        int aging = t.agingSupporting();
        int offPersona = t.offPersona();
        int m = strength.method();
        components.add(new Assessment(Component.METHODS, m >= 13 ? Concern.NONE : m >= 11 ? Concern.MINOR : m >= 8 ? Concern.MODERATE : Concern.SERIOUS,
                KEY + "methods", List.of(m, weak, n)));
        int s = t.supportingVoices();
        components.add(new Assessment(Component.COHERENCE, c == 0 ? Concern.NONE : 2 * c < s ? Concern.MINOR : c < s ? Concern.MODERATE : Concern.SERIOUS,
                KEY + "coherence", List.of(c, s)));
        int p = strength.participants();
        components.add(new Assessment(Component.ADEQUACY, p >= 6 ? Concern.NONE : p >= 4 ? Concern.MINOR : p == 3 ? Concern.MODERATE : Concern.SERIOUS,
                KEY + "adequacy", List.of(n, p)));
        int r = strength.recency();
        Concern freshness = r >= 20 ? Concern.NONE : r >= 15 ? Concern.MINOR : r >= 8 ? Concern.MODERATE : Concern.SERIOUS;
        Concern fit = offPersona == 0 ? Concern.NONE : 2 * offPersona < n ? Concern.MINOR : offPersona < n ? Concern.MODERATE : Concern.SERIOUS;
        components.add(offPersona == 0
                ? new Assessment(Component.RELEVANCE, freshness, KEY + "relevance", List.of(r, stale, aging, n))
                : new Assessment(Component.RELEVANCE, worse(freshness, fit), KEY + "relevance.persona", List.of(r, stale, aging, n, offPersona)));
        return new Confidence(level(components), components);
    }

    /** A map item's finding: what backs it (no relation: all of it supports), judged against the item's persona. */
    public static Confidence gradeBacking(List<AssessedEvidence> backing, String personaKey) {
        List<AssessedEvidence> supporting = new ArrayList<>();
        for (AssessedEvidence a : backing) {
            supporting.add(a.relation() == null ? new AssessedEvidence(a.evidence(), a.freshness(), Relation.SUPPORTS) : a);
        }
        return grade(supporting, personaKey == null ? Set.of() : Set.of(personaKey));
    }

    /** Start high; one level down per serious concern, and one per 3 points of lesser ones (minor 1, moderate 2). */
    static Level level(List<Assessment> components) {
        int serious = 0;
        int lesser = 0;
        for (Assessment a : components) {
            switch (a.concern()) {
                case SERIOUS -> serious++;
                case MODERATE -> lesser += 2;
                case MINOR -> lesser += 1;
                default -> { }
            }
        }
        int down = Math.min(Level.VERY_LOW.ordinal(), serious + lesser / 3);
        return Level.values()[down];
    }

    private static Concern worse(Concern a, Concern b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
