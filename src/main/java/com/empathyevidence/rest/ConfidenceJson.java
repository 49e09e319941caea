package com.empathyevidence.rest;

import com.empathyevidence.domain.Confidence;
import java.util.ArrayList;
import java.util.List;

/** Confidence in a finding as GRADE-CERQual grades it; the mapping is in docs/evidence-strength.md, section 7. */
public class ConfidenceJson {
    /** HIGH, MODERATE, LOW or VERY_LOW. */
    @ApiField(enumOf = Confidence.Level.class, example = "MODERATE")
    public String level;
    /** The four components, in this order: METHODS, COHERENCE, ADEQUACY, RELEVANCE. */
    public List<ComponentJson> components = new ArrayList<>();

    /** One CERQual component, judged. */
    public static class ComponentJson {
        /** METHODS (methodological limitations), COHERENCE, ADEQUACY or RELEVANCE. */
        @ApiField(enumOf = Confidence.Component.class, example = "ADEQUACY")
        public String component;
        /** NONE (no or very minor concerns), MINOR, MODERATE or SERIOUS. */
        @ApiField(enumOf = Confidence.Concern.class, example = "MINOR")
        public String concern;
        /** The bundle key of its one-line reason, formatted with {@code reasonArgs}. */
        @ApiField(example = "empathy.confidence.reason.adequacy")
        public String reasonKey;
        /** The reason's figures: counts and points, never who. */
        public List<Integer> reasonArgs = new ArrayList<>();
    }

    public static ConfidenceJson of(Confidence c) {
        ConfidenceJson json = new ConfidenceJson();
        json.level = c.level().name();
        for (Confidence.Assessment a : c.components()) {
            ComponentJson component = new ComponentJson();
            component.component = a.component().name();
            component.concern = a.concern().name();
            component.reasonKey = a.reasonKey();
            component.reasonArgs.addAll(a.args());
            json.components.add(component);
        }
        return json;
    }
}
