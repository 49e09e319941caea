package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.ReviewQueue;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.view.ReviewQueueView;
import com.empathyevidence.view.ViewRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jakarta.inject.Inject;

/** The review queue page ("My evidence to review", or a project's with {@code ?project=KEY}), rendered on the server. */
@JiraComponent
public class ReviewPages {

    /** "plugin key:web-resource key" of the page's script and styles. */
    public static final String RESOURCES = "com.empathyevidence.empathy-evidence:review-queue-resources";

    /** The page's static texts, passed to the template as {@code $t_<suffix>} from {@code empathy.review.page.<suffix>}. */
    static final List<String> PAGE_KEYS = List.of("selectAll", "bulk", "bulkAction", "reconfirm", "retire", "handOver", "note", "noteMode", "noteOne", "noteEach",
            "reason", "owner", "run", "results", "previous", "next", "paging", "colEvidence", "colWhy", "mine", "library", "failed",
            "offline", "working");

    private final ReviewQueue queue;
    private final AccessPolicy access;
    private final ViewRenderer renderer;
    private final PageBuilderService pageBuilder;

    @Inject
    public ReviewPages(ReviewQueue queue, AccessPolicy access, ViewRenderer renderer, @JiraImport PageBuilderService pageBuilder) {
        this.queue = queue;
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    public boolean signedIn() {
        return access.currentUser().isPresent();
    }

    /** The page's body; a project the reader may not browse gets the same message as a missing one (status 404). */
    public Rendered page(Function<String, String> parameter) {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        String project = parameter.apply("project");
        int start = 0;
        try {
            start = Math.max(0, Integer.parseInt(parameter.apply("start") == null ? "0" : parameter.apply("start").trim()));
        } catch (NumberFormatException e) {
            start = 0;
        }
        Map<String, Object> model = new HashMap<>();
        for (String key : PAGE_KEYS) {
            model.put("t_" + key, renderer.texts().get("empathy.review.page." + key));
        }
        try {
            ReviewQueue.Page page = project == null || project.isBlank() ? queue.mine(start) : queue.project(project, start);
            model.put("review", new ReviewQueueView(page, renderer.texts()));
            return new Rendered(200, title(page.projectKey()), renderer.render("templates/review.vm", model));
        } catch (Problem p) {
            model.put("reviewMessage", renderer.texts().get(p.messageKey(), p.args()));
            return new Rendered(404, title(null), renderer.render("templates/review.vm", model));
        }
    }

    public String title(String projectKey) {
        return projectKey == null ? renderer.texts().get("empathy.review.title.mine") : renderer.texts().get("empathy.review.title.project", projectKey);
    }

    public String text(String key) {
        return renderer.texts().get(key);
    }

    /** A rendered page and its status. */
    public record Rendered(int status, String title, String body) {
    }
}
