package com.empathyevidence.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.EvidenceHealth;
import com.empathyevidence.app.IssueSearch;
import com.empathyevidence.app.IssueSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;

/**
 * Jira's issue search for the app: JQL parsed and run by {@link SearchService} as the signed-in user (Jira leaves out
 * what they may not browse, and pages on its index), and each found issue's summary read from its issue property, one
 * read per issue of the page: a fixed amount of work per page, whatever the size of the project.
 */
@JiraComponent
public class JiraIssueSearch implements IssueSearch, EvidenceHealth.ProjectNames {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchService search;
    private final JiraAuthenticationContext authentication;
    private final JsonEntityPropertyManager properties;
    private final ProjectManager projects;

    @Inject
    public JiraIssueSearch(@JiraImport SearchService search, @JiraImport JiraAuthenticationContext authentication,
                           @JiraImport JsonEntityPropertyManager properties, @JiraImport ProjectManager projects) {
        this.search = search;
        this.authentication = authentication;
        this.properties = properties;
        this.projects = projects;
    }

    @Override
    public Page search(String jql, int start, int limit) {
        ApplicationUser user = authentication.getLoggedInUser();
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new Refused(String.join(" ", parsed.getErrors().getErrorMessages()));
        }
        SearchResults<Issue> results;
        try {
            results = search.search(user, parsed.getQuery(), new PagerFilter<>(start, limit));
        } catch (SearchException e) {
            throw new Refused(e.getMessage());
        }
        List<Found> found = new ArrayList<>();
        for (Issue issue : results.getResults()) {
            EntityProperty property = properties.get(JiraIssueSummaryStore.ISSUE_PROPERTY, issue.getId(), IssueSummary.PROPERTY_KEY);
            found.add(new Found(issue.getKey(), issue.getSummary(), issue.getStatus() == null ? "" : issue.getStatus().getName(),
                    property == null ? null : parse(property.getValue())));
        }
        return new Page(found, results.getTotal());
    }

    @Override
    public String nameOf(String projectKey) {
        Project project = projects.getProjectObjByKey(projectKey);
        return project == null ? projectKey : project.getName();
    }

    /** The stored summary, or null when it cannot be read (the page then shows the issue as without a summary). */
    static IssueSummary parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            List<String> warnings = new ArrayList<>();
            if (n.path("warnings").isArray()) {
                n.get("warnings").forEach(w -> warnings.add(w.asText()));
            }
            return new IssueSummary(n.path("count").asInt(), n.path("strength").asInt(), n.path("band").asText("LOW"),
                    n.hasNonNull("confidence") ? n.get("confidence").asText() : null,
                    n.path("staleCount").asInt(), n.path("agingCount").asInt(), date(n.get("freshestOn")), date(n.get("stalestOn")), warnings);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }
}
