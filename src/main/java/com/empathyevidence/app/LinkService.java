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
import java.util.Optional;
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

    /**
     * Removes a link and keeps it for its undo ({@link #restore}).
     *
     * @return the link as it was and the token that puts it back, or empty when the issue did not link the target
     */
    public Optional<Unlinked> unlink(String issueKey, String type, long id) {
        String user = evidence.signedIn();
        IssueRef issue = editableIssue(issueKey);
        String token = newToken();
        Optional<IssueLink> removed = store.unlinkForUndo(issue.key(), target(type, id), token, user);
        summaries.afterIssueChange(issue.key());
        return removed.map(link -> new Unlinked(link, token));
    }

    /** Undo of {@link #unlink}: puts back exactly the link it removed (relation, note, who linked it and when). */
    public IssueLink restore(String issueKey, String token) {
        evidence.signedIn();
        IssueRef issue = editableIssue(issueKey);
        Validator v = new Validator();
        if (token == null || token.isBlank()) {
            v.error("restoreToken", "empathy.validation.required");
        } else if (!TOKEN.matcher(token).matches()) {
            v.error("restoreToken", "empathy.validation.restoreToken");
        }
        v.check();
        IssueLink link = store.restoreLink(issue.key(), token);
        summaries.afterIssueChange(issue.key());
        return link;
    }

    /**
     * Adds evidence from the issue: creates it and links it to the issue in one transaction, so that a failure
     * leaves neither. With an idempotency key (the caller's, 8 to 64 letters, digits, - or _), a retry of the same
     * request by the same person writes nothing and answers what the first one made, on whichever node it lands.
     * Needs edit permission on the issue and on the evidence's project (by default the issue's).
     */
    public Added addEvidence(String issueKey, EvidenceForm form, String relation, String note, String idempotencyKey) {
        String user = evidence.signedIn();
        IssueRef issue = editableIssue(issueKey);
        Validator v = new Validator();
        Relation r = relation(v, relation);
        v.optionalText("note", note, Limits.NOTE_MAX);
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            v.error("idempotencyKey", "empathy.validation.idempotencyKey");
        }
        EvidenceForm f = form.project() == null || form.project().isBlank() ? form.withProject(issue.projectKey()) : form;
        com.empathyevidence.domain.NewEvidence draft = evidence.draft(f, user, v.errors());
        EvidenceStore.CreatedAndLinked done = store.createAndLink(draft, issue.key(), r,
                note == null || note.isBlank() ? null : note.trim(), idempotencyKey == null ? null : user + "|" + idempotencyKey);
        if (!done.replayed()) {
            summaries.afterIssueChange(issue.key());
        }
        return new Added(evidence.assessToday(done.evidence()), done.link(), done.replayed());
    }

    /** A link just removed, and the token that puts it back. */
    public record Unlinked(IssueLink link, String restoreToken) {
    }

    /** Evidence added from an issue, its link (null when removed since a first request), and whether this was a retry. */
    public record Added(com.empathyevidence.domain.AssessedEvidence evidence, IssueLink link, boolean replayed) {
    }

    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[0-9a-f]{32}");
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
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
