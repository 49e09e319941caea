package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Every REST resource method states who may call it, and nothing in the jar opens an endpoint to anyone. */
public class RestSecurityIT {

    static final String ACCESS_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";
    static final String UNRESTRICTED = ACCESS_PACKAGE.replace('.', '/') + "/UnrestrictedAccess";

    private final PluginJar jar = PluginJar.get();

    private static List<String> access(Annotation[] annotations) {
        List<String> out = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.annotationType().getPackageName().equals(ACCESS_PACKAGE)) {
                out.add(a.annotationType().getSimpleName());
            }
        }
        return out;
    }

    private static boolean isHttpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(PluginJar.annotation("jakarta.ws.rs.HttpMethod"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void everyResourceMethodHasExactlyOneAccessAnnotation() {
        ClassLoader loader = jar.classLoader();
        List<String> wrong = new ArrayList<>();
        int resourceMethods = 0;
        for (String name : jar.classNames()) {
            if (!name.startsWith("com.empathyevidence.rest.") && !name.startsWith("com.empathyevidence.confluence.rest.")) {
                continue;
            }
            Class<?> c = jar.load(loader, name);
            List<String> onClass = access(c.getAnnotations());
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !isHttpMethod(m)) {
                    continue;
                }
                resourceMethods++;
                List<String> onMethod = access(m.getAnnotations());
                List<String> effective = onMethod.isEmpty() ? onClass : onMethod;
                if (effective.size() != 1) {
                    wrong.add(c.getSimpleName() + "#" + m.getName() + " " + effective);
                }
            }
        }
        assertTrue("no JAX-RS resource methods found in com.empathyevidence.rest", resourceMethods >= 2);
        assertTrue("the map actions' resource was not scanned", scannedMapActions(loader));
        assertEquals("resource methods without exactly one access annotation from " + ACCESS_PACKAGE, List.of(), wrong);
    }

    private boolean scannedMapActions(ClassLoader loader) {
        return jar.classNames().contains("com.empathyevidence.confluence.rest.MapActionsResource")
                && jar.load(loader, "com.empathyevidence.confluence.rest.MapActionsResource").isAnnotationPresent(PluginJar.annotation("jakarta.ws.rs.Path"));
    }

    /** The map's writes take JSON only (415 otherwise): a form post cannot forge one across sites. */
    @Test
    public void theMapsWritesConsumeJsonOnly() {
        ClassLoader loader = jar.classLoader();
        Class<?> c = jar.load(loader, "com.empathyevidence.confluence.rest.MapActionsResource");
        int posts = 0;
        for (Method m : c.getDeclaredMethods()) {
            if (m.isAnnotationPresent(PluginJar.annotation("jakarta.ws.rs.POST"))) {
                posts++;
                java.lang.annotation.Annotation consumes = m.getAnnotation(PluginJar.annotation("jakarta.ws.rs.Consumes"));
                assertTrue(m.getName() + " consumes JSON only", consumes != null
                        && List.of((String[]) PluginJar.element(consumes, "value")).equals(List.of("application/json")));
                assertEquals(m.getName(), List.of("LicensedOnly"), access(m.getAnnotations()));
            }
        }
        assertEquals("add an item, attach evidence, re-confirm, create a validation task", 4, posts);
    }

    @Test
    public void unrestrictedAccessIsNeverUsed() {
        List<String> users = new ArrayList<>();
        int[] scanned = {0};
        jar.forEachClassFile((entry, bytes) -> {
            scanned[0]++;
            if (new String(bytes, StandardCharsets.ISO_8859_1).contains(UNRESTRICTED)) {
                users.add(entry);
            }
        });
        assertTrue(scanned[0] > 10);
        assertEquals("classes referring to @UnrestrictedAccess", List.of(), users);
    }
}
