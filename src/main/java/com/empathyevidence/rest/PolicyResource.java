package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.AdminService;
import com.empathyevidence.app.PolicyService;
import com.empathyevidence.domain.FreshnessShift;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.view.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
    private final AdminService admin;

    @Inject
    public PolicyResource(PolicyService policy, Texts texts, AdminService admin) {
        this.policy = policy;
        this.texts = texts;
        this.admin = admin;
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

    /** Body: what GET /policy answers, changed (see {@link Json.PolicyInput}; the bare map of 1.0 is still read). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ApiDoc(body = Json.PolicyJson.class, errors = {400})
    public Response setGlobal(Json.PolicyInput input) {
        return Responses.run(texts, () -> Response.ok(json(policy.set(null, changes(input, null), aging(input, null)), null)).build());
    }

    @PUT
    @Path("projects/{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ApiDoc(body = Json.PolicyJson.class, errors = {400, 404})
    public Response setProject(@PathParam("projectKey") String projectKey, Json.PolicyInput input) {
        return Responses.run(texts, () -> Response.ok(json(policy.set(projectKey, changes(input, projectKey), aging(input, projectKey)), projectKey)).build());
    }

    /** What {@code PUT /policy} with this body would do, before saving (nothing is written). Administrators only. */
    @POST
    @Path("effect")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ApiDoc(body = PolicyEffectJson.class, errors = {400})
    public Response globalEffect(Json.PolicyInput input) {
        return Responses.run(texts, () -> Response.ok(effect(admin.effect(null, changes(input, null), aging(input, null)))).build());
    }

    /** What {@code PUT /policy/projects/{projectKey}} with this body would do, before saving. Administrators only. */
    @POST
    @Path("projects/{projectKey}/effect")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ApiDoc(body = PolicyEffectJson.class, errors = {400, 404})
    public Response projectEffect(@PathParam("projectKey") String projectKey, Json.PolicyInput input) {
        return Responses.run(texts, () -> Response.ok(effect(admin.effect(projectKey, changes(input, projectKey), aging(input, projectKey)))).build());
    }

    private PolicyEffectJson effect(FreshnessShift.Effect effect) {
        PolicyEffectJson json = new PolicyEffectJson();
        json.turnStale = effect.turnStale();
        json.turnFresh = effect.turnFresh();
        json.turnAging = effect.turnAging();
        json.backToFresh = effect.backToFresh();
        json.message = texts.get("empathy.admin.policy.effect", effect.turnStale(), effect.turnFresh(), effect.turnAging(),
                effect.backToFresh());
        return json;
    }

    /** The body as the changes the service makes: source kind to days, or null to restore the default. */
    private Map<String, Integer> changes(Json.PolicyInput input, String projectKey) {
        if (input == null) {
            return Map.of();
        }
        Map<String, Integer> changes = new LinkedHashMap<>();
        if (input.shelfLifeDays != null || input.overrides != null) {
            FreshnessPolicies current = policy.policies();
            Map<SourceKind, Integer> now = projectKey == null ? current.globalOverrides() : current.projectOverrides(projectKey);
            FreshnessPolicy inForce = current.forProject(projectKey);
            Map<String, Integer> wanted = new LinkedHashMap<>();
            if (input.overrides != null) {
                wanted.putAll(input.overrides);
            } else {
                now.forEach((k, v) -> wanted.put(k.name(), v));
            }
            if (input.shelfLifeDays != null) {
                input.shelfLifeDays.forEach((name, days) -> {
                    SourceKind kind = SourceKind.parse(name).orElse(null);
                    // a shelf life other than the one in force now is a change (it wins over overrides for that kind)
                    if (kind == null || days == null || days != inForce.shelfLifeDays(kind)) {
                        wanted.put(name, days);
                    }
                });
            }
            changes.putAll(wanted);
            for (SourceKind kind : now.keySet()) {
                changes.putIfAbsent(kind.name(), null); // left out of the overrides: back to the default
            }
        }
        changes.putAll(input.legacy);
        return changes;
    }

    /**
     * The body's aging threshold as a change: null when left out or equal to the one in force (nothing to do);
     * otherwise the percent to set, or a clear (sent as null). Out of range: the field's message.
     */
    private FreshnessPolicies.AgingChange aging(Json.PolicyInput input, String projectKey) {
        if (input == null || !input.agingSent()) {
            return null;
        }
        Integer percent = input.agingFromPercent;
        FreshnessPolicies.validateAging("agingFromPercent", percent);
        FreshnessPolicies current = policy.policies();
        if (percent != null && percent == current.forProject(projectKey).agingFromPercent()) {
            return null; // the one in force: unchanged (as a shelf life sent unchanged)
        }
        return new FreshnessPolicies.AgingChange(percent);
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
        json.agingFromPercent = inForce.agingFromPercent();
        json.agingOverride = policies.agingOverride(projectKey);
        return json;
    }
}
