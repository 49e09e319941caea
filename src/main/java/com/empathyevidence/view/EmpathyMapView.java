package com.empathyevidence.view;

import com.empathyevidence.rest.EvidenceJson;
import com.empathyevidence.domain.Delivery;
import com.empathyevidence.domain.Section;
import com.empathyevidence.rest.PersonaMapJson;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The empathy-map macro's model: a persona's header and summary, then per section the map items (with roll-up,
 * top quotes, an assumption mark when unbacked, and for pains the issues covering them) and the evidence not yet
 * sorted into an item.
 */
public final class EmpathyMapView {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final String name;
    private final String description;
    private final String summary;
    private final String trust;
    private final List<MapSectionView> sections = new ArrayList<>();
    private final String hiddenNotice;

    /** Evidence not yet sorted into an item, listed per section; the rest is counted, to be found in Jira. */
    static final int UNSORTED_SHOWN = 10;

    /**
     * On a live page, listed quotes behind an item's "and 8 more" beyond those in view: a few, so that a big map stays a
     * light page; the rest are counted ("and 5 more in Jira"). On paper every quote Jira listed is written out.
     */
    static final int MORE_QUOTES_SHOWN = 3;

    private final boolean evidenceless;
    private final String jiraUrl;

    private final boolean classic;
    private final String asOfNotice;
    private String deliveryCounts = "";

    /**
     * @param collapseAfter items shown per section before the rest collapse behind a "Show n more items" disclosure;
     *                      {@link Integer#MAX_VALUE} for static output (PDF, Word, email), where nothing collapses
     */
    public EmpathyMapView(PersonaMapJson map, Set<String> shownSections, int quotesPerItem, boolean showCoverage, String jiraBaseUrl,
                          int collapseAfter, Texts texts) {
        this(map, shownSections, quotesPerItem, showCoverage, jiraBaseUrl, collapseAfter, false, null, texts);
    }

