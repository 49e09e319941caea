package com.empathyevidence.workbench.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.index.IssueIndexingService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Jira's issue indexing, as far as the workbench needs it: it counts reindex requests per issue (no search index here). */
public final class WorkbenchIndexing implements IssueIndexingService {

    private final Map<String, Integer> reindexed = new ConcurrentHashMap<>();

    @Override
    public void reIndex(Issue issue) {
        reindexed.merge(issue.getKey(), 1, Integer::sum);
    }

    /** How often an issue was reindexed since the workbench started. */
    public int reindexCount(String issueKey) {
        return reindexed.getOrDefault(issueKey, 0);
    }
}
