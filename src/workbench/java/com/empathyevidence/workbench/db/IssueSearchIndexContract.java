package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;

import com.atlassian.jira.user.ApplicationUser;
import com.empathyevidence.workbench.host.DemoJira;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.PersonalAccessTokens;
import com.empathyevidence.workbench.host.WorkbenchIssueIndex;
import com.empathyevidence.workbench.host.WorkbenchIssueProperties;
import com.empathyevidence.workbench.host.WorkbenchJql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * The workbench's issue search answers from its per-node index ({@link WorkbenchIssueIndex}) and is still exactly
 * current: two nodes (each its own property store, index and search) on one real database, each of their database
 * connections its own; what one node (or another connection writing the table, as another node's store does) writes
 * or deletes is what the very next search on either node finds, with no poll or wait in between.
 */
public abstract class IssueSearchIndexContract {

    private static final String KEY = "empathy.evidence";
    private static final Map<String, Map<String, String>> INDEXED = Map.of(KEY, Map.of("staleCount", "number"));
    private static final String STALE = "issue.property[empathy.evidence].staleCount > 0";

    @Rule
    public final TestName testName = new TestName();

    private PersonalAccessTokens.Connections connections;

    /** A new, empty database; every call of the answer opens a new connection to it. */
    protected abstract PersonalAccessTokens.Connections openEmptyDatabase(String name);

    /** One workbench node: its property store, its index and its search. */
    private static final class Node {
        final DemoJira jira = new DemoJira(new Directory());
        final WorkbenchIssueProperties properties;
        final WorkbenchJql jql;

        Node(PersonalAccessTokens.Connections connections) {
            properties = new WorkbenchIssueProperties(connections);
            jql = new WorkbenchJql(jira, new WorkbenchIssueIndex(properties, INDEXED.keySet()), INDEXED);
        }

        long id(String key) {
            return jira.demoIssue(key).id();
        }

        void put(String issue, int staleCount) {
            properties.put("IssueProperty", id(issue), KEY, "{\"staleCount\":" + staleCount + "}");
        }

        List<String> search(String jql) throws WorkbenchJql.JqlException {
            ApplicationUser pm = jira.getUserByKey("pm");
            return jql(pm, jql);
        }

        private List<String> jql(ApplicationUser searcher, String query) throws WorkbenchJql.JqlException {
            return this.jql.search(searcher, query, 0, 100).issues().stream().map(DemoJira.DemoIssue::key).toList();
        }
    }

    @Before
    public final void freshDatabase() {
        connections = openEmptyDatabase("index_" + testName.getMethodName());
    }

    @Test
    public void aPropertyWrittenOnOneNodeIsFoundByTheNextSearchOnTheOtherAndOnItself() throws Exception {
        Node a = new Node(connections);
        Node b = new Node(connections);
        assertEquals(List.of(), b.search(STALE));
        a.put("DEMO-2", 3);
        assertEquals(List.of("DEMO-2"), b.search(STALE));
        assertEquals(List.of("DEMO-2"), a.search(STALE));
        a.put("DEMO-5", 1);
        b.put("DEMO-2", 0); // written again, on the other node: the last value counts
        assertEquals(List.of("DEMO-5"), a.search(STALE));
        assertEquals(List.of("DEMO-5"), b.search(STALE));
        assertEquals(List.of("DEMO-5", "DEMO-2"), a.search("issue.property[empathy.evidence].staleCount IS NOT EMPTY ORDER BY issue.property[empathy.evidence].staleCount DESC"));
    }

    @Test
    public void aDeletedPropertyIsNoLongerFoundOnEitherNode() throws Exception {
        Node a = new Node(connections);
        Node b = new Node(connections);
        a.put("DEMO-3", 2);
        assertEquals(List.of("DEMO-3"), b.search(STALE));
        a.properties.delete("IssueProperty", a.id("DEMO-3"), KEY);
        assertEquals(List.of(), b.search(STALE));
        assertEquals(List.of(), a.search("issue.property[empathy.evidence].staleCount IS NOT EMPTY"));
        assertEquals(List.of("DEMO-1", "DEMO-2", "DEMO-3", "DEMO-4", "DEMO-5", "DEMO-6"),
                b.search("key IN (DEMO-1, DEMO-2, DEMO-3, DEMO-4, DEMO-5, DEMO-6) AND issue.property[empathy.evidence].staleCount IS EMPTY"));
        b.put("DEMO-3", 4); // written again after its delete: found again
        assertEquals(List.of("DEMO-3"), a.search(STALE));
    }

    @Test
    public void aWriteInTheTableByAnotherConnectionIsFoundOnlyOnceCommittedAndThenAtOnce() throws Exception {
        Node a = new Node(connections);
        a.put("DEMO-1", 1);
        assertEquals(List.of("DEMO-1"), a.search(STALE));
        long demo4 = a.id("DEMO-4");
        try (Connection other = connections.open()) {
            // as another node's store writes: the next change number (its counter row locked until commit) and the row
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE WB_ENTITY_PROPERTY_SEQ SET SEQ = SEQ + 1 WHERE ID = 1");
            }
            try (PreparedStatement i = other.prepareStatement("INSERT INTO WB_ENTITY_PROPERTY (ENTITY_NAME, ENTITY_ID, PROPERTY_KEY, JSON_VALUE, SEQ)"
                    + " VALUES ('IssueProperty', ?, ?, '{\"staleCount\":7}', (SELECT SEQ FROM WB_ENTITY_PROPERTY_SEQ WHERE ID = 1))")) {
                i.setLong(1, demo4);
                i.setString(2, KEY);
                i.executeUpdate();
            }
            assertEquals("not committed yet: not found", List.of("DEMO-1"), a.search(STALE));
            other.commit();
            assertEquals(List.of("DEMO-1", "DEMO-4"), a.search(STALE));
            try (PreparedStatement d = other.prepareStatement("DELETE FROM WB_ENTITY_PROPERTY WHERE ENTITY_ID = ? AND PROPERTY_KEY = ?");
                 Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE WB_ENTITY_PROPERTY_SEQ SET SEQ = SEQ + 1 WHERE ID = 1");
                d.setLong(1, demo4);
                d.setString(2, KEY);
                d.executeUpdate();
                s.executeUpdate("INSERT INTO WB_ENTITY_PROPERTY_DELETED (SEQ, ENTITY_NAME, ENTITY_ID, PROPERTY_KEY) SELECT SEQ, 'IssueProperty', "
                        + demo4 + ", '" + KEY + "' FROM WB_ENTITY_PROPERTY_SEQ WHERE ID = 1");
            }
            other.commit();
            other.setAutoCommit(true);
        }
        assertEquals(List.of("DEMO-1"), a.search(STALE));
    }

    @Test
    public void theDatabaseOfAnOlderWorkbenchStartsAndItsPropertiesAreFound() throws Exception {
        DemoJira jira = new DemoJira(new Directory());
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            // the table as the workbench created it before the change numbers
            s.execute("CREATE TABLE WB_ENTITY_PROPERTY (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " ENTITY_NAME VARCHAR(255) NOT NULL, ENTITY_ID BIGINT NOT NULL, PROPERTY_KEY VARCHAR(255) NOT NULL,"
                    + " JSON_VALUE VARCHAR(32768) NOT NULL, CONSTRAINT WB_ENTITY_PROPERTY_KEY UNIQUE (ENTITY_NAME, ENTITY_ID, PROPERTY_KEY))");
            s.execute("INSERT INTO WB_ENTITY_PROPERTY (ENTITY_NAME, ENTITY_ID, PROPERTY_KEY, JSON_VALUE) VALUES ('IssueProperty', "
                    + jira.demoIssue("DEMO-6").id() + ", '" + KEY + "', '{\"staleCount\":5}')");
            s.execute("INSERT INTO WB_ENTITY_PROPERTY (ENTITY_NAME, ENTITY_ID, PROPERTY_KEY, JSON_VALUE) VALUES ('IssueProperty', "
                    + jira.demoIssue("DEMO-2").id() + ", '" + KEY + "', '{\"staleCount\":0}')");
        }
        Node a = new Node(connections);
        assertEquals(List.of("DEMO-6"), a.search(STALE));
        new Node(connections).put("DEMO-2", 9); // an old row written again by another node
        assertEquals(List.of("DEMO-2", "DEMO-6"), a.search(STALE));
        assertEquals("{\"staleCount\":9}", a.properties.get("IssueProperty", a.id("DEMO-2"), KEY).getValue());
    }
}
