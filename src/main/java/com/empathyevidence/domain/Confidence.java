package com.empathyevidence.domain;

import java.util.List;

/**
 * How much confidence a research team would place in one finding (an issue's supporting evidence, or what backs a map
 * item), graded as GRADE-CERQual does: four components, each with its concerns and a one-line reason, and an overall
 * level. See {@link ConfidenceRule} for the mapping and docs/evidence-strength.md for worked examples.
 *
 * @param level      the overall confidence
 * @param components the four components, always in the order of {@link Component}
 */
public record Confidence(Level level, List<Assessment> components) {

    public Confidence {
        components = List.copyOf(components);
    }

    /** The overall level, highest first (CERQual: high, moderate, low, very low). */
    public enum Level { HIGH, MODERATE, LOW, VERY_LOW }

    /** CERQual's four components. */
    public enum Component { METHODS, COHERENCE, ADEQUACY, RELEVANCE }

    /** CERQual's concerns about one component, least first ("no or very minor", minor, moderate, serious). */
    public enum Concern { NONE, MINOR, MODERATE, SERIOUS }

    /**
     * One component, judged.
     *
     * @param reasonKey the bundle key of the one-line reason; never English here
     * @param args      its arguments, whole numbers only (counts and points, never who)
     */
    public record Assessment(Component component, Concern concern, String reasonKey, List<Integer> args) {
        public Assessment {
            args = List.copyOf(args);
        }
    }

    /** The judgement of one component. */
    public Assessment of(Component component) {
        return components.get(component.ordinal());
    }
}
