package com.atlassian.jira.project;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/ProjectManager.html (subset)

import java.util.List;

public interface ProjectManager {

    /** @return the project with this key, or {@code null} */
    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
