package com.empathyevidence.view;

/**
 * validation (issue 17): the project and issue type of a map's validation tasks (the macro's {@code validationProject}
 * and {@code validationIssueType}), present only when the viewer may create issues there: the script's data attributes.
 */
public final class MapValidationView {
    private final String project;
    private final String issueType;

    public MapValidationView(String project, String issueType) {
        this.project = project;
        this.issueType = issueType;
    }

    public String getProject() {
        return project;
    }

    public String getIssueType() {
        return issueType;
    }
}
