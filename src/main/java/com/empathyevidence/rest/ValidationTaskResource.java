package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.ValidationTaskService;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.view.Texts;
import java.net.URI;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * validation (issue 17): {@code POST /validation-tasks} marks an issue (just created from the map) as the validation task
 * of an assumption and links it ADDRESSES to the map item. Needs edit permission on the issue; the item must be an
 * assumption of a persona in use.
 */
@Path("/validation-tasks")
@Produces(MediaType.APPLICATION_JSON)
public class ValidationTaskResource {

    private final ValidationTaskService tasks;
    private final Texts texts;

    @Inject
    public ValidationTaskResource(ValidationTaskService tasks, Texts texts) {
        this.tasks = tasks;
        this.texts = texts;
    }

    /** The issue that validates a map item. */
    public static class ValidationTaskInput {
        @ApiField(required = true, minimum = 1, maximum = Integer.MAX_VALUE, example = "42")
        public Long mapItemId;
        /** Required unless {@code dryRun}. */
        @ApiField(maxLength = 255, example = "DEMO-12")
        public String issueKey;
        /** Only check that the item may take a validation task (204), linking nothing: asked before the issue is created. */
        public Boolean dryRun;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = Json.LinkJson.class, errors = {400, 403, 404, 409})
    public Response create(ValidationTaskInput input) {
        return Responses.run(texts, () -> {
            tasks.requireMayLink();
            com.empathyevidence.domain.Validator v = new com.empathyevidence.domain.Validator();
            if (input == null || input.mapItemId == null) {
                v.error("mapItemId", "empathy.validation.required");
            } else {
                Ids.body(v, "mapItemId", input.mapItemId);
            }
            boolean dryRun = input != null && Boolean.TRUE.equals(input.dryRun);
            if (!dryRun && (input == null || input.issueKey == null || input.issueKey.isBlank())) {
                v.error("issueKey", "empathy.validation.required");
            }
            v.check();
            if (dryRun) {
                tasks.check(input.mapItemId);
                return Response.noContent().build();
            }
            IssueLink link = tasks.create(input.mapItemId, input.issueKey);
            Json.LinkJson json = Json.LinkJson.of(link);
            return Response.created(URI.create("issues/" + json.issueKey + "/links/" + json.targetType + "/" + json.targetId))
                    .entity(json).build();
        });
    }
}
