package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Validator;
import jakarta.inject.Inject;

/** Linking an issue to evidence or map items: needs edit permission on the issue and sight of the target. */
@JiraComponent
public class LinkService {

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final EvidenceService evidence;
    private final CatalogService catalog;
    private final IssueEvidenceService issues;
    private final IssueSummaries summaries;

    @Inject
    public LinkService(EvidenceStore store, AccessPolicy access, EvidenceService evidence, CatalogService catalog,
                       IssueEvidenceService issues, IssueSummaries summaries) {
        this.summaries = summaries;
        this.store = store;
        this.access = access;
        this.evidence = evidence;
        this.catalog = catalog;
        this.issues = issues;
    }

    public IssueLink link(String issueKey, Long evidenceId, Long mapItemId, String relation, String note) {
        note = note == null ? null : note.strip();
        String user = evidence.signedIn();
        IssueRef issue = editableIssue(issueKey);
        Validator v = new Validator();
        Relation r = relation(v, relation);
        v.optionalText("note", note, Limits.NOTE_MAX);
        if ((evidenceId == null) == (mapItemId == null)) {
            v.error(evidenceId == null ? "evidenceId" : "mapItemId", "empathy.validation.oneTarget");
        }
        v.check();
        LinkTarget target;
        if (evidenceId != null) {
            Evidence e = evidence.visible(evidenceId);
            if (!e.isActive()) {
                new Validator().error("evidenceId", "empathy.validation.retiredTarget", String.valueOf(evidenceId)).check();
            }
            target = LinkTarget.evidence(evidenceId);
        } else {
            catalog.mapItem(mapItemId);
            target = LinkTarget.mapItem(mapItemId);
        }
        IssueLink link = store.link(issue.key(), target, r, user, note == null || note.isEmpty() ? null : note);
        summaries.afterIssueChange(issue.key());
        return link;
    }

    public IssueLink relink(String issueKey, String type, long id, String relation) {
        String user = evidence.signedIn();
        IssueRef issue = editableIssue(issueKey);
        Validator v = new Validator();
        Relation r = relation(v, relation);
        v.check();
        IssueLink link = store.relink(issue.key(), target(type, id), r, user);
        summaries.afterIssueChange(issue.key());
        return link;
    }

    public boolean unlink(String issueKey, String type, long id) {
        evidence.signedIn();
        IssueRef issue = editableIssue(issueKey);
        boolean removed = store.unlink(issue.key(), target(type, id));
        summaries.afterIssueChange(issue.key());
        return removed;
    }

    private IssueRef editableIssue(String issueKey) {
        IssueRef issue = issues.visibleIssue(issueKey);
        if (!access.canEditIssue(issue.key())) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.noEditIssue", issue.key());
        }
        return issue;
    }

    static LinkTarget target(String type, long id) {
        return switch (type == null ? "" : type) {
            case "evidence" -> LinkTarget.evidence(id);
            case "map-items" -> LinkTarget.mapItem(id);
            default -> throw Problem.notFound("empathy.error.linkNotFound", type);
        };
    }

    private static Relation relation(Validator v, String relation) {
        if (relation == null || relation.isBlank()) {
            return Relation.SUPPORTS;
        }
        try {
            return Relation.valueOf(relation.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.error("relation", "empathy.validation.relation");
            return null;
        }
    }
}
