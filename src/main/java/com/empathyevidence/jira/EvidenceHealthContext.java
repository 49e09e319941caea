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

    @Inject
    public EvidenceHealthContext(EvidenceHealth health, Texts texts, ViewRenderer renderer) {
        this.health = health;
        this.texts = texts;
        this.renderer = renderer;
    }

    /** The template's context; throws {@link com.empathyevidence.domain.Problem} when the reader may not browse the project. */
    public Map<String, Object> contextFor(EvidenceHealth.Query query) {
        Map<String, Object> context = new HashMap<>();
        context.put("health", new EvidenceHealthView(health.page(query), texts));
        return context;
    }

    public String render(EvidenceHealth.Query query) {
        return renderer.render(TEMPLATE, contextFor(query));
    }
}
