package com.empathyevidence.view;

import com.empathyevidence.domain.Relation;
import com.empathyevidence.rest.EvidenceJson;
import com.empathyevidence.rest.IssueEvidenceJson;
import com.empathyevidence.rest.WarningJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Jira evidence panel's model: strength, warnings, and the issue's evidence grouped by relation. */
public final class EvidencePanelView {

    private final String issueKey;
    private final List<RelationGroupView> groups = new ArrayList<>();
    private final List<LabelView> warnings = new ArrayList<>();
    private final List<LabelView> breakdown = new ArrayList<>();
    private final List<PanelItemView> mapItems = new ArrayList<>();
    private final int count;
    private final int score;
    private final String strengthLabel;
    private final String bandLozenge;
    private final String hiddenNotice;
    private final boolean editable;
    private final String today;
    private final String clientTexts;
    private final List<LabelView> sections = new ArrayList<>();
    private final List<LabelView> sourceKinds = new ArrayList<>();
    private final List<LabelView> relations = new ArrayList<>();
    private final Texts texts;

    /**
     * @param editable true when the viewer may edit the issue: only then does the panel offer write actions
     * @param today    the server's today, the default and latest observed date of new evidence
     */
    public EvidencePanelView(IssueEvidenceJson issue, Texts texts, boolean editable, java.time.LocalDate today) {
        this.issueKey = issue.issueKey;
        this.texts = texts;
        this.editable = editable;
        this.today = today.toString();
        this.clientTexts = editable ? ClientTexts.json(texts) : "{}";
        for (com.empathyevidence.domain.Section s : com.empathyevidence.domain.Section.values()) {
            sections.add(new LabelView(s.name(), texts.get("empathy.section." + s.name().toLowerCase(Locale.ROOT))));
        }
        for (com.empathyevidence.domain.SourceKind k : com.empathyevidence.domain.SourceKind.values()) {
            sourceKinds.add(new LabelView(k.name(), texts.get("empathy.sourceKind." + k.name().toLowerCase(Locale.ROOT))));
        }
        for (Relation r : Relation.values()) {
            relations.add(new LabelView(r.name(), texts.get("empathy.relation." + r.name().toLowerCase(Locale.ROOT))));
        }
        this.count = issue.evidence.size();
        for (Relation relation : Relation.values()) {
            List<EvidenceRowView> rows = new ArrayList<>();
            for (EvidenceJson e : issue.evidence) {
                if (relation.name().equals(e.relation)) {
                    rows.add(EvidenceRowView.of(e, texts));
                }
            }
            if (!rows.isEmpty()) {
                groups.add(new RelationGroupView(relation.name().toLowerCase(Locale.ROOT),
                        texts.get("empathy.relation." + relation.name().toLowerCase(Locale.ROOT)), rows));
            }
        }
        for (WarningJson w : issue.warnings) {
            String key = "empathy.warning." + w.type.toLowerCase(Locale.ROOT);
            warnings.add(new LabelView(w.type.toLowerCase(Locale.ROOT), texts.get(key, w.count, w.date == null ? "" : w.date, w.of)));
        }
        this.score = issue.strength.score;
        this.strengthLabel = texts.get("empathy.strength.label", issue.strength.score,
                texts.get("empathy.strength.band." + issue.strength.band.toLowerCase(Locale.ROOT)));
        this.bandLozenge = switch (issue.strength.band) {
            case "HIGH" -> "aui-lozenge-success";
            case "MEDIUM" -> "aui-lozenge-moved";
            default -> "aui-lozenge-removed";
        };
        breakdown.add(new LabelView("breadth", texts.get("empathy.strength.breadth", issue.strength.breadth, issue.strength.participants)));
        breakdown.add(new LabelView("diversity", texts.get("empathy.strength.diversity", issue.strength.diversity, issue.strength.kinds, issue.strength.segments)));
        breakdown.add(new LabelView("recency", texts.get("empathy.strength.recency", issue.strength.recency)));
        breakdown.add(new LabelView("method", texts.get("empathy.strength.method", issue.strength.method)));
        if (issue.strength.penalty > 0) {
            breakdown.add(new LabelView("penalty", texts.get("empathy.strength.penalty", issue.strength.penalty)));
        }
        for (IssueEvidenceJson.LinkedItemJson item : issue.mapItems) {
            mapItems.add(new PanelItemView(item.id, item.relation, item.statement, texts.get("empathy.section." + item.section.toLowerCase(Locale.ROOT)),
                    texts.get("empathy.relation." + item.relation.toLowerCase(Locale.ROOT)), RollupText.of(item.rollup, texts),
                    item.rollup.assumption, texts));
        }
        this.hiddenNotice = issue.hidden == 0 ? "" : texts.get("empathy.panel.hidden", issue.hidden);
    }

    public String getIssueKey() {
        return issueKey;
    }

    /** The key of the issue's project (a Jira issue key is PROJECT-NUMBER): new evidence is owned by it. */
    public String getProjectKey() {
        int dash = issueKey == null ? -1 : issueKey.lastIndexOf('-');
        return dash < 0 ? "" : issueKey.substring(0, dash);
    }

    /** True when the viewer may edit the issue: add, link, re-confirm, unlink and change relations. */
    public boolean isEditable() {
        return editable;
    }

    /** Today, yyyy-MM-dd. */
    public String getToday() {
        return today;
    }

    /** The texts the panel's script shows, as a JSON object (key suffix to text); escaped by the renderer into an attribute. */
    public String getClientTexts() {
        return clientTexts;
    }

    /** Every map section: key (enum name) and label. */
    public List<LabelView> getSections() {
        return sections;
    }

    public List<LabelView> getSourceKinds() {
        return sourceKinds;
    }

    public List<LabelView> getRelations() {
        return relations;
    }

    public boolean isEmpty() {
        return count == 0 && mapItems.isEmpty();
    }

    public int getCount() {
        return count;
    }

    /** "6 pieces of evidence". */
    public String getCountLabel() {
        return texts.get("empathy.panel.count", count);
    }

    /** "Add evidence to DEMO-1": the add form's title. */
    public String getFormTitle() {
        return texts.get("empathy.form.title", issueKey);
    }

    /** "Link evidence or a map item to DEMO-1": the link dialog's title. */
    public String getDialogTitle() {
        return texts.get("empathy.dialog.title", issueKey);
    }

    public int getScore() {
        return score;
    }

    /** "Evidence strength 62 of 100 — medium confidence". */
    public String getStrengthLabel() {
        return strengthLabel;
    }

    public String getBandLozenge() {
        return bandLozenge;
    }

    public List<LabelView> getBreakdown() {
        return breakdown;
    }

    /** Most serious first; each says what to do. */
    public List<LabelView> getWarnings() {
        return warnings;
    }

    public boolean isAnyWarning() {
        return !warnings.isEmpty();
    }

    public boolean isAnyMapItem() {
        return !mapItems.isEmpty();
    }

    public List<PanelItemView> getMapItems() {
        return mapItems;
    }

    public List<RelationGroupView> getGroups() {
        return groups;
    }

    /** "2 linked items are hidden because you can't see their projects", or empty. */
    public String getHiddenNotice() {
        return hiddenNotice;
    }
}
