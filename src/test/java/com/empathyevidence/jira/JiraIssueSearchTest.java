package com.empathyevidence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.empathyevidence.app.EvidenceHealth;
import com.empathyevidence.app.IssueSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The Jira adapter of the evidence health page's search, against Jira's search service (a host API that cannot run
 * here, hence Mockito): a page of a 10,000-issue project is one search (Jira pages on its index) and one property read
 * per issue shown, never a read per issue of the project; the JQL is sent as built, as the signed-in user.
 */
public class JiraIssueSearchTest {

    private final SearchService search = mock(SearchService.class);
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final JsonEntityPropertyManager properties = mock(JsonEntityPropertyManager.class);
    private final ApplicationUser pm = mock(ApplicationUser.class);
    private final JiraIssueSearch adapter = new JiraIssueSearch(search, auth, properties, mock(ProjectManager.class));

    private static MessageSet errors(String... messages) {
        MessageSet set = mock(MessageSet.class);
        when(set.getErrorMessages()).thenReturn(Set.of(messages));
        when(set.hasAnyErrors()).thenReturn(messages.length > 0);
        return set;
    }

    @Test
    public void aPageOfTenThousandIssuesIsOneSearchAndOneReadPerIssueShown() throws Exception {
        when(auth.getLoggedInUser()).thenReturn(pm);
        Query query = mock(Query.class);
        String jql = new EvidenceHealth.Query("DEMO", EvidenceHealth.Filter.STALE, EvidenceHealth.Sort.STRENGTH, false, 9_975).jql();
        SearchService.ParseResult parsed = new SearchService.ParseResult(query, errors());
        when(search.parseQuery(pm, jql)).thenReturn(parsed);
        List<Issue> page = new ArrayList<>();
        for (int i = 0; i < EvidenceHealth.PAGE; i++) {
            Issue issue = mock(Issue.class);
            when(issue.getId()).thenReturn(20_000L + i);
            when(issue.getKey()).thenReturn("DEMO-" + (9_976 + i));
            when(issue.getSummary()).thenReturn("Issue " + i);
            page.add(issue);
        }
        when(search.search(eq(pm), eq(query), any())).thenReturn(new SearchResults<>(page, 10_000, EvidenceHealth.PAGE, 9_975));
        EntityProperty stored = mock(EntityProperty.class);
        when(stored.getValue()).thenReturn("{\"count\":3,\"strength\":31,\"band\":\"LOW\",\"staleCount\":2,\"agingCount\":0,"
                + "\"freshestOn\":\"2026-01-05\",\"stalestOn\":\"2025-02-01\",\"warnings\":[\"SOME_STALE\",\"THIN_EVIDENCE\"]}");
        when(properties.get(eq("IssueProperty"), anyLong(), eq("empathy.evidence"))).thenReturn(stored);

        IssueSearch.Page result = adapter.search(jql, 9_975, EvidenceHealth.PAGE);

        assertEquals(10_000, result.total());
        assertEquals(EvidenceHealth.PAGE, result.issues().size());
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times(1)).search(eq(pm), eq(query), pager.capture());
        assertEquals(9_975, pager.getValue().getStart());
        assertEquals(EvidenceHealth.PAGE, pager.getValue().getMax());
        verify(properties, times(EvidenceHealth.PAGE)).get(eq("IssueProperty"), anyLong(), eq("empathy.evidence"));
        IssueSearch.Found first = result.issues().get(0);
        assertEquals("DEMO-9976", first.issueKey());
        assertEquals(1, first.summary().freshCount());
        assertEquals(List.of("SOME_STALE", "THIN_EVIDENCE"), first.summary().warnings());
    }

    @Test
    public void aRefusedQueryIsNeverRunAndAnUnreadablePropertyIsNoSummary() throws Exception {
        when(auth.getLoggedInUser()).thenReturn(pm);
        SearchService.ParseResult refused = new SearchService.ParseResult(mock(Query.class), errors("Field 'x' does not exist"));
        when(search.parseQuery(eq(pm), any())).thenReturn(refused);
        assertThrows(IssueSearch.Refused.class, () -> adapter.search("x = 1", 0, 25));
        verify(search, times(0)).search(any(), any(), any());
        assertNull(JiraIssueSearch.parse("not json"));
    }

    @Test
    public void theJqlOfEachFilterAndSortIsTheDocumentedClause() {
        assertEquals("project = DEMO ORDER BY issue.property[empathy.evidence].strength ASC, key ASC",
                EvidenceHealth.Query.of("DEMO", null, null, null, null).jql());
        assertEquals("project = DEMO AND issue.property[empathy.evidence].agingCount > 0 ORDER BY issue.property[empathy.evidence].freshestOn DESC, key ASC",
                EvidenceHealth.Query.of("DEMO", "aging", "freshest", "desc", "0").jql());
        assertEquals("project = DEMO AND (issue.property[empathy.evidence].count = 0 OR issue.property[empathy.evidence].count is EMPTY) ORDER BY key ASC",
                EvidenceHealth.Query.of("DEMO", "none", "key", "asc", "x").jql());
        assertEquals("project = DEMO AND issue.property[empathy.evidence].warnings = COUNTER_EVIDENCE ORDER BY issue.property[empathy.evidence].staleCount ASC, key ASC",
                EvidenceHealth.Query.of("DEMO", "contradicted", "stale", null, "-4").jql());
        assertEquals(0, EvidenceHealth.Query.of("DEMO", "thin", "nonsense", null, "-4").start());
    }
}
