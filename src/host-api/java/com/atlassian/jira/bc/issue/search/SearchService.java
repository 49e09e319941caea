package com.atlassian.jira.bc.issue.search;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/issue/search/SearchService.html (subset: parse, validate, search)

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

public interface SearchService {

    /** Searches as this user: only issues they may browse, one page as the pager asks. */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Parses a JQL string; errors in the result's message set. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** Validates a parsed query for this user (unknown fields, values they may not see). */
    MessageSet validateQuery(ApplicationUser searcher, Query query);

    /** What {@link #parseQuery} answers. */
    class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}
