package com.atlassian.jira.issue.search;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/search/SearchResults.html (subset: one page and the total)

import java.util.List;

public class SearchResults<T> {
    private final List<T> results;
    private final int total;
    private final int max;
    private final int start;

    public SearchResults(List<T> results, int totalResultCount, int maxResultCount, int startIndex) {
        this.results = results;
        this.total = totalResultCount;
        this.max = maxResultCount;
        this.start = startIndex;
    }

    /** This page's results. */
    public List<T> getResults() {
        return results;
    }

    /** How many match in all. */
    public int getTotal() {
        return total;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
