package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.IssueSearch;
import com.empathyevidence.app.PanelSettingsService;
import com.empathyevidence.domain.PanelSetting;
import com.empathyevidence.view.Texts;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * phasein (issue 16): a project's panel setting (warnings ON / PREVIEW / OFF, panel hidden) and the preview of the
 * issues that would show warnings. For the project's administrators and system administrators (Jira's
 * ADMINISTER_PROJECTS): a project the caller may not browse answers 404 like a missing one, one they may only browse 403.
 */
@Path("/panel-settings")
@Produces(MediaType.APPLICATION_JSON)
public class PanelSettingsResource {

    /** A project's panel setting. */
    public static class PanelSettingJson {
        @ApiField(example = "PHASE")
        public String projectKey;
        @ApiField(allowed = {"ON", "PREVIEW", "OFF"}, example = "PREVIEW")
        public String warnings;
        @ApiField(example = "false")
        public boolean panelHidden;
        @ApiField(readOnly = true, example = "admin")
        public String updatedBy;
        @ApiField(readOnly = true, example = "Saved. Warnings are shown to the project\u2019s administrators only (preview).")
        public String message;
    }

    /** The change: each field left out keeps its value. */
    public static class PanelSettingInput {
        @ApiField(allowed = {"ON", "PREVIEW", "OFF"}, example = "ON")
        public String warnings;
        @ApiField(example = "false")
        public Boolean panelHidden;
    }

    /** One issue that would show warnings. */
    public static class PreviewIssueJson {
        @ApiField(example = "PHASE-1")
        public String issueKey;
        @ApiField(example = "Let accountants close a month")
        public String title;
        @ApiField(example = "[\"ALL_STALE\"]")
        public List<String> warnings = new ArrayList<>();
    }

    /** One page of the preview. */
    public static class PreviewJson {
        @ApiField(example = "3")
        public int total;
        @ApiField(example = "0")
        public int start;
        public List<PreviewIssueJson> issues = new ArrayList<>();
        @ApiField(example = "project = PHASE AND issue.property[empathy.evidence].warnings IS NOT EMPTY ORDER BY key ASC")
        public String jql;
    }

    private final PanelSettingsService settings;
    private final Texts texts;

    @Inject
    public PanelSettingsResource(PanelSettingsService settings, Texts texts) {
        this.settings = settings;
        this.texts = texts;
    }

    @GET
    @Path("{projectKey}")
    @LicensedOnly
    @ApiDoc(body = PanelSettingJson.class, errors = {403, 404})
    public Response get(@PathParam("projectKey") String projectKey) {
        return Responses.run(texts, () -> Response.ok(json(settings.read(projectKey), null)).header("Cache-Control", "no-store").build());
    }

    @PUT
    @Path("{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = PanelSettingJson.class, errors = {400, 403, 404})
    public Response put(@PathParam("projectKey") String projectKey, PanelSettingInput input) {
        return Responses.run(texts, () -> {
            PanelSettingInput in = input == null ? new PanelSettingInput() : input;
            PanelSetting saved = settings.change(projectKey, in.warnings, in.panelHidden);
            return Response.ok(json(saved, texts.get("empathy.phasein.saved." + saved.warnings().name().toLowerCase(java.util.Locale.ROOT)
                    + (saved.panelHidden() ? ".hidden" : "")))).build();
        });
    }

    @GET
    @Path("{projectKey}/preview")
    @LicensedOnly
    @ApiDoc(body = PreviewJson.class, errors = {403, 404})
    public Response preview(@PathParam("projectKey") String projectKey, @QueryParam("start") String start) {
        return Responses.run(texts, () -> {
            int from = 0;
            try {
                from = start == null || start.isBlank() ? 0 : Math.max(0, Integer.parseInt(start.strip()));
            } catch (NumberFormatException notANumber) {
                from = 0;
            }
            IssueSearch.Page page = settings.preview(projectKey, from);
            PreviewJson json = new PreviewJson();
            json.total = page.total();
            json.start = from;
            json.jql = PanelSettingsService.previewJql(projectKey);
            for (IssueSearch.Found f : page.issues()) {
                PreviewIssueJson issue = new PreviewIssueJson();
                issue.issueKey = f.issueKey();
                issue.title = f.title();
                if (f.summary() != null) {
                    issue.warnings.addAll(f.summary().warnings());
                }
                json.issues.add(issue);
            }
            return Response.ok(json).header("Cache-Control", "no-store").build();
        });
    }

    private static PanelSettingJson json(PanelSetting setting, String message) {
        PanelSettingJson json = new PanelSettingJson();
        json.projectKey = setting.projectKey();
        json.warnings = setting.warnings().name();
        json.panelHidden = setting.panelHidden();
        json.updatedBy = setting.updatedBy();
        json.message = message;
        return json;
    }
}
