package com.empathyevidence.view;

import com.empathyevidence.domain.Relation;
import com.empathyevidence.rest.EvidenceJson;
import com.empathyevidence.rest.IssueEvidenceJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Jira evidence panel's model: the issue's evidence grouped by relation. */
public final class EvidencePanelView {

    private final String issueKey;
    private final List<RelationGroupView> groups = new ArrayList<>();
    private final int count;
    private final String hiddenNotice;

    public EvidencePanelView(IssueEvidenceJson issue, Texts texts) {
        this.issueKey = issue.issueKey;
        this.count = issue.evidence.size();
        for (Relation relation : Relation.values()) {
            List<EvidenceRowView> rows = new ArrayList<>();
            for (EvidenceJson e : issue.evidence) {
                if (relation.name().equals(e.relation)) {
                    rows.add(EvidenceRowView.of(e, texts));
                }
            }
            if (!rows.isEmpty()) {
                groups.add(new RelationGroupView(texts.get("empathy.relation." + relation.name().toLowerCase(Locale.ROOT)), rows));
            }
        }
        this.hiddenNotice = issue.hidden == 0 ? "" : texts.get("empathy.panel.hidden", issue.hidden);
    }

    public String getIssueKey() {
        return issueKey;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int getCount() {
        return count;
    }

    public List<RelationGroupView> getGroups() {
        return groups;
    }

    /** "2 linked items are hidden because you can't see their project", or empty. */
    public String getHiddenNotice() {
        return hiddenNotice;
    }

    /** The evidence linked with one relation. */
    public static final class RelationGroupView {
        private final String label;
        private final List<EvidenceRowView> rows;

        RelationGroupView(String label, List<EvidenceRowView> rows) {
            this.label = label;
            this.rows = rows;
        }

        public String getLabel() {
            return label;
        }

        public List<EvidenceRowView> getRows() {
            return rows;
        }
    }
}
