package com.empathyevidence.rest;

import com.empathyevidence.app.IssueRef;
import com.empathyevidence.app.PersonaMap;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /personas/{key}/map}: the whole map view model the Confluence macro renders, fetched from Jira. */
public class PersonaMapJson {
    public String personaKey;
    public String name;
    public String description;
    /** Today on the Jira side, so the macro words ages as Jira computed them. */
    public String asOf;
    public SummaryJson summary;
    public List<SectionJson> sections = new ArrayList<>();
    /** Evidence the caller may not see: counted, never shown. */
    public int hidden;
    /**
     * True when the caller may change the map (add items, attach evidence): they may edit issues in at least one
     * project, the rule the map-item writes apply. Re-confirming a quote also needs edit rights on its project.
     */
    public boolean canEdit;
    /** The persona's version (send it back when you change the persona). */
    public int version = 1;
    /**
     * Only when the persona is retired (left out otherwise): the map is kept for reference and offers no changes
     * ({@link #canEdit} false).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public RetiredJson retired;

    /** A retired persona: when, by whom (the display name) and why. */
    public static class RetiredJson {
        @ApiField(format = "date-time", example = "2026-12-02T10:15:30Z")
        public String at;
        @ApiField(example = "Alex Admin")
        public String byName;
        @ApiField(example = "Merged into the accountant persona")
        public String reason;
    }

    /** The map at a glance. */
    public static class SummaryJson {
        public int evidenceCount;
        public int participants;
        @ApiField(format = "date", example = "2026-11-02")
        public String earliest;
        @ApiField(format = "date", example = "2026-11-02")
        public String latest;
        @ApiField(enumOf = com.empathyevidence.domain.Freshness.class, example = "FRESH")
        public String freshness;
        public int fresh;
        public int aging;
        public int stale;
        /** The trust figure (issue 16) over what the caller may see. */
        public TrustJson trust;
    }

    /**
     * The share of the evidence behind open work that is fresh: of the pieces the caller may see linked to open
     * issues they may see, how many are fresh. {@code percent} is rounded down, null when no piece is behind open work.
     */
    public static class TrustJson {
        public int fresh;
        public int total;
        @ApiField(example = "82")
        public Integer percent;
        /** True when some of the persona's evidence, or issues linked to it, are hidden from the caller. */
        public boolean partial;
    }

    /** One section: its items and the evidence not yet sorted into an item. */
    public static class SectionJson {
        @ApiField(enumOf = com.empathyevidence.domain.Section.class, example = "PAINS")
        public String section;
        public List<ItemJson> items = new ArrayList<>();
        /** Evidence not yet on the map; at most {@code unsorted} of them when the caller asked for fewer. */
        public List<EvidenceJson> evidence = new ArrayList<>();
        /** All evidence in the section, under items and unsorted, however much of it is listed. */
        public int evidenceTotal;
        /** How much of {@link #evidenceTotal} is stale. */
        public int staleTotal;
        /** All evidence not yet on the map, however much of it is listed. */
        public int unsortedTotal;
        /** Evidence counted in this section (as {@link #evidenceTotal} counts) that the caller may not see: never shown. */
        public int hiddenTotal;
    }

    /** One map item with its roll-up, backing evidence (freshest first) and the issues covering it. */
    public static class ItemJson {
        public long id;
        /** The item's version: send it back when you change or move the item. */
        public int version = 1;
        public String statement;
        public RollupJson rollup;
        /**
         * GRADE-CERQual confidence in the item (HIGH, MODERATE, LOW or VERY_LOW), from all of its active backing, whoever
         * reads it, as the roll-up counts it; null for an assumption. The components are on the issues' evidence answer.
         */
        @ApiField(enumOf = com.empathyevidence.domain.Confidence.Level.class, example = "MODERATE")
        public String confidence;
        /** Backing evidence, freshest first; at most {@code quotes} of it when the caller asked for fewer. */
        public List<EvidenceJson> evidence = new ArrayList<>();
        /** All backing evidence, however much of it is listed. */
        public int evidenceTotal;
        public List<IssueJson> coveredBy = new ArrayList<>();
        /** Issues addressing the item (or evidence backing it) that the caller may not see: counted, never named. */
        public int hiddenIssues;
        /**
         * Issues created to validate this item (an assumption) that the caller may see, with their status in Jira; not
         * listed in {@link #coveredBy}. Those the caller may not see are counted in {@link #hiddenIssues}.
         */
        public List<IssueJson> validatedBy = new ArrayList<>();
    }

