package com.empathyevidence.view;

import java.util.List;

/** One issue on the evidence health page: counts and dates only, never the content of a piece of evidence. */
public final class HealthRowView {
    private final String key;
    private final String title;
    private final String status;
    private final String href;
    private final boolean anyEvidence;
    private final String strength;
    private final String band;
    private final String bandLozenge;
    private final int fresh;
    private final int aging;
    private final int stale;
    private final List<LabelView> warnings;
    private final String freshestOn;
    private final String confidence;

    HealthRowView(String key, String title, String status, String href, boolean anyEvidence, String strength, String band,
                  String bandLozenge, int fresh, int aging, int stale, List<LabelView> warnings, String freshestOn, String confidence) {
        this.key = key;
        this.title = title;
        this.status = status;
        this.href = href;
        this.anyEvidence = anyEvidence;
        this.strength = strength;
        this.band = band;
        this.bandLozenge = bandLozenge;
        this.fresh = fresh;
        this.aging = aging;
        this.stale = stale;
        this.warnings = warnings;
        this.freshestOn = freshestOn;
        this.confidence = confidence;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public String getHref() {
        return href;
    }

    public boolean isAnyEvidence() {
        return anyEvidence;
    }

    public String getStrength() {
        return strength;
    }

    public String getBand() {
        return band;
    }

    /** The GRADE-CERQual level of the evidence, as its issue property holds it ("Moderate"); a dash without evidence. */
    public String getConfidence() {
        return confidence;
    }

    public String getBandLozenge() {
        return bandLozenge;
    }

    public int getFresh() {
        return fresh;
    }

    public int getAging() {
        return aging;
    }

    public int getStale() {
        return stale;
    }

    public List<LabelView> getWarnings() {
        return warnings;
    }

    public boolean isAnyWarning() {
        return !warnings.isEmpty();
    }

    public String getFreshestOn() {
        return freshestOn;
    }
}
