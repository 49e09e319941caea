package com.empathyevidence.view;

import com.empathyevidence.rest.EvidenceJson;
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
    private final List<SectionView> sections = new ArrayList<>();
    private final String hiddenNotice;

    /** Evidence not yet sorted into an item, listed per section; the rest is counted, to be found in Jira. */
    static final int UNSORTED_SHOWN = 10;

    private final boolean evidenceless;
    private final String jiraUrl;

    /**
     * @param collapseAfter items shown per section before the rest collapse behind a "Show n more items" disclosure;
     *                      {@link Integer#MAX_VALUE} for static output (PDF, Word, email), where nothing collapses
     */
    public EmpathyMapView(PersonaMapJson map, Set<String> shownSections, int quotesPerItem, boolean showCoverage, String jiraBaseUrl,
                          int collapseAfter, Texts texts) {
        this.name = map.name;
        this.description = map.description == null ? "" : map.description;
        LocalDate asOf = LocalDate.parse(map.asOf);
        PersonaMapJson.SummaryJson s = map.summary;
        this.evidenceless = s == null || s.evidenceCount == 0;
        this.jiraUrl = jiraBaseUrl == null ? null : SafeLinks.httpOrNull(jiraBaseUrl);
        this.summary = s == null || s.evidenceCount == 0 ? texts.get("empathy.map.summary.none")
                : texts.get("empathy.map.summary", s.evidenceCount, s.participants, observedRange(s, texts),
                        texts.get("empathy.map.summary.freshness." + s.freshness.toLowerCase(Locale.ROOT)), s.fresh, s.aging, s.stale);
        for (PersonaMapJson.SectionJson section : map.sections) {
            if (!shownSections.contains(section.section)) {
                continue;
            }
            String key = section.section.toLowerCase(Locale.ROOT);
            boolean pains = "PAINS".equals(section.section);
            List<ItemView> items = new ArrayList<>();
            for (PersonaMapJson.ItemJson item : section.items) {
                List<EvidenceRowView> quotes = new ArrayList<>();
                for (EvidenceJson e : item.evidence) {
                    if (quotes.size() < quotesPerItem) {
                        quotes.add(EvidenceRowView.of(e, texts));
                    }
                }
                List<IssueView> issues = new ArrayList<>();
                if (showCoverage && pains) {
                    for (PersonaMapJson.IssueJson issue : item.coveredBy) {
                        issues.add(new IssueView(issue.key, issue.summary, issue.status,
                                SafeLinks.httpOrNull(jiraBaseUrl == null ? null : jiraBaseUrl.replaceAll("/+$", "") + "/browse/" + issue.key)));
                    }
                }
                int backing = Math.max(item.evidenceTotal, item.evidence.size());
                String more = backing > quotes.size() ? texts.get("empathy.map.item.more", backing - quotes.size()) : "";
                items.add(new ItemView(item.id, item.statement, RollupText.of(item.rollup, texts, asOf), item.rollup.assumption,
                        item.rollup.freshness == null ? "" : FreshnessText.lozenge(item.rollup.freshness), quotes, more,
                        showCoverage && pains, issues, texts.get("empathy.map.item.uncovered")));
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
            int unsortedTotal = Math.max(section.unsortedTotal, section.evidence.size());
            int unsortedMore = unsortedTotal - unsorted.size();
            String state = active == 0 ? texts.get("empathy.map.section.empty")
                    : stale == active ? texts.get("empathy.map.section.allStale") : "";
            int shown = Math.min(items.size(), Math.max(1, collapseAfter));
            sections.add(new SectionView(key, texts.get("empathy.section." + key), items, shown,
                    items.size() > shown ? texts.get("empathy.map.moreItems", items.size() - shown) : "", unsorted, state,
                    texts.get("empathy.map.unsorted", unsortedTotal),
                    unsortedMore > 0 ? texts.get("empathy.map.unsortedMore", unsortedMore) : ""));
        }
        this.hiddenNotice = map.hidden == 0 ? "" : texts.get("empathy.map.hidden", map.hidden);
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

    public List<SectionView> getSections() {
        return sections;
    }

    public String getHiddenNotice() {
        return hiddenNotice;
    }

    /** True when no evidence (that the viewer may see) backs anything on the map: every item is an assumption. */
    public boolean isEvidenceless() {
        return evidenceless;
    }

    /** Jira's address (http or https), where evidence is added; null when unknown. */
    public String getJiraUrl() {
        return jiraUrl;
    }

    /** One section of the map. */
    public static final class SectionView {
        private final String key;
        private final String label;
        private final List<ItemView> items;
        private final int shown;
        private final String moreItemsLabel;
        private final List<EvidenceRowView> unsorted;
        private final String state;
        private final String unsortedLabel;
        private final String unsortedMore;

        SectionView(String key, String label, List<ItemView> items, int shown, String moreItemsLabel, List<EvidenceRowView> unsorted,
                    String state, String unsortedLabel, String unsortedMore) {
            this.key = key;
            this.label = label;
            this.items = items;
            this.shown = shown;
            this.moreItemsLabel = moreItemsLabel;
            this.unsorted = unsorted;
            this.state = state;
            this.unsortedLabel = unsortedLabel;
            this.unsortedMore = unsortedMore;
        }

        /** How many items are always visible; the rest sit behind the "Show n more items" disclosure. */
        public int getShown() {
            return shown;
        }

        public boolean isAnyMoreItems() {
            return shown < items.size();
        }

        /** "Show 7 more items"; empty when all are shown. */
        public String getMoreItemsLabel() {
            return moreItemsLabel;
        }

        /** "and 312 more in Jira" when not every unsorted piece is listed; empty otherwise. */
        public String getUnsortedMore() {
            return unsortedMore;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public List<ItemView> getItems() {
            return items;
        }

        public boolean isAnyItem() {
            return !items.isEmpty();
        }

        public boolean isAnyUnsorted() {
            return !unsorted.isEmpty();
        }

        public List<EvidenceRowView> getUnsorted() {
            return unsorted;
        }

        /** "No evidence here yet." or "Everything here is stale ..."; empty otherwise. */
        public String getState() {
            return state;
        }

        public String getUnsortedLabel() {
            return unsortedLabel;
        }
    }

    /**
     * What the map's script needs when the viewer may change the map (Jira's {@code canEdit}), on a live page only:
     * the macro's parameters, to fetch the map again after a write, Jira's today, and the script's texts.
     */
    public static final class Editor {
        private final String persona;
        private final String projects;
        private final String layout;
        private final String quotesPerItem;
        private final String showCoverage;
        private final String today;
        private final String clientTexts;

        public Editor(String persona, String projects, String layout, String quotesPerItem, String showCoverage, String today, Texts texts) {
            this.persona = persona;
            this.projects = projects;
            this.layout = layout;
            this.quotesPerItem = quotesPerItem;
            this.showCoverage = showCoverage;
            this.today = today;
            this.clientTexts = ClientTexts.mapJson(texts);
        }

        public String getPersona() {
            return persona;
        }

        public String getProjects() {
            return projects;
        }

        public String getLayout() {
            return layout;
        }

        public String getQuotesPerItem() {
            return quotesPerItem;
        }

        public String getShowCoverage() {
            return showCoverage;
        }

        /** Jira's today (YYYY-MM-DD): a re-confirmation says "still true as of" this day. */
        public String getToday() {
            return today;
        }

        /** JSON of the script's texts from the i18n bundle; the renderer escapes it into a data- attribute. */
        public String getClientTexts() {
            return clientTexts;
        }
    }

    /** One map item. */
    public static final class ItemView {
        private final long id;
        private final String statement;
        private final String rollup;
        private final boolean assumption;
        private final String lozenge;
        private final List<EvidenceRowView> quotes;
        private final String more;
        private final boolean coverageShown;
        private final List<IssueView> issues;
        private final String uncoveredText;

        ItemView(long id, String statement, String rollup, boolean assumption, String lozenge, List<EvidenceRowView> quotes, String more,
                 boolean coverageShown, List<IssueView> issues, String uncoveredText) {
            this.id = id;
            this.statement = statement;
            this.rollup = rollup;
            this.assumption = assumption;
            this.lozenge = lozenge;
            this.quotes = quotes;
            this.more = more;
            this.coverageShown = coverageShown;
            this.issues = issues;
            this.uncoveredText = uncoveredText;
        }

        /** The map item's id in Jira, the target of "Attach evidence". */
        public long getId() {
            return id;
        }

        public String getStatement() {
            return statement;
        }

        public String getRollup() {
            return rollup;
        }

        public boolean isAssumption() {
            return assumption;
        }

        public String getLozenge() {
            return lozenge;
        }

        public boolean isAnyQuote() {
            return !quotes.isEmpty();
        }

        public boolean isCovered() {
            return !issues.isEmpty();
        }

        public List<EvidenceRowView> getQuotes() {
            return quotes;
        }

        /** "and 3 more" when not every backing quote is shown; empty otherwise. */
        public String getMore() {
            return more;
        }

        public boolean isCoverageShown() {
            return coverageShown;
        }

        public List<IssueView> getIssues() {
            return issues;
        }

        public String getUncoveredText() {
            return uncoveredText;
        }
    }

    /** A Jira issue that covers a pain. */
    public static final class IssueView {
        private final String key;
        private final String summary;
        private final String status;
        private final String url;

        IssueView(String key, String summary, String status, String url) {
            this.key = key;
            this.summary = summary;
            this.status = status;
            this.url = url;
        }

        /** The issue in Jira, or null when Jira's address is not a web address. */
        public String getUrl() {
            return url;
        }

        public String getKey() {
            return key;
        }

        public String getSummary() {
            return summary;
        }

        public String getStatus() {
            return status;
        }
    }
}
