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

    /**
     * Issue 12: what a client generator needs, for every body the document names (request and response): an example;
     * enums for section, kind, source kind, relation, freshness and evidence status; date, date-time and uri formats;
     * required fields and limits on every request body; read-only fields where a body goes both ways.
     */
    @Test
    public void everyBodySchemaDeclaresWhatAClientGeneratorNeeds() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(jar.read(DOCUMENT));
        JsonNode schemas = doc.get("components").get("schemas");
        java.util.Set<String> requests = new TreeSet<>();
        java.util.Set<String> bodies = new TreeSet<>();
        for (JsonNode path : doc.get("paths")) {
            for (JsonNode op : path) {
                op.path("requestBody").path("content").forEach(media -> addRef(requests, media.get("schema")));
                op.path("responses").forEach(r -> r.path("content").forEach(media -> addRef(bodies, media.get("schema"))));
            }
        }
        bodies.addAll(requests);
        // every schema a body uses, nested ones too
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(bodies);
        while (!todo.isEmpty()) {
            for (String nested : refs(schemas.get(todo.pop()), new TreeSet<>())) {
                if (bodies.add(nested)) {
                    todo.push(nested);
                }
            }
        }
        assertTrue(bodies.toString(), bodies.containsAll(List.of("EvidenceInput", "EvidenceJson", "ParticipantJson", "PolicyInput", "ErrorJson")));
        List<String> missing = new ArrayList<>();
        for (String name : bodies) {
            JsonNode schema = schemas.get(name);
            if (!schema.has("example")) {
                missing.add(name + ": no example");
            }
            schema.path("properties").fields().forEachRemaining(p -> {
                String field = p.getKey();
                JsonNode property = p.getValue().has("items") ? p.getValue().get("items") : p.getValue();
                boolean text = "string".equals(property.path("type").asText());
                if (text && List.of("section", "kind", "sourceKind", "relation", "freshness", "band", "phase", "targetType").contains(field)
                        && !property.has("enum")) {
                    missing.add(name + "." + field + ": no enum");
                }
                if (text && field.equals("status") && name.equals("EvidenceJson") && !property.has("enum")) {
                    missing.add(name + "." + field + ": no enum");
                }
                String format = property.path("format").asText();
                if (text && (field.endsWith("On") || List.of("freshnessBasis", "staleAfter", "earliest", "latest", "freshest", "oldest").contains(field))
                        && !format.equals("date")) {
                    missing.add(name + "." + field + ": not format date");
                }
                if (text && field.endsWith("At") && !format.equals("date-time")) {
                    missing.add(name + "." + field + ": not format date-time");
                }
                if (text && field.endsWith("Link") && !format.equals("uri")) {
                    missing.add(name + "." + field + ": not format uri");
                }
                // (a CSV file's limit is in rows, 10,000, not characters; read-only fields are never read)
                if (requests.contains(name) && text && !property.has("maxLength") && !property.has("enum") && !property.has("format")
                        && !p.getValue().path("readOnly").asBoolean() && !(name + "." + field).equals("ImportInput.csv")) {
                    missing.add(name + "." + field + ": a request string without maxLength");
                }
                if (requests.contains(name) && List.of("integer", "number").contains(property.path("type").asText())
                        && !(property.has("minimum") || p.getValue().path("readOnly").asBoolean())) {
                    missing.add(name + "." + field + ": a request number without minimum");
                }
            });
        }
        for (String name : List.of("EvidenceInput", "ParticipantJson", "RetireInput", "BackingInput", "RelationInput", "ImportInput",
                "EraseInput", "PersonaJson", "MapItemJson")) {
            if (!schemas.get(name).has("required")) {
                missing.add(name + ": no required fields");
            }
        }
        assertEquals("[\"observedOn\",\"section\",\"sourceKind\",\"text\"]", schemas.get("EvidenceInput").get("required").toString());
        assertEquals(5000, schemas.get("EvidenceInput").get("properties").get("text").get("maxLength").asInt());
        assertEquals(86400, schemas.get("EvidenceInput").get("properties").get("sourceMomentSeconds").get("maximum").asInt());
        assertTrue(schemas.get("EvidenceInput").get("properties").get("participant").get("deprecated").asBoolean());
        assertTrue(schemas.get("ParticipantJson").get("properties").get("id").get("readOnly").asBoolean());
        assertTrue(schemas.get("ParticipantJson").get("required").toString().contains("consent"));
        assertEquals("PolicyInput", ref(doc.get("paths").get("/policy").get("put").get("requestBody").get("content").get("application/json").get("schema")));
        assertEquals("what a client generator lacks", List.of(), missing);
    }

    private static void addRef(java.util.Set<String> names, JsonNode schema) {
        String name = ref(schema);
        if (name != null) {
            names.add(name);
        }
    }

    private static String ref(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        if (schema.has("items")) {
            return ref(schema.get("items"));
        }
        String ref = schema.path("$ref").asText(null);
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static java.util.Set<String> refs(JsonNode node, java.util.Set<String> found) {
        if (node == null) {
            return found;
        }
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            found.add(ref.substring(ref.lastIndexOf('/') + 1));
        }
        node.forEach(child -> refs(child, found));
        return found;
    }
}