    /**
     * @param staticOutput true on paper (PDF, Word, HTML export, email, feed): every quote Jira listed is written out,
     *                     dates are given beside ages, and the map says when it was read
     * @param asOf         when the map was read from Jira ("1 Dec 2026, 18:57"), said on paper; null when unknown
     */
    public EmpathyMapView(PersonaMapJson map, Set<String> shownSections, int quotesPerItem, boolean showCoverage, String jiraBaseUrl,
                          int collapseAfter, boolean staticOutput, String asOf, Texts texts) {
        this.name = map.name;
        this.description = map.description == null ? "" : map.description;
        LocalDate today = LocalDate.parse(map.asOf);
        PersonaMapJson.SummaryJson s = map.summary;
        this.evidenceless = s == null || s.evidenceCount == 0;
        this.jiraUrl = jiraBaseUrl == null ? null : SafeLinks.httpOrNull(jiraBaseUrl);
        this.classic = Section.CLASSIC.size() == shownSections.size()
                && shownSections.stream().allMatch(k -> Section.CLASSIC.stream().anyMatch(c -> c.name().equals(k)));
        this.asOfNotice = staticOutput && asOf != null ? texts.get("empathy.map.asOf", asOf) : "";
        this.summary = s == null || s.evidenceCount == 0 ? texts.get("empathy.map.summary.none")
                : texts.get("empathy.map.summary", s.evidenceCount, s.participants, observedRange(s, texts),
                        texts.get("empathy.map.summary.freshness." + s.freshness.toLowerCase(Locale.ROOT)), s.fresh, s.aging, s.stale);
        this.trust = trustLine(s, texts);
        for (PersonaMapJson.SectionJson section : map.sections) {
            if (!shownSections.contains(section.section)) {
                continue;
            }
            String key = section.section.toLowerCase(Locale.ROOT);
            boolean pains = "PAINS".equals(section.section);
            List<MapItemView> items = new ArrayList<>();
            int[] painStates = new int[Delivery.PainState.values().length];
            for (PersonaMapJson.ItemJson item : section.items) {
                // Shown at once: quotesPerItem (on paper, every listed one). The other listed ones open from "and 3 more".
                int atOnce = staticOutput ? Integer.MAX_VALUE : quotesPerItem;
                List<EvidenceRowView> quotes = new ArrayList<>();
                List<EvidenceRowView> moreQuotes = new ArrayList<>();
                for (EvidenceJson e : item.evidence) {
                    if (quotes.size() < atOnce) {
                        quotes.add(EvidenceRowView.of(e, texts));
                    } else if (moreQuotes.size() < MORE_QUOTES_SHOWN) {
                        moreQuotes.add(EvidenceRowView.of(e, texts));
                    }
                }
                List<MapIssueView> issues = new ArrayList<>();
                if (showCoverage && pains) {
                    List<Delivery> deliveries = new ArrayList<>();
                    for (PersonaMapJson.IssueJson issue : item.coveredBy) {
                        Delivery delivery = Delivery.of(issue.statusCategory);
                        deliveries.add(delivery);
                        issues.add(new MapIssueView(issue.key, issue.summary, issue.status,
                                SafeLinks.httpOrNull(jiraBaseUrl == null ? null : jiraBaseUrl.replaceAll("/+$", "") + "/browse/" + issue.key),
                                deliveryText(delivery, issue.resolvedOn, today, texts), DELIVERY_CLASS.get(delivery)));
                    }
                    painStates[Delivery.painState(deliveries, item.hiddenIssues).ordinal()]++;
                }
                int backing = Math.max(item.evidenceTotal, item.evidence.size());
                int listed = quotes.size() + moreQuotes.size();
                String more = moreQuotes.isEmpty() ? "" : texts.get("empathy.map.item.more", backing - quotes.size());
                // Jira lists at most a few per item: the rest are counted, to be read in Jira
                String moreInJira = backing > listed ? texts.get("empathy.map.unsortedMore", backing - listed) : "";
                items.add(new MapItemView(item.id, item.statement, RollupText.of(item.rollup, texts, today, staticOutput),
                        item.rollup.assumption && item.rollup.hiddenEvidence == 0,
                        item.rollup.freshness == null ? "" : FreshnessText.lozenge(item.rollup.freshness), quotes, moreQuotes, more, moreInJira,
                        showCoverage && pains, issues, showCoverage && pains ? item.hiddenIssues : 0,
                        texts.get("empathy.map.item.uncovered"), texts,
                        item.confidence == null ? "" : texts.get("empathy.map.item.confidence",
                                texts.get("empathy.confidence.level." + item.confidence.toLowerCase(java.util.Locale.ROOT))),
                        validations(item, jiraBaseUrl, texts)));
            }
            if (showCoverage && pains && !section.items.isEmpty()) {
                int notKnown = painStates[Delivery.PainState.NOT_KNOWN.ordinal()];
                deliveryCounts = texts.get("empathy.map.delivery.header", painStates[Delivery.PainState.SHIPPED.ordinal()],
                        painStates[Delivery.PainState.IN_PROGRESS.ordinal()], painStates[Delivery.PainState.OPEN.ordinal()])
                        + (notKnown == 0 ? "" : " " + texts.get("empathy.map.delivery.headerHidden", notKnown));
            }
            List<EvidenceRowView> unsorted = new ArrayList<>();
            for (EvidenceJson e : section.evidence) {
                if (unsorted.size() < UNSORTED_SHOWN) {
                    unsorted.add(EvidenceRowView.of(e, texts));
                }
            }
            // Jira lists only a few pieces per item and section; its totals cover all of them
            int active = section.evidenceTotal;
            int stale = section.staleTotal;
            int hidden = section.hiddenTotal;
            int unsortedTotal = Math.max(section.unsortedTotal, section.evidence.size());
            int unsortedMore = unsortedTotal - unsorted.size();
            String state = active == 0
                    ? (hidden == 0 ? texts.get("empathy.map.section.empty") : texts.get("empathy.map.section.hiddenOnly", hidden))
                    : stale == active ? texts.get(hidden == 0 ? "empathy.map.section.allStale" : "empathy.map.section.allVisibleStale") : "";
            int shown = Math.min(items.size(), Math.max(1, collapseAfter));
            sections.add(new MapSectionView(key, texts.get("empathy.section." + key), items, shown,
                    items.size() > shown ? texts.get("empathy.map.moreItems", items.size() - shown) : "", unsorted, state,
                    texts.get("empathy.map.unsorted", unsortedTotal),
                    unsortedMore > 0 ? texts.get("empathy.map.unsortedMore", unsortedMore) : "", texts));
        }
        this.hiddenNotice = map.hidden == 0 ? "" : texts.get("empathy.map.hidden", map.hidden);
    }

