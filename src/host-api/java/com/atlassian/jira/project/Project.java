package com.atlassian.jira.project;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/Project.html (subset)

public interface Project {

    Long getId();

    String getKey();

    String getName();
}