    /**
     * Only when the map was asked for with {@code validationProject}: whether the caller may create issues there
     * (Jira's Create issues permission), so the map offers "Create a validation task" to them alone.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public ValidationJson validation;

    /** Where validation tasks of this map go, and whether the caller may create one there. */
    public static class ValidationJson {
        @ApiField(example = "DEMO")
        public String project;
        public boolean canCreate;
    }

    /** An issue the caller may see. */
    public static class IssueJson {
        public String key;
        public String summary;
        public String status;
        /** Jira's status category key: new (to do), indeterminate (in progress) or done; "" when Jira gives none. */
        public String statusCategory;
        /** When the issue was resolved (yyyy-mm-dd), or null while it is unresolved. */
        @ApiField(format = "date", example = "2026-11-28")
        public String resolvedOn;
    }

    public static PersonaMapJson of(PersonaMap map, java.time.LocalDate asOf) {
        return of(map, asOf, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The map with at most {@code quotes} pieces of backing evidence per item and {@code unsorted} pieces of unsorted
     * evidence per section listed; every count still covers all of it. The macro shows only a few quotes, so it asks
     * for few: a persona with 1,000 pieces of evidence then travels as a few kilobytes.
     */
    public static PersonaMapJson of(PersonaMap map, java.time.LocalDate asOf, int quotes, int unsorted) {
        PersonaMapJson json = new PersonaMapJson();
        json.personaKey = map.persona().key();
        json.name = map.persona().name();
        json.description = map.persona().description();
        json.asOf = asOf.toString();
        PersonaMap.Summary s = map.summary();
        json.summary = new SummaryJson();
        json.summary.evidenceCount = s.evidenceCount();
        json.summary.participants = s.participants();
        json.summary.earliest = s.earliest() == null ? null : s.earliest().toString();
        json.summary.latest = s.latest() == null ? null : s.latest().toString();
        json.summary.freshness = s.freshness() == null ? null : s.freshness().name();
        json.summary.fresh = s.fresh();
        json.summary.aging = s.aging();
        json.summary.stale = s.stale();
        json.summary.trust = new TrustJson();
        json.summary.trust.fresh = s.trust().fresh();
        json.summary.trust.total = s.trust().total();
        json.summary.trust.percent = s.trust().percent();
        json.summary.trust.partial = s.partial();
        for (Map.Entry<Section, PersonaMap.SectionContent> entry : map.sections().entrySet()) {
            SectionJson section = new SectionJson();
            section.section = entry.getKey().name();
            for (PersonaMap.Item item : entry.getValue().items()) {
                ItemJson i = new ItemJson();
                i.id = item.item().id();
                i.statement = item.item().statement();
                i.rollup = RollupJson.of(item.rollup());
                i.confidence = item.confidence() == null ? null : item.confidence().level().name();
                for (AssessedEvidence e : item.backing()) {
                    if (i.evidence.size() < quotes) {
                        i.evidence.add(EvidenceJson.of(e));
                    }
                }
                section.evidenceTotal += item.backingTotal();
                section.staleTotal += item.backingStale();
                i.evidenceTotal = item.backingTotal();
                for (IssueRef issue : item.coveredBy()) {
                    i.coveredBy.add(issueJson(issue));
                }
                for (IssueRef issue : item.validatedBy()) {
                    i.validatedBy.add(issueJson(issue));
                }
                i.hiddenIssues = item.hiddenIssues();
                section.items.add(i);
            }
            for (AssessedEvidence e : entry.getValue().unsorted()) {
                if (section.evidence.size() < unsorted) {
                    section.evidence.add(EvidenceJson.of(e));
                }
            }
            section.evidenceTotal += entry.getValue().unsortedTotal();
            section.staleTotal += entry.getValue().unsortedStale();
            section.unsortedTotal = entry.getValue().unsortedTotal();
            section.hiddenTotal = entry.getValue().hidden();
            json.sections.add(section);
        }
        json.hidden = map.hiddenCount();
        return json;
    }

    private static IssueJson issueJson(IssueRef issue) {
        IssueJson ij = new IssueJson();
        ij.key = issue.key();
        ij.summary = issue.summary();
        ij.status = issue.status();
        ij.statusCategory = issue.statusCategory();
        ij.resolvedOn = issue.resolvedOn() == null ? null : issue.resolvedOn().toString();
        return ij;
    }
}