    /** validation (issue 17): the issues validating an item, linked to Jira, with their status as Jira names it. */
    private static List<ValidationLineView> validations(PersonaMapJson.ItemJson item, String jiraBaseUrl, Texts texts) {
        List<ValidationLineView> out = new ArrayList<>();
        for (PersonaMapJson.IssueJson issue : item.validatedBy == null ? List.<PersonaMapJson.IssueJson>of() : item.validatedBy) {
            out.add(new ValidationLineView(issue.key, issue.status, issue.summary,
                    SafeLinks.httpOrNull(jiraBaseUrl == null ? null : jiraBaseUrl.replaceAll("/+$", "") + "/browse/" + issue.key), texts));
        }
        return out;
    }

    private static final java.util.Map<Delivery, String> DELIVERY_CLASS = java.util.Map.of(
            Delivery.SHIPPED, "aui-lozenge-success", Delivery.IN_PROGRESS, "aui-lozenge-current", Delivery.TO_DO, "");

    /** "Done 3 days ago" (or "Done" when Jira gives no resolution date), "In progress", "To do". */
    static String deliveryText(Delivery delivery, String resolvedOn, LocalDate today, Texts texts) {
        return switch (delivery) {
            case SHIPPED -> resolvedOn == null ? texts.get("empathy.map.delivery.shippedUndated")
                    : texts.get("empathy.map.delivery.shipped", Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(resolvedOn), today)));
            case IN_PROGRESS -> texts.get("empathy.map.delivery.inProgress");
            case TO_DO -> texts.get("empathy.map.delivery.toDo");
        };
    }

    /** "Pains: 1 addressed by shipped work, 1 in progress, 2 open." (with those addressed only out of the reader's sight); "" when pains are not shown. */
    public String getDeliveryCounts() {
        return deliveryCounts;
    }

    /** "Jul 2025 \u2013 Nov 2026", or one month when all the evidence was observed in it. */
    private static String observedRange(PersonaMapJson.SummaryJson s, Texts texts) {
        String from = MONTH.format(LocalDate.parse(s.earliest));
        String to = MONTH.format(LocalDate.parse(s.latest));
        return from.equals(to) ? from : texts.get("empathy.map.summary.range", from, to);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** "18 pieces of evidence from 12 participants, observed Mar 2025 – Nov 2026. Mostly fresh: ...". */
    public String getSummary() {
        return summary;
    }

    /**
     * The trust figure (issue 16): "82 % of the evidence behind open work is fresh (9 of 11 pieces linked to issues
     * that are not done)"; over what the reader can see, and said so, when some is hidden from them; "" when no piece
     * they see is behind open work (nothing to say) or Jira sent no figure.
     */
    static String trustLine(PersonaMapJson.SummaryJson s, Texts texts) {
        if (s == null || s.trust == null || s.trust.total == 0 || s.trust.percent == null) {
            return "";
        }
        return texts.get(s.trust.partial ? "empathy.map.trustPartial" : "empathy.review.trust", s.trust.percent, s.trust.fresh, s.trust.total);
    }

    public String getTrust() {
        return trust;
    }

    public List<MapSectionView> getSections() {
        return sections;
    }

    public String getHiddenNotice() {
        return hiddenNotice;
    }

    /** True when no evidence (that the viewer may see) backs anything on the map: every item is an assumption. */
    public boolean isEvidenceless() {
        return evidenceless;
    }

    /** True for the classic four-section layout, drawn as a 2 × 2 grid: Says, Thinks above Does, Feels. */
    public boolean isClassic() {
        return classic;
    }

    /** "As of 1 Dec 2026, 18:57" on paper, when the map was read from Jira; empty on a live page. */
    public String getAsOf() {
        return asOfNotice;
    }

    /** Jira's address (http or https), where evidence is added; null when unknown. */
    public String getJiraUrl() {
        return jiraUrl;
    }
}
