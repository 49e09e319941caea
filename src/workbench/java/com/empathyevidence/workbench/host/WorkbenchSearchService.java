package com.empathyevidence.workbench.host;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Jira's {@link SearchService} for the plugin, over the same search as the issue navigator ({@link WorkbenchJql}): a
 * query is parsed and validated for the searcher (a project they may not browse is an error, as in Jira), and a
 * search finds only issues the searcher may browse, one page as the pager asks, with the total.
 */
public final class WorkbenchSearchService implements SearchService {

    private final WorkbenchJql jql;
    private final DemoJira jira;

    public WorkbenchSearchService(WorkbenchJql jql, DemoJira jira) {
        this.jql = jql;
        this.jira = jira;
    }

    private record JqlQuery(String text) implements Query {
        @Override
        public String getQueryString() {
            return text;
        }
    }

    private record Messages(Set<String> errors) implements MessageSet {
        @Override
        public Set<String> getErrorMessages() {
            return errors;
        }

        @Override
        public boolean hasAnyErrors() {
            return !errors.isEmpty();
        }
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException {
        try {
            WorkbenchJql.Result result = jql.search(searcher, query.getQueryString(), pager.getStart(), pager.getMax());
            List<Issue> issues = new ArrayList<>();
            for (DemoJira.DemoIssue issue : result.issues()) {
                issues.add(jira.getIssueObject(issue.key()));
            }
            return new SearchResults<>(issues, result.total(), pager.getMax(), pager.getStart());
        } catch (WorkbenchJql.JqlException e) {
            throw new SearchException(e.getMessage());
        }
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        return new ParseResult(new JqlQuery(query), validateQuery(searcher, new JqlQuery(query)));
    }

    @Override
    public MessageSet validateQuery(ApplicationUser searcher, Query query) {
        Set<String> errors = new LinkedHashSet<>();
        try {
            jql.validate(searcher, query.getQueryString());
        } catch (WorkbenchJql.JqlException e) {
            errors.add(e.getMessage());
        }
        return new Messages(errors);
    }
}
