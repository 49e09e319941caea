package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.Test;

/**
 * The OpenAPI document in the built jar describes every resource method of the jar, with its access level, and the
 * tool that wrote it stayed out of the jar.
 */
public class OpenApiDocumentIT {

    static final String DOCUMENT = "com/empathyevidence/rest/openapi.json";

    private final PluginJar jar = PluginJar.get();

    @Test
    public void everyResourceMethodIsDocumentedWithItsAccessLevel() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(jar.read(DOCUMENT));
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertEquals("/rest/empathy/1.0", doc.get("servers").get(0).get("url").asText());
        ClassLoader loader = jar.classLoader();
        List<String> wrong = new ArrayList<>();
        int methods = 0;
        for (String name : jar.classNames()) {
            if (!name.startsWith("com.empathyevidence.rest.")) {
                continue;
            }
            Class<?> c = jar.load(loader, name);
            Annotation root = annotation(c.getAnnotations(), PluginJar.api("jakarta.ws.rs.Path"));
            if (root == null) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                String http = httpMethod(m);
                if (http == null || !Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                methods++;
                Annotation sub = annotation(m.getAnnotations(), PluginJar.api("jakarta.ws.rs.Path"));
                String path = ("/" + value(root) + "/" + (sub == null ? "" : value(sub))).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                JsonNode op = doc.path("paths").path(path).path(http.toLowerCase(Locale.ROOT));
                String access = null;
                for (Annotation a : m.getAnnotations()) {
                    if (a.annotationType().getPackageName().equals(RestSecurityIT.ACCESS_PACKAGE)) {
                        access = a.annotationType().getSimpleName();
                    }
                }
                if (op.isMissingNode()) {
                    wrong.add(http + " " + path + ": missing");
                } else if (!op.path("x-access").asText().equals(access)) {
                    wrong.add(http + " " + path + ": x-access " + op.path("x-access") + ", annotated " + access);
                } else if (!op.path("responses").has("401") || op.path("security").size() == 0) {
                    wrong.add(http + " " + path + ": no 401 or no security requirement");
                }
            }
        }
        assertTrue("expected the resource methods, found " + methods, methods >= 30);
        assertEquals(List.of(), wrong);
        int operations = 0;
        for (JsonNode item : doc.get("paths")) {
            operations += item.size();
        }
        assertEquals("operations in the document vs resource methods in the jar", methods, operations);
    }

    @Test
    public void theGeneratorIsNotInTheJar() {
        assertNotNull(jar.read(DOCUMENT));
        TreeSet<String> swagger = new TreeSet<>();
        for (String e : jar.entries) {
            if (e.startsWith("io/swagger/") || e.contains("OpenApiGenerator")) {
                swagger.add(e);
            }
        }
        assertEquals(new TreeSet<>(), swagger);
    }

    private static Annotation annotation(Annotation[] annotations, String type) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                return a;
            }
        }
        return null;
    }

    private static String value(Annotation path) {
        try {
            return (String) path.annotationType().getMethod("value").invoke(path);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            for (Annotation meta : a.annotationType().getAnnotations()) {
                if (meta.annotationType().getName().equals(PluginJar.api("jakarta.ws.rs.HttpMethod"))) {
                    return a.annotationType().getSimpleName();
                }
            }
        }
        return null;
    }
}
