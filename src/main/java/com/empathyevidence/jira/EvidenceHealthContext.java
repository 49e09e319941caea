package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.app.EvidenceHealth;
import com.empathyevidence.view.EvidenceHealthView;
import com.empathyevidence.view.Texts;
import com.empathyevidence.view.ViewRenderer;
import java.util.HashMap;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * The one way the evidence health page is rendered: the project page's web panel shows its first page, and
 * {@code GET /projects/{key}/health} hands the page's script every other page (filter, sort, pager) as HTML from the
 * same template, with the same permission checks.
 */
@JiraComponent
public class EvidenceHealthContext {

    public static final String TEMPLATE = "templates/evidence-health.vm";

    private final EvidenceHealth health;
    private final Texts texts;
    private final ViewRenderer renderer;
    private final com.empathyevidence.app.PanelSettingsService phaseIn;
    private final com.empathyevidence.app.ReviewQueue review;

    @Inject
    public EvidenceHealthContext(EvidenceHealth health, Texts texts, ViewRenderer renderer, com.empathyevidence.app.PanelSettingsService phaseIn,
                                 com.empathyevidence.app.ReviewQueue review) {
        this.health = health;
        this.texts = texts;
        this.renderer = renderer;
        this.phaseIn = phaseIn;
        this.review = review;
    }

    /** The template's context; throws {@link com.empathyevidence.domain.Problem} when the reader may not browse the project. */
    public Map<String, Object> contextFor(EvidenceHealth.Query query) {
        Map<String, Object> context = new HashMap<>();
        context.put("health", new EvidenceHealthView(health.page(query), texts));
        // phasein (issue 16): the project's Evidence settings, linked for those who may change them
        if (phaseIn != null && phaseIn.mayChange(query.projectKey())) {
            context.put("settingsHref", PanelSettingsPages.href(query.projectKey().strip().toUpperCase(java.util.Locale.ROOT)));
            context.put("settingsLink", texts.get("empathy.phasein.health.link"));
        }
        if (review != null) {
            // The project's trust figure and its review queue (issue 16), for the page's header.
            com.empathyevidence.app.ReviewQueue.Page queue = review.project(query.projectKey(), 0);
            context.put("reviewTrust", com.empathyevidence.view.ReviewQueueView.trustLine(queue.trust(), texts));
            context.put("reviewHref", "../plugins/servlet/empathy/review?project=" + queue.projectKey());
            context.put("reviewLinkText", texts.get("empathy.review.healthLink"));
        }
        return context;
    }

    public String render(EvidenceHealth.Query query) {
        return renderer.render(TEMPLATE, contextFor(query));
    }
}
