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

    /** Rows shown per relation before "Show all N" (a screenful of the issue view's side panel). */
    public static final int SCREENFUL = 5;

    private final String issueKey;
    private final List<RelationGroupView> groups = new ArrayList<>();
    private final List<LabelView> warnings = new ArrayList<>();
    private final List<LabelView> breakdown = new ArrayList<>();
    private final List<PanelItemView> mapItems = new ArrayList<>();
    private final int count;
    private final int hidden;
    private final boolean anyStrength;
    private final int score;
    private final String strengthLabel;
    private final String bandLozenge;
    private final ConfidenceView confidence;
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
        this(issue, texts, editable, today, java.util.Set.of());
    }

    /**
     * @param expanded the relations (lower-case keys, e.g. "supports") whose rows are all shown; every other relation
     *                 shows its first {@link #SCREENFUL} rows and a "Show all N" button that fetches the panel again with it
     */
    public EvidencePanelView(IssueEvidenceJson issue, Texts texts, boolean editable, java.time.LocalDate today,
                             java.util.Set<String> expanded) {
        this(issue, texts, editable, today, expanded, null, null, null, 0);
    }

    /**
     * @param totals         the pieces the viewer sees per relation (upper-case relation names) when {@code issue} holds only
     *                       the rows shown; null when it holds every visible row
     * @param supporters     the distinct participants behind the active supporting pieces the viewer sees (with {@code totals})
     * @param against        the same behind the active contradicting pieces
     * @param unnamedAgainst active contradicting pieces the viewer sees without a participant
     */
    public EvidencePanelView(IssueEvidenceJson issue, Texts texts, boolean editable, java.time.LocalDate today,
                             java.util.Set<String> expanded, java.util.Map<String, Integer> totals, java.util.Set<String> supporters,
                             java.util.Set<String> against, int unnamedAgainst) {
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
        this.count = totals == null ? issue.evidence.size() : totals.values().stream().mapToInt(Integer::intValue).sum();
        this.hidden = issue.hidden;
        java.util.Map<Long, EvidenceJson> listed = new java.util.HashMap<>();
        issue.evidence.forEach(e -> listed.put(e.id, e));
        java.util.Map<Long, EvidenceJson> successors = new java.util.HashMap<>();
        issue.successors.forEach(e -> successors.put(e.id, e));
        for (Relation relation : Relation.values()) {
            List<EvidenceRowView> rows = new ArrayList<>();
            for (EvidenceJson e : issue.evidence) {
                if (relation.name().equals(e.relation)) {
                    rows.add(row(e, listed, successors, texts));
                }
            }
            int total = totals == null ? rows.size() : totals.getOrDefault(relation.name(), 0);
            if (total > 0) {
                String key = relation.name().toLowerCase(Locale.ROOT);
                boolean all = expanded.contains(key) || total <= SCREENFUL;
                groups.add(new RelationGroupView(key, texts.get("empathy.relation." + key),
                        all ? rows : List.copyOf(rows.subList(0, Math.min(SCREENFUL, rows.size()))),
                        all ? "" : texts.get("empathy.panel.showAll", total)));
            }
        }
        boolean noEvidence = false;
        for (WarningJson w : issue.warnings) {
            noEvidence |= "NO_EVIDENCE".equals(w.type);
            String key = "empathy.warning." + w.type.toLowerCase(Locale.ROOT);
            String date = w.date == null ? "" : FreshnessText.date(texts, java.time.LocalDate.parse(w.date));
            warnings.add(new LabelView(w.type.toLowerCase(Locale.ROOT), texts.get(key, w.count, date, w.of)));
        }
        this.score = issue.strength.score;
        this.strengthLabel = texts.get("empathy.strength.label", issue.strength.score,
                texts.get("empathy.strength.band." + issue.strength.band.toLowerCase(Locale.ROOT)));
        this.bandLozenge = switch (issue.strength.band) {
            case "HIGH" -> "aui-lozenge-success";
            case "MEDIUM" -> "aui-lozenge-moved";
            default -> "aui-lozenge-removed";
        };
        this.confidence = issue.confidence == null ? null : new ConfidenceView(issue.confidence, issue.hidden, texts);
        breakdown(issue, texts, supporters, against, unnamedAgainst);
        for (IssueEvidenceJson.LinkedItemJson item : issue.mapItems) {
            boolean backedUnseen = item.rollup.assumption && item.hidden > 0;
            String rollup = backedUnseen ? texts.get("empathy.rollup.hidden", item.hidden) : RollupText.of(item.rollup, texts);
            mapItems.add(new PanelItemView(item.id, item.relation, item.statement, texts.get("empathy.section." + item.section.toLowerCase(Locale.ROOT)),
                    texts.get("empathy.relation." + item.relation.toLowerCase(Locale.ROOT)), rollup,
                    item.rollup.assumption && !backedUnseen, texts));
        }
        this.hiddenNotice = issue.hidden == 0 ? "" : texts.get("empathy.panel.hidden", issue.hidden);
        // One message per fact: an issue without evidence has its empty state (or its NO_EVIDENCE warning), not also a 0.
        this.anyStrength = !isEmpty() && !noEvidence;
        if (isEmpty()) {
            warnings.clear();
        }
    }

    /** A row, naming the successor of a retired piece: linked to its row when it is on this panel, else to its source. */
    private static EvidenceRowView row(EvidenceJson e, java.util.Map<Long, EvidenceJson> listed, java.util.Map<Long, EvidenceJson> successors, Texts texts) {
        if (!"RETIRED".equals(e.status) || e.successorId == null) {
            return EvidenceRowView.of(e, texts);
        }
        EvidenceJson onPanel = listed.get(e.successorId);
        EvidenceJson successor = onPanel != null ? onPanel : successors.get(e.successorId);
        if (successor == null) {
            return EvidenceRowView.of(e, texts, null, null, true);
        }
        String name = successor.redacted ? texts.get("empathy.evidence.redacted") : successor.text;
        String href = onPanel != null ? "#empathy-evidence-" + successor.id : SafeLinks.httpOrNull(successor.sourceLink);
        return EvidenceRowView.of(e, texts, name, href, false);
    }

    /**
     * One line per part of the score, each saying what it counts. Breadth names every participant behind the supporting
     * evidence the viewer sees and counts the ones they can't; the penalty names the voices against it likewise.
     */
    private void breakdown(IssueEvidenceJson issue, Texts texts, java.util.Set<String> counted, java.util.Set<String> countedAgainst,
                           int countedUnnamed) {
        java.util.TreeSet<String> supporters = new java.util.TreeSet<>();
        java.util.TreeSet<String> against = new java.util.TreeSet<>();
        int unnamedAgainst = 0;
        if (counted != null) {
            // the panel lists only a screenful: the store counted the voices of every row the viewer sees
            supporters.addAll(counted);
            against.addAll(countedAgainst);
            unnamedAgainst = countedUnnamed;
        }
        for (EvidenceJson e : counted != null ? List.<EvidenceJson>of() : issue.evidence) {
            if (!"ACTIVE".equals(e.status) || e.relation == null) {
                continue;
            }
            if ("CONTRADICTS".equals(e.relation)) {
                if (e.participantAlias == null) {
                    unnamedAgainst++;
                } else {
                    against.add(e.participantAlias);
                }
            } else if (e.participantAlias != null) {
                supporters.add(e.participantAlias);
            }
        }
        List<String> who = new ArrayList<>(supporters);
        int hiddenSupporters = Math.max(0, issue.strength.participants - supporters.size());
        if (hiddenSupporters > 0) {
            who.add(texts.get("empathy.strength.hidden", hiddenSupporters));
        }
        breakdown.add(new LabelView("breadth", texts.get("empathy.strength.breadth", issue.strength.breadth, issue.strength.participants,
                list(who, texts), who.size())));
        breakdown.add(new LabelView("diversity", texts.get("empathy.strength.diversity", issue.strength.diversity, issue.strength.kinds, issue.strength.segments)));
        breakdown.add(new LabelView("recency", texts.get("empathy.strength.recency", issue.strength.recency)));
        breakdown.add(new LabelView("method", texts.get("empathy.strength.method", issue.strength.method)));
        if (issue.strength.penalty > 0) {
            List<String> voices = new ArrayList<>(against);
            if (unnamedAgainst > 0) {
                voices.add(texts.get("empathy.strength.unnamed", unnamedAgainst));
            }
            int hiddenVoices = Math.max(0, issue.strength.penalty / 10 - against.size() - unnamedAgainst);
            if (hiddenVoices > 0) {
                voices.add(texts.get("empathy.strength.hidden", hiddenVoices));
            }
            breakdown.add(new LabelView("penalty", texts.get("empathy.strength.penalty", issue.strength.penalty, list(voices, texts), voices.size())));
        }
        if (issue.hidden > 0) {
            breakdown.add(new LabelView("hidden", texts.get("empathy.strength.includesHidden", issue.hidden)));
        }
    }

    /** "P-014", "P-014 and P-021", "P-014, P-021 and 1 you can’t see". */
    static String list(List<String> parts, Texts texts) {
        if (parts.isEmpty()) {
            return "";
        }
        String joined = parts.get(parts.size() - 1);
        if (parts.size() > 1) {
            String head = parts.get(0);
            for (int i = 1; i < parts.size() - 1; i++) {
                head = texts.get("empathy.list.more", head, parts.get(i));
            }
            joined = texts.get("empathy.list.pair", head, joined);
        }
        return joined;
    }

    public String getIssueKey() {
        return issueKey;
    }

    /** The key of the issue's project (a Jira issue key is PROJECT-NUMBER): new evidence is owned by it. */
    /** The project's evidence health page, relative to the issue page ({@code <context>/browse/KEY}). */
    public String getHealthHref() {
        return "../projects/" + java.net.URLEncoder.encode(getProjectKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "?selectedItem=" + EvidenceHealthView.SELECTED_ITEM;
    }

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

    /** Nothing is linked at all, visible or not: the panel shows its one empty state and nothing else. */
    public boolean isEmpty() {
        return count == 0 && mapItems.isEmpty() && hidden == 0;
    }

    /** True when the strength is worth showing: the issue rests on active evidence (visible to the viewer or not). */
    public boolean isAnyStrength() {
        return anyStrength;
    }

    /** True when the viewer sees at least one piece in the list. */
    public boolean isAnyEvidence() {
        return count > 0;
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

    /** GRADE-CERQual confidence beside the strength; null when the answer carries none. */
    public ConfidenceView getConfidence() {
        return confidence;
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

    /** "2 more pieces of evidence you can’t see: they belong to Jira projects you can’t browse. …", or empty. */
    public String getHiddenNotice() {
        return hiddenNotice;
    }
}
