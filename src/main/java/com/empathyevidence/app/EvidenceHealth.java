package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.Problem;
import java.util.Locale;
import jakarta.inject.Inject;

/**
 * The evidence health of a project's backlog: its issues with their evidence summary, filtered and sorted, one page at
 * a time. Every page is one search of the host's index over the issue property the app keeps on each issue (never a
 * computation of every issue per request), so the cost of a page does not grow with the project. The question is
 * asked as JQL, and the same JQL is offered to the reader to run in Jira's own issue search (README).
 */
@JiraComponent
public class EvidenceHealth {

    /** Issues per page. */
    public static final int PAGE = 25;

    static final String P = "issue.property[" + IssueSummary.PROPERTY_KEY + "].";

    /** Which issues to list. */
    public enum Filter {
        ALL(null),
        STALE(P + "staleCount > 0"),
        AGING(P + "agingCount > 0"),
        THIN(P + "warnings = THIN_EVIDENCE"),
        CONTRADICTED(P + "warnings = COUNTER_EVIDENCE"),
        NONE("(" + P + "count = 0 OR " + P + "count is EMPTY)");

        private final String clause;

        Filter(String clause) {
            this.clause = clause;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Filter parse(String value) {
            for (Filter f : values()) {
                if (f.param().equalsIgnoreCase(value == null ? "" : value.trim())) {
                    return f;
                }
            }
            return ALL;
        }
    }

    /** What to sort by; each sorts issues without a summary last, then by key. */
    public enum Sort {
        STRENGTH(P + "strength"),
        STALE(P + "staleCount"),
        AGING(P + "agingCount"),
        FRESHEST(P + "freshestOn"),
        KEY("key");

        private final String field;

        Sort(String field) {
            this.field = field;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Sort parse(String value) {
            for (Sort s : values()) {
                if (s.param().equalsIgnoreCase(value == null ? "" : value.trim())) {
                    return s;
                }
            }
            return STRENGTH;
        }
    }

    /**
     * One request for a page. The default shows the weakest first: strength ascending.
     *
     * @param start the first issue shown, from 0
     */
    public record Query(String projectKey, Filter filter, Sort sort, boolean descending, int start) {
        public Query {
            filter = filter == null ? Filter.ALL : filter;
            sort = sort == null ? Sort.STRENGTH : sort;
            start = Math.max(0, start);
        }

        public static Query of(String projectKey, String filter, String sort, String order, String start) {
            int from;
            try {
                from = start == null ? 0 : Integer.parseInt(start.trim());
            } catch (NumberFormatException e) {
                from = 0;
            }
            return new Query(projectKey, Filter.parse(filter), Sort.parse(sort), "desc".equalsIgnoreCase(order), from);
        }

        /** The same question as JQL: the project, the filter, the order (README documents these clauses). */
        public String jql() {
            String where = "project = " + projectKey + (filter.clause == null ? "" : " AND " + filter.clause);
            String order = sort.field + (descending ? " DESC" : " ASC") + (sort == Sort.KEY ? "" : ", key ASC");
            return where + " ORDER BY " + order;
        }
    }

    /** A page of the answer. */
    public record Result(Query query, String projectName, IssueSearch.Page page) {
        /** Where the next page starts, or -1 on the last page. */
        public int next() {
            int after = query.start() + page.issues().size();
            return after < page.total() ? after : -1;
        }

        /** Where the previous page starts, or -1 on the first. */
        public int previous() {
            return query.start() == 0 ? -1 : Math.max(0, query.start() - PAGE);
        }
    }

    private final AccessPolicy access;
    private final IssueSearch search;
    private final ProjectNames projects;

    /** The port that names a project the reader may browse (Jira: the project manager). */
    public interface ProjectNames {
        String nameOf(String projectKey);
    }

    @Inject
    public EvidenceHealth(AccessPolicy access, IssueSearch search, ProjectNames projects) {
        this.access = access;
        this.search = search;
        this.projects = projects;
    }

    /**
     * One page for the signed-in reader. A project they may not browse answers exactly like a missing one; issues
     * they may not browse are neither listed nor counted (the host's search leaves them out).
     */
    public Result page(Query query) {
        String key = query.projectKey() == null ? "" : query.projectKey().trim().toUpperCase(Locale.ROOT);
        if (!key.matches("[A-Z][A-Z0-9_]{0,254}") || !access.canBrowseProject(key)) {
            throw Problem.notFound("empathy.error.projectNotFound", query.projectKey() == null ? "" : query.projectKey());
        }
        Query q = new Query(key, query.filter(), query.sort(), query.descending(), query.start());
        return new Result(q, projects.nameOf(key), search.search(q.jql(), q.start(), PAGE));
    }
}
