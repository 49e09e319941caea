package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.PolicyService;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.view.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Freshness policy: shelf lives by source kind, globally and per project. Reading is for everyone; changing is for admins. */
@Path("/policy")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyService policy;
    private final Texts texts;

    @Inject
    public PolicyResource(PolicyService policy, Texts texts) {
        this.policy = policy;
        this.texts = texts;
    }

    @GET
    @LicensedOnly
    @ApiDoc(body = Json.PolicyJson.class)
    public Response global() {
        return Responses.run(texts, () -> Response.ok(json(policy.policies(), null)).build());
    }

    @GET
    @Path("projects/{projectKey}")
    @LicensedOnly
    @ApiDoc(body = Json.PolicyJson.class)
    public Response project(@PathParam("projectKey") String projectKey) {
        return Responses.run(texts, () -> Response.ok(json(policy.policies(), projectKey)).build());
    }

    /** Body: {"INTERVIEW": 300, "SURVEY": null, ...}; a number sets the shelf life in days, null restores the default. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ApiDoc(body = Json.PolicyJson.class, errors = {400})
    public Response setGlobal(Map<String, Integer> shelfLives) {
        return Responses.run(texts, () -> Response.ok(json(policy.set(null, shelfLives == null ? Map.of() : shelfLives), null)).build());
    }

    @PUT
    @Path("projects/{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ApiDoc(body = Json.PolicyJson.class, errors = {400, 404})
    public Response setProject(@PathParam("projectKey") String projectKey, Map<String, Integer> shelfLives) {
        return Responses.run(texts, () -> Response.ok(json(policy.set(projectKey, shelfLives == null ? Map.of() : shelfLives), projectKey)).build());
    }

    private static Json.PolicyJson json(FreshnessPolicies policies, String projectKey) {
        FreshnessPolicy inForce = policies.forProject(projectKey);
        Json.PolicyJson json = new Json.PolicyJson();
        json.shelfLifeDays = new LinkedHashMap<>();
        for (SourceKind kind : SourceKind.values()) {
            json.shelfLifeDays.put(kind.name(), inForce.shelfLifeDays(kind));
        }
        json.overrides = new LinkedHashMap<>();
        (projectKey == null ? policies.globalOverrides() : policies.projectOverrides(projectKey))
                .forEach((k, v) -> json.overrides.put(k.name(), v));
        return json;
    }
}
