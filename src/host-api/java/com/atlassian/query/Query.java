package com.atlassian.query;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/query/Query.html (subset: the JQL text it was parsed from)
public interface Query {

    /** The JQL the query was parsed from, or null when it was built in code. */
    String getQueryString();
}
