package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.ValidationTask;
import java.time.Instant;
import java.util.List;
import jakarta.inject.Inject;

/**
 * validation (issue 17): marks an issue (just created in Jira from the map, as the viewer) as the validation task of an
 * assumption, and links it ADDRESSES to the map item. Needs edit permission on the issue, as every link does; only an
 * assumption of a persona in use takes one.
 */
@JiraComponent
public class ValidationTaskService {

    private final EvidenceStore store;
    private final ValidationTasks tasks;
    private final AccessPolicy access;
    private final CatalogService catalog;
    private final IssueEvidenceService issues;
    private final LinkService links;

    @Inject
    public ValidationTaskService(EvidenceStore store, ValidationTasks tasks, AccessPolicy access, CatalogService catalog,
                                 IssueEvidenceService issues, LinkService links) {
        this.store = store;
        this.tasks = tasks;
        this.access = access;
        this.catalog = catalog;
        this.issues = issues;
        this.links = links;
    }

    /**
     * Refuses, before the request is read, a caller who may edit issues in no project (so may link none): what every
     * map write refuses first, also in Jira's read-only mode, where nobody but an administrator may edit.
     */
    public void requireMayLink() {
        access.currentUser().orElseThrow(() -> new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn"));
        if (!catalog.canEdit()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.noEdit");
        }
    }

    /**
     * Whether this map item may take a validation task (the caller may link, the item exists, its persona is in use,
     * it is an assumption, and no live task validates it yet): what Confluence asks before it creates the issue in Jira, so
     * a refusal leaves no issue behind.
     */
    public MapItem check(long mapItemId) {
        requireMayLink();
        String user = currentUser();
        // The claim first, then the check: checked first, somebody else's whole creation (claim, issue, record, link,
        // release) could fit between this check and this claim, and a second issue would be made in Jira. Claimed first,
        // either their claim still holds (refused), or their record and link stood before it was released (the check
        // refuses, naming their issue).
        ValidationTask.checkClaimed(tasks.claim(mapItemId, user, Instant.now()));
        try {
            return check(mapItemId, null);
        } catch (RuntimeException refused) {
            tasks.release(mapItemId, user); // nothing will be created: the item is nobody's again at once
            throw refused;
        }
    }

    private String currentUser() {
        return access.currentUser().orElseThrow(() -> new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn"));
    }

    /**
     * {@link #check(long)} after its claim, leaving out the task of {@code issueKey} (the one being recorded: a repeat is
     * no second task). Both callers have refused a caller who may not link ({@link #requireMayLink}) before they claim.
     */
    private MapItem check(long mapItemId, String issueKey) {
        MapItem item = catalog.mapItem(mapItemId);
        if (catalog.retirement(item.personaKey()).isPresent()) {
            throw Problem.conflict("empathy.error.personaRetiredMap", item.personaKey());
        }
        List<Long> backing = store.backing(item.personaKey()).getOrDefault(mapItemId, List.of());
        ValidationTask.checkAssumption(mapItemId, backing.size());
        ValidationTask.checkNotBeingValidated(mapItemId, tasks.forItems(List.of(mapItemId)),
                store.linksTo(List.of(LinkTarget.mapItem(mapItemId))), issueKey, key -> access.visibleIssue(key).isPresent());
        return item;
    }

    public IssueLink create(long mapItemId, String issueKey) {
        String user = access.currentUser().orElseThrow(() -> new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn"));
        requireMayLink();
        if (issueKey == null || issueKey.isBlank()) {
            new com.empathyevidence.domain.Validator().error("issueKey", "empathy.validation.required").check();
        }
        IssueRef issue = issues.visibleIssue(issueKey.trim());
        if (!access.canEditIssue(issue.key())) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.noEditIssue", issue.key());
        }
        // the caller's claim from the check (or a new one, for a caller who did not check first); somebody else's refuses
        ValidationTask.checkClaimed(tasks.claim(mapItemId, user, Instant.now()));
        try {
            check(mapItemId, issue.key());
            // The record first: it claims nothing until the link stands beside it, so the map changes (its version too) at once
            tasks.record(new ValidationTask(issue.key(), mapItemId, user, Instant.now()));
            return links.link(issue.key(), null, mapItemId, "ADDRESSES", null);
        } finally {
            tasks.release(mapItemId, user);
        }
    }
}
