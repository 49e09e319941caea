package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.IssueEvidenceService;
import com.empathyevidence.app.Today;
import com.empathyevidence.rest.IssueEvidenceJson;
import com.empathyevidence.view.EvidencePanelView;
import com.empathyevidence.view.Texts;
import com.empathyevidence.view.ViewRenderer;
import java.util.HashMap;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * The one way the evidence panel is rendered: the web panel's context provider uses it when Jira shows the issue, and
 * {@code GET /issues/{key}/panel} uses it to hand the panel's script fresh HTML after a change. Same model, same
 * template, same permission checks (browse on the issue and on each owning project; write actions only with edit).
 */
@JiraComponent
public class EvidencePanelContext {

    public static final String TEMPLATE = "templates/evidence-panel.vm";

    private final IssueEvidenceService service;
    private final AccessPolicy access;
    private final Texts texts;
    private final Today today;
    private final ViewRenderer renderer;
    private final com.empathyevidence.app.HostAccessMode accessMode;
    private final com.empathyevidence.app.PanelSettingsService phaseIn;
    private final com.empathyevidence.app.EvidenceCheckService checks;
    private final com.empathyevidence.app.OwnerService owners;

    @Inject
    public EvidencePanelContext(IssueEvidenceService service, AccessPolicy access, Texts texts, Today today, ViewRenderer renderer,
                                com.empathyevidence.app.HostAccessMode accessMode, com.empathyevidence.app.PanelSettingsService phaseIn,
                                com.empathyevidence.app.EvidenceCheckService checks, com.empathyevidence.app.OwnerService owners) {
        this.owners = owners;
        this.service = service;
        this.access = access;
        this.texts = texts;
        this.today = today;
        this.renderer = renderer;
        this.accessMode = accessMode;
        this.phaseIn = phaseIn;
        this.checks = checks;
    }

    /** Without phase-in settings (unit tests of the panel's content): warnings always on. */
    public EvidencePanelContext(IssueEvidenceService service, AccessPolicy access, Texts texts, Today today, ViewRenderer renderer,
                                com.empathyevidence.app.HostAccessMode accessMode, com.empathyevidence.app.EvidenceCheckService checks) {
        this(service, access, texts, today, renderer, accessMode, null, checks, null);
    }

    /** Without a host access mode and workflow passes (unit tests of the panel's content): never read-only. */
    public EvidencePanelContext(IssueEvidenceService service, AccessPolicy access, Texts texts, Today today, ViewRenderer renderer) {
        this(service, access, texts, today, renderer, null, null);
    }

    /** The template's context for an issue; throws {@link com.empathyevidence.domain.Problem} when the viewer may not see it. */
    public Map<String, Object> contextFor(String issueKey) {
        return contextFor(issueKey, java.util.Set.of());
    }

    /** As {@link #contextFor(String)}, with every row shown for the given relations (lower-case keys): "Show all N". */
    public Map<String, Object> contextFor(String issueKey, java.util.Set<String> expanded) {
        java.util.Set<com.empathyevidence.domain.Relation> relations = java.util.EnumSet.noneOf(com.empathyevidence.domain.Relation.class);
        for (com.empathyevidence.domain.Relation r : com.empathyevidence.domain.Relation.values()) {
            if (expanded.contains(r.name().toLowerCase(java.util.Locale.ROOT))) {
                relations.add(r);
            }
        }
        // the first screen: counts from aggregate queries, only the rows shown loaded (issue 14)
        com.empathyevidence.app.IssuePanel shownPanel = service.forPanel(issueKey, relations, EvidencePanelView.SCREENFUL);
        com.empathyevidence.app.IssueEvidence issueEvidence = shownPanel.shown();
        java.util.Map<String, Integer> totals = null;
        if (shownPanel.visibleByRelation() != null) {
            totals = new java.util.HashMap<>();
            for (java.util.Map.Entry<com.empathyevidence.domain.Relation, Integer> t : shownPanel.visibleByRelation().entrySet()) {
                totals.put(t.getKey().name(), t.getValue());
            }
        }
        IssueEvidenceJson evidence = IssueEvidenceJson.of(issueEvidence);
        Map<String, Object> context = new HashMap<>();
        context.put("text", new com.empathyevidence.view.EvidencePanelTexts(texts));
        phaseIn(issueEvidence.issue().projectKey(), evidence, context);
        boolean mayEdit = access.canEditIssue(evidence.issueKey);
        if (mayEdit && accessMode != null && accessMode.readOnly()) {
            // The host is in read-only mode: no write controls, and one line saying why (only to who could otherwise write).
            mayEdit = false;
            context.put("readOnlyNotice", texts.get(accessMode.messageKey()));
        }
        if (checks != null) {
            // workflow evidence check: transitions that passed in warn-only mode although something was missing
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (com.empathyevidence.domain.WorkflowPass pass : checks.passes(evidence.issueKey)) {
                lines.add(com.empathyevidence.view.EvidenceCheckView.passLine(texts, pass, pass.userKey() == null ? "" : pass.userKey()));
            }
            context.put("workflowPasses", new com.empathyevidence.view.WorkflowPassesView(texts.get("empathy.workflow.pass.heading"), lines));
        }
        Texts viewTexts = texts.forOneView();
        EvidencePanelView panel = new EvidencePanelView(evidence, viewTexts, mayEdit, today.get(), expanded, totals,
                shownPanel.supporterAliases(), shownPanel.againstAliases(), shownPanel.unnamedAgainst());
        if (owners != null) {
            // Owner, review-by date, requests and re-confirmation history of each piece shown (issue 16).
            java.util.List<com.empathyevidence.view.EvidenceRowView> rows = new java.util.ArrayList<>();
            panel.getGroups().forEach(g -> rows.addAll(g.getRows()));
            com.empathyevidence.view.StewardshipView.attach(rows, owners.of(issueEvidence.evidence()), viewTexts);
        }
        context.put("panel", panel);
        return context;
    }

    /**
     * phasein (issue 16): the project's warnings mode, applied for this reader ({@link com.empathyevidence.domain.PhaseInRule}):
     * no warnings when they are off, or in preview for someone who does not administer the project; in preview, the
     * project's administrators see them with the preview line and its link to the project's Evidence settings.
     */
    private void phaseIn(String projectKey, IssueEvidenceJson evidence, Map<String, Object> context) {
        if (phaseIn == null || projectKey == null) {
            return;
        }
        com.empathyevidence.domain.PhaseInRule.Shown shown = phaseIn.shownTo(phaseIn.settingOf(projectKey));
        if (shown == com.empathyevidence.domain.PhaseInRule.Shown.NONE) {
            evidence.warnings = new java.util.ArrayList<>();
        } else if (shown == com.empathyevidence.domain.PhaseInRule.Shown.WARNINGS_IN_PREVIEW) {
            context.put("warningsPreview", texts.get("empathy.phasein.panel.preview", phaseIn.flaggedCount(projectKey)));
            context.put("warningsPreviewLink", texts.get("empathy.phasein.panel.previewLink"));
            context.put("warningsPreviewHref", com.empathyevidence.jira.PanelSettingsPages.href(projectKey));
        }
    }

    /** The panel's HTML, rendered by the host's template renderer (escaping every reference, allow-list enforced). */
    public String render(String issueKey) {
        return render(issueKey, java.util.Set.of());
    }

    /** The panel's HTML with every row of the given relations shown. */
    public String render(String issueKey, java.util.Set<String> expanded) {
        return renderer.render(TEMPLATE, contextFor(issueKey, expanded));
    }
}
