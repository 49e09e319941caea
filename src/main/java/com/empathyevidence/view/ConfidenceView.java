package com.empathyevidence.view;

import com.empathyevidence.rest.ConfidenceJson;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GRADE-CERQual confidence in words: "Research confidence (GRADE-CERQual): moderate", then one line per component
 * ("Adequacy: minor concerns. 5 supporting pieces from 4 participants; …"). Counts only, so it tells a restricted
 * reader nothing the panel's counts don't already.
 */
public final class ConfidenceView {
    private final String level;
    private final String label;
    private final List<ConfidenceLineView> lines = new ArrayList<>();

    ConfidenceView(ConfidenceJson confidence, int hidden, Texts texts) {
        this.level = confidence.level.toLowerCase(Locale.ROOT);
        this.label = texts.get("empathy.confidence.label", texts.get("empathy.confidence.level." + level));
        for (ConfidenceJson.ComponentJson c : confidence.components) {
            String component = c.component.toLowerCase(Locale.ROOT);
            String concern = c.concern.toLowerCase(Locale.ROOT);
            String reason = texts.get(c.reasonKey, c.reasonArgs.toArray(new Serializable[0]));
            lines.add(new ConfidenceLineView(component, concern, texts.get("empathy.confidence.line",
                    texts.get("empathy.confidence.component." + component), texts.get("empathy.confidence.concern." + concern), reason)));
        }
        this.hiddenNote = hidden == 0 ? "" : texts.get("empathy.confidence.includesHidden", hidden);
    }

    private final String hiddenNote;

    /** high, moderate, low or very_low (for CSS and tests). */
    public String getLevel() {
        return level;
    }

    /** "Research confidence (GRADE-CERQual): moderate". */
    public String getLabel() {
        return label;
    }

    public List<ConfidenceLineView> getLines() {
        return lines;
    }

    /** "The confidence counts all of this evidence, including 1 piece you can't see.", or empty. */
    public String getHiddenNote() {
        return hiddenNote;
    }
}
