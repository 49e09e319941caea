package com.empathyevidence.jira;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.IssueSummary;
import com.empathyevidence.app.IssueSummaryStore;
import java.util.Optional;
import jakarta.inject.Inject;

/**
 * Keeps the summary as the Jira issue property {@value IssueSummary#PROPERTY_KEY}: a JSON entity property of entity
 * {@value #ISSUE_PROPERTY}, the entity name under which Jira stores issue properties, so the descriptor's
 * {@code index-document-configuration} (entity-key IssueProperty) indexes it for JQL. Writing through the entity
 * property manager does not reindex, so the issue is reindexed right after: JQL sees the new value at once.
 */
@JiraComponent
public class JiraIssueSummaryStore implements IssueSummaryStore {

    /** Jira's entity name for issue properties (what IssuePropertyService and /rest/api/2/issue/{key}/properties use). */
    static final String ISSUE_PROPERTY = "IssueProperty";

    private final JsonEntityPropertyManager properties;
    private final IssueManager issues;
    private final IssueIndexingService indexing;
    private final com.empathyevidence.app.HostAccessMode accessMode;

    @Inject
    public JiraIssueSummaryStore(@JiraImport JsonEntityPropertyManager properties, @JiraImport IssueManager issues,
                                 @JiraImport IssueIndexingService indexing, com.empathyevidence.app.HostAccessMode accessMode) {
        this.properties = properties;
        this.issues = issues;
        this.indexing = indexing;
        this.accessMode = accessMode;
    }

    /** Without a host access mode (unit tests of the property itself): never read-only. */
    public JiraIssueSummaryStore(JsonEntityPropertyManager properties, IssueManager issues, IssueIndexingService indexing) {
        this(properties, issues, indexing, null);
    }

    @Override
    public Optional<String> read(String issueKey) {
        Issue issue = issues.getIssueObject(issueKey);
        if (issue == null) {
            return Optional.empty();
        }
        EntityProperty property = properties.get(ISSUE_PROPERTY, issue.getId(), IssueSummary.PROPERTY_KEY);
        return property == null ? Optional.empty() : Optional.ofNullable(property.getValue());
    }

    @Override
    public void write(String issueKey, String json) {
        if (refusedReadOnly(issueKey)) {
            return;
        }
        Issue issue = issues.getIssueObject(issueKey);
        if (issue != null) {
            put(issue, json);
        }
    }

    /** The issue is looked up once for the read and the write (the daily refresh asks this of every linked issue). */
    @Override
    public boolean writeIfChanged(String issueKey, String json) {
        Issue issue = issues.getIssueObject(issueKey);
        if (issue == null) {
            return false;
        }
        EntityProperty property = properties.get(ISSUE_PROPERTY, issue.getId(), IssueSummary.PROPERTY_KEY);
        if (property != null && json.equals(property.getValue())) {
            return false;
        }
        if (refusedReadOnly(issueKey)) {
            return false;
        }
        put(issue, json);
        return true;
    }

    private boolean refusedReadOnly(String issueKey) {
        if (accessMode != null && accessMode.readOnly()) {
            // Read-only mode: the property keeps its last value; the daily refresh after maintenance brings it up to date.
            java.util.logging.Logger.getLogger(JiraIssueSummaryStore.class.getName())
                    .info("Did not update the evidence summary of " + issueKey + ": the host is in read-only mode.");
            return true;
        }
        return false;
    }

    @SuppressWarnings("deprecation")
    private void put(Issue issue, String json) {
        String issueKey = issue.getKey();
        {
            properties.put(ISSUE_PROPERTY, issue.getId(), IssueSummary.PROPERTY_KEY, json);
            try {
                indexing.reIndex(issue);
            } catch (IndexException | RuntimeException e) {
                // The property is stored; JQL catches up at the next reindex of the issue. Nothing for the user to do.
                java.util.logging.Logger.getLogger(JiraIssueSummaryStore.class.getName())
                        .warning("Could not reindex " + issueKey + " after updating its evidence summary: " + e.getMessage());
            }
        }
    }
}
