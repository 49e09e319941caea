package com.empathyevidence.workbench.web;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.empathyevidence.workbench.host.DemoJira;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jira's {@code GET /rest/api/2/project}: the projects the caller may browse (id, key, name, self), as Jira answers
 * it — an anonymous caller gets an empty list here, as no demo project is public.
 */
final class JiraProjectsServlet extends HttpServlet {

    private final DemoJira jira;
    private final ObjectMapper json;

    JiraProjectsServlet(DemoJira jira, ObjectMapper json) {
        this.jira = jira;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (Project p : jira.getProjectObjects()) {
            if (jira.hasPermission(ProjectPermissions.BROWSE_PROJECTS, p, jira.getLoggedInUser())) {
                Map<String, Object> project = new LinkedHashMap<>();
                project.put("self", request.getScheme() + "://" + request.getHeader("Host") + "/rest/api/2/project/" + p.getId());
                project.put("id", String.valueOf(p.getId()));
                project.put("key", p.getKey());
                project.put("name", p.getName());
                projects.add(project);
            }
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), projects);
    }
}
