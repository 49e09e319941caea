package com.empathyevidence.workbench.web;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.Directory;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Enforces the REST v2 access annotations as Jira 10 does: anonymous callers get 401 unless the method allows
 * anonymous access, non-admins get 403 on admin-only methods. A method without an access annotation is refused
 * outright here, so a forgotten annotation cannot pass the workbench's tests. Runs first (authorization priority),
 * before the plugin's own request filters. Jersey's automatic OPTIONS answer is the host's, not a plugin method: it
 * declares no access level and is answered (200 with {@code Allow}) for anyone, as on the hosts.
 */
public final class AccessAnnotationFeature implements DynamicFeature {

    private static final List<Class<? extends Annotation>> LEVELS = List.of(AnonymousSiteAccess.class,
            UnlicensedSiteAccess.class, LicensedOnly.class, AdminOnly.class, SystemAdminOnly.class);

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        if (!isPluginMethod(info.getResourceMethod())) {
            // Jersey's own methods (the automatic OPTIONS answer): the host answers them itself, for anyone.
            return;
        }
        Class<? extends Annotation> level = find(info.getResourceMethod().getAnnotations());
        if (level == null) {
            level = find(info.getResourceClass().getAnnotations());
        }
        Class<? extends Annotation> required = level;
        context.register((ContainerRequestFilter) request -> {
            if (required == null) {
                request.abortWith(error(500, "This REST method declares no access level."));
                return;
            }
            if (required == AnonymousSiteAccess.class) {
                return;
            }
            Directory.User user = CurrentUser.get().orElse(null);
            if (user == null) {
                request.abortWith(error(401, "Sign in to use this resource."));
            } else if ((required == AdminOnly.class || required == SystemAdminOnly.class) && !user.admin()) {
                request.abortWith(error(403, "Only administrators can do this."));
            }
        }, Priorities.AUTHORIZATION);
    }

    /** A resource method of the plugin carries an HTTP method annotation ({@code @GET}, {@code @POST}, ...). */
    private static boolean isPluginMethod(Method method) {
        if (method == null) {
            return false;
        }
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static Class<? extends Annotation> find(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (LEVELS.contains(a.annotationType())) {
                return a.annotationType();
            }
        }
        return null;
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"status\":" + status + ",\"message\":\"" + message + "\",\"fieldErrors\":[]}").build();
    }
}
