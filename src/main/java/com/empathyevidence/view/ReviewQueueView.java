package com.empathyevidence.view;

import com.empathyevidence.app.ReviewQueue;
import com.empathyevidence.domain.TrustRule;
import com.empathyevidence.rest.EvidenceJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The review queue page ("My evidence to review", or a project's): the trust figure, the listed pieces, paging. */
public final class ReviewQueueView {

    private final String title;
    private final String intro;
    private final String trustLine;
    private final String summary;
    private final String projectKey;
    private final List<ReviewRowView> rows = new ArrayList<>();
    private final String previousHref;
    private final String nextHref;
    private final boolean anyEditable;

    public ReviewQueueView(ReviewQueue.Page page, Texts texts) {
        this.projectKey = page.projectKey() == null ? "" : page.projectKey();
        this.title = page.projectKey() == null ? texts.get("empathy.review.title.mine") : texts.get("empathy.review.title.project", page.projectKey());
        this.intro = texts.get(page.projectKey() == null ? "empathy.review.intro.mine" : "empathy.review.intro.project", ReviewQueue.PAGE_SIZE);
        this.trustLine = trustLine(page.trust(), texts);
        this.summary = page.total() == 0 ? texts.get(page.projectKey() == null ? "empathy.review.empty.mine" : "empathy.review.empty.project")
                : texts.get("empathy.review.summary", page.offset() + 1, page.offset() + page.items().size(), page.total());
        List<EvidenceRowView> evidenceRows = new ArrayList<>();
        Map<Long, com.empathyevidence.app.OwnerService.Stewardship> stewardship = new java.util.HashMap<>();
        boolean editable = false;
        for (ReviewQueue.Item item : page.items()) {
            EvidenceRowView evidence = EvidenceRowView.of(EvidenceJson.of(item.evidence()), texts);
            evidenceRows.add(evidence);
            stewardship.put(evidence.getId(), item.stewardship());
            rows.add(new ReviewRowView(item, evidence, texts));
            editable |= item.editable();
        }
        StewardshipView.attach(evidenceRows, stewardship, texts);
        this.anyEditable = editable;
        String scope = page.projectKey() == null ? "" : "project=" + page.projectKey() + "&";
        this.previousHref = page.offset() == 0 ? null : "?" + scope + "start=" + Math.max(0, page.offset() - page.limit());
        this.nextHref = page.offset() + page.items().size() >= page.total() ? null : "?" + scope + "start=" + (page.offset() + page.limit());
    }

    /** "82 % of the evidence behind open work is fresh (9 of 11 pieces)", or the line for no evidence behind open work. */
    public static String trustLine(TrustRule.Trust trust, Texts texts) {
        return trust.any() ? texts.get("empathy.review.trust", trust.percent(), trust.fresh(), trust.total())
                : texts.get("empathy.review.trustNone");
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public String getTrustLine() {
        return trustLine;
    }

    public String getSummary() {
        return summary;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public List<ReviewRowView> getRows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public boolean isAnyEditable() {
        return anyEditable;
    }

    public String getPreviousHref() {
        return previousHref;
    }

    public String getNextHref() {
        return nextHref;
    }
}
