package com.empathyevidence.view;

import com.empathyevidence.app.EvidenceHealth;
import com.empathyevidence.app.IssueSearch;
import com.empathyevidence.app.IssueSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evidence health page of one project (template {@code templates/evidence-health.vm}): every text from the
 * bundle, every address relative to the project page ({@code <context>/projects/KEY}), so it works under any context
 * path: rows open {@code ../browse/KEY}, the JQL link {@code ../issues/?jql=}.
 */
public final class EvidenceHealthView {

    /** The project page's {@code selectedItem}: the location of the web panel that renders this page. */
    public static final String SELECTED_ITEM = "com.empathyevidence.evidence-health";

    private final EvidenceHealth.Result result;
    private final Texts texts;
    private final List<HealthRowView> rows = new ArrayList<>();
    private final List<HealthLinkView> filters = new ArrayList<>();
    private final List<HealthLinkView> columns = new ArrayList<>();

    public EvidenceHealthView(EvidenceHealth.Result result, Texts texts) {
        this.result = result;
        this.texts = texts;
        EvidenceHealth.Query q = result.query();
        for (EvidenceHealth.Filter f : EvidenceHealth.Filter.values()) {
            EvidenceHealth.Query to = new EvidenceHealth.Query(q.projectKey(), f, q.sort(), q.descending(), 0);
            filters.add(link(f.param(), texts.get("empathy.health.filter." + f.param()), to, f == q.filter(), null));
        }
        for (EvidenceHealth.Sort s : List.of(EvidenceHealth.Sort.KEY, EvidenceHealth.Sort.STRENGTH, EvidenceHealth.Sort.AGING,
                EvidenceHealth.Sort.STALE, EvidenceHealth.Sort.FRESHEST)) {
            boolean current = s == q.sort();
            // a second click on the current column turns its order around; another column starts ascending
            EvidenceHealth.Query to = new EvidenceHealth.Query(q.projectKey(), q.filter(), s, current && !q.descending(), 0);
            columns.add(link(s.param(), texts.get("empathy.health.column." + s.param()), to, current,
                    current ? (q.descending() ? "descending" : "ascending") : "none"));
        }
        for (IssueSearch.Found found : result.page().issues()) {
            rows.add(row(found));
        }
    }

    private HealthRowView row(IssueSearch.Found f) {
        IssueSummary s = f.summary();
        boolean any = s != null && s.count() > 0;
        List<LabelView> warnings = new ArrayList<>();
        if (s != null) {
            for (String w : s.warnings()) {
                String key = w.toLowerCase(Locale.ROOT);
                warnings.add(new LabelView(key, texts.get("empathy.health.warning." + key)));
            }
        } else {
            warnings.add(new LabelView("no_evidence", texts.get("empathy.health.warning.no_evidence")));
        }
        String band = any ? texts.get("empathy.strength.band." + s.band().toLowerCase(Locale.ROOT)) : "";
        String lozenge = !any ? "" : switch (s.band()) {
            case "HIGH" -> "aui-lozenge-success";
            case "MEDIUM" -> "aui-lozenge-moved";
            default -> "aui-lozenge-removed";
        };
        return new HealthRowView(f.issueKey(), f.title(), f.status(), "../browse/" + enc(f.issueKey()), any,
                any ? String.valueOf(s.strength()) : texts.get("empathy.health.noEvidence"), band, lozenge,
                any ? s.freshCount() : 0, any ? s.agingCount() : 0, any ? s.staleCount() : 0, warnings,
                any && s.freshestOn() != null ? FreshnessText.date(texts, s.freshestOn()) : texts.get("empathy.health.noDate"),
                any && s.confidence() != null ? texts.get("empathy.health.confidence." + s.confidence().toLowerCase(Locale.ROOT))
                        : texts.get("empathy.health.noDate"));
    }

    private HealthLinkView link(String key, String label, EvidenceHealth.Query to, boolean current, String sortState) {
        String query = query(to);
        return new HealthLinkView(key, label, "?selectedItem=" + SELECTED_ITEM + "&" + query, query, current, sortState);
    }

    /** The page's own query string (what REST takes): filter, sort, order, start. */
    static String query(EvidenceHealth.Query q) {
        return "filter=" + q.filter().param() + "&sort=" + q.sort().param() + "&order=" + (q.descending() ? "desc" : "asc")
                + "&start=" + q.start();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String getProjectKey() {
        return result.query().projectKey();
    }

    public String getTitle() {
        return texts.get("empathy.health.title", result.projectName());
    }

    public String getIntro() {
        return texts.get("empathy.health.intro");
    }

    public String getFilterLabel() {
        return texts.get("empathy.health.filters");
    }

    public List<HealthLinkView> getFilters() {
        return filters;
    }

    public List<HealthLinkView> getColumns() {
        return columns;
    }

    public String getFreshHeader() {
        return texts.get("empathy.health.column.fresh");
    }

    public String getWarningsHeader() {
        return texts.get("empathy.health.column.warnings");
    }

    public String getConfidenceHeader() {
        return texts.get("empathy.health.column.confidence");
    }

    public String getStatusHeader() {
        return texts.get("empathy.health.column.status");
    }

    public String getCaption() {
        return texts.get("empathy.health.caption", result.projectName());
    }

    public List<HealthRowView> getRows() {
        return rows;
    }

    public boolean isAnyRow() {
        return !rows.isEmpty();
    }

    public String getCountText() {
        int total = result.page().total();
        if (total == 0) {
            return texts.get("empathy.health.count.none");
        }
        return texts.get("empathy.health.count", total, result.query().start() + 1, result.query().start() + rows.size());
    }

    public String getEmptyText() {
        return texts.get(result.query().filter() == EvidenceHealth.Filter.ALL ? "empathy.health.empty" : "empathy.health.empty.filtered");
    }

    public String getPagerLabel() {
        return texts.get("empathy.health.pager");
    }

    public HealthLinkView getPrevious() {
        int at = result.previous();
        return at < 0 ? null : pagerLink("previous", texts.get("empathy.health.previous"), at);
    }

    public HealthLinkView getNext() {
        int at = result.next();
        return at < 0 ? null : pagerLink("next", texts.get("empathy.health.next"), at);
    }

    private HealthLinkView pagerLink(String key, String label, int start) {
        EvidenceHealth.Query q = result.query();
        return link(key, label, new EvidenceHealth.Query(q.projectKey(), q.filter(), q.sort(), q.descending(), start), false, null);
    }

    public String getJql() {
        return result.query().jql();
    }

    public String getJqlHref() {
        return "../issues/?jql=" + enc(result.query().jql());
    }

    public String getJqlLabel() {
        return texts.get("empathy.health.jql");
    }

    public String getCountsNote() {
        return texts.get("empathy.health.countsNote");
    }

    public String getLoadError() {
        return texts.get("empathy.health.loadError");
    }

    public String getSortLabel() {
        return texts.get("empathy.health.sortHint");
    }
}
