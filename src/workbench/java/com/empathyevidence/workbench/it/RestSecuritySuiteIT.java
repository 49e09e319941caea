package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
import static com.empathyevidence.workbench.it.Api.createPersona;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.PluginDescriptor;
import com.empathyevidence.workbench.RestResources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.junit.Before;
import org.junit.Test;

/**
 * The security suite: attacks on every operation of both REST modules, generated from what the app itself declares, so
 * a new operation is covered without anyone adding a case. The Jira module's operations come from its served OpenAPI
 * document ({@code /rest/empathy/1.0/openapi.json}); the Confluence module ({@code /rest/empathy-map/1.0}) is not in
 * that document, so its operations are read from its resource classes by reflection, as the host's REST module scans
 * them. For every operation: anonymous callers get 401 (and every path answers the host's automatic OPTIONS); every
 * write with a wrong content type (none, form, multipart, text/plain) gets 415 and changes nothing, trailing garbage
 * after the JSON gets 400; a reader who may not browse project BILL gets none of its content and no count that moves
 * with a filter; ids past {@link Integer#MAX_VALUE} are 404 in a path and 400 naming the field in a body, and change
 * nothing. "Changes nothing" is checked against a snapshot of everything the writes could touch, read back as admin.
 */
public class RestSecuritySuiteIT {

    /** 2^32: an id plus this is the same id once cast to int. */
    private static final long PAST_INT = 1L << 32;
    private static final String JSON_ONLY = "Send the request body as JSON, with the header Content-Type: application/json.";
    private static final String BAD_JSON = "The request body isn\u2019t valid JSON for this request. Check the field names and value types.";
    private static final String ZIP_ONLY = "Send the archive itself as the request body, with the headers Content-Type: application/zip and X-Atlassian-Token: no-check.";
    private static final String MULTIPART = "multipart/form-data; boundary=empathy";
    /** No content type at all, a form, a multipart form, plain text: what a page on another site can send without a preflight. */
    private static final List<String> WRONG_TYPES = Arrays.asList(null, "application/x-www-form-urlencoded", MULTIPART, "text/plain");
    /**
     * Query parameters that do not look at content: paging, order and presentation. And the two that say which map is
     * shown ({@code persona} and {@code projects} of a {@code .../map} operation): a map counts what it hides, since the
     * reader knows the map exists (README, "Who may call what").
     */
    private static final Set<String> NOT_FILTERS = Set.of("start", "limit", "sort", "progress", "quotes", "unsorted", "layout",
            "quotesPerItem", "showCoverage");
    private static final Set<String> MAP_SCOPE = Set.of("persona", "projects");

    /** One operation: its module's base path, method, path template, query parameters, integer path parameters. */
    record Op(String base, String method, String template, List<String> query, Set<String> integerPath, Set<String> bodyIds) {
        boolean write() {
            return !method.equals("GET");
        }

        String key() {
            return method + " " + base + template;
        }
    }

    /** What each test works on: its own visible evidence, map item and link, and evidence in BILL the viewer may not see. */
    private String visibleWord;
    private String secretWord;
    private String persona;
    private String newPersona;
    private String secretPersona;
    private String alias;
    private String newAlias;
    private String secretAlias;
    private long evidence;
    private long other;
    private long item;
    private long secret;
    private long secretItem;
    private LocalDate secretObserved;
    private static final String ISSUE = "DEMO-15";
    private static final String SECRET_ISSUE = "BILL-2";

    @Before
    public void makeData() throws Exception {
        visibleWord = Api.unique("visible").toLowerCase(Locale.ROOT).replace("-", "");
        secretWord = Api.unique("secret").toLowerCase(Locale.ROOT).replace("-", "");
        persona = Api.personaKey("SEC");
        newPersona = Api.personaKey("SECNEW");
        secretPersona = Api.personaKey("SECHID");
        createPersona(persona);
        createPersona(secretPersona);
        alias = Api.unique("P");
        newAlias = Api.unique("P");
        secretAlias = Api.unique("P");

        ObjectNode e = evidence("What " + visibleWord + " says");
        e.put("persona", persona);
        e.put("participantAlias", alias).put("participantConsent", true);
        evidence = createEvidence("pm", e).get("id").asLong();
        ObjectNode e2 = evidence("More of " + visibleWord);
        e2.put("persona", persona);
        other = createEvidence("pm", e2).get("id").asLong();
        item = ok(201, Api.post("/personas/" + persona + "/items", "pm",
                object().put("section", "PAINS").put("statement", "Item of " + visibleWord))).get("id").asLong();
        ok(204, Api.post("/personas/items/" + item + "/evidence", "pm", object().put("evidenceId", evidence)));
        ok(201, Api.post("/issues/" + ISSUE + "/links", "pm", object().put("evidenceId", evidence).put("relation", "SUPPORTS")));

        secretObserved = LocalDate.now().minusDays(40);
        ObjectNode s = evidence(secretWord + " is what the secret says");
        s.put("project", "BILL");
        s.put("persona", secretPersona);
        s.put("participantAlias", secretAlias).put("participantConsent", true);
        s.put("observedOn", secretObserved.toString());
        s.putArray("tags").add("secret-tag");
        secret = createEvidence("pm", s).get("id").asLong();
        secretItem = ok(201, Api.post("/personas/" + secretPersona + "/items", "pm",
                object().put("section", "PAINS").put("statement", "Backed by BILL only"))).get("id").asLong();
        ok(204, Api.post("/personas/items/" + secretItem + "/evidence", "pm", object().put("evidenceId", secret)));
        ok(201, Api.post("/issues/" + SECRET_ISSUE + "/links", "pm", object().put("evidenceId", secret).put("relation", "SUPPORTS")));
        // an issue the viewer can browse, linked to evidence they cannot: its panel counts it
        ok(201, Api.post("/issues/" + ISSUE + "/links", "pm", object().put("evidenceId", secret).put("relation", "SUPPORTS")));
    }

    // ------------------------------------------------------------------------------------------------ the operations

    static String confluenceBase() {
        PluginDescriptor.RestModule module = PluginDescriptor.load().restModule("confluence");
        return "/rest" + module.path() + "/" + module.version();
    }

    /** The Jira module's operations, from its served OpenAPI document. */
    static List<Op> jiraOperations() throws Exception {
        JsonNode doc = Http.json(Http.get(Http.REST + "/openapi.json", "pm"));
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                List<String> query = new ArrayList<>();
                Set<String> integerPath = new LinkedHashSet<>();
                for (JsonNode p : m.getValue().path("parameters")) {
                    if (p.get("in").asText().equals("query")) {
                        query.add(p.get("name").asText());
                    } else if (p.get("in").asText().equals("path") && p.path("schema").path("type").asText().equals("integer")) {
                        integerPath.add(p.get("name").asText());
                    }
                }
                Set<String> bodyIds = new LinkedHashSet<>();
                JsonNode schema = m.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (schema.has("$ref")) {
                    schema = doc.at(schema.get("$ref").asText().substring(1));
                }
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    if (prop.getKey().endsWith("Id") && prop.getValue().path("type").asText().equals("integer")) {
                        bodyIds.add(prop.getKey());
                    }
                }
                ops.add(new Op(Http.REST, m.getKey().toUpperCase(Locale.ROOT), path.getKey(), query, integerPath, bodyIds));
            }
        }
        assertTrue("expected every operation of the document, found " + ops.size(), ops.size() >= 35);
        return ops;
    }

    /** The Confluence module's operations, from its resource classes (the package its rest module scans). */
    static List<Op> confluenceOperations() throws Exception {
        String base = confluenceBase();
        List<Op> ops = new ArrayList<>();
        for (Class<?> type : RestResources.find(PluginDescriptor.load().restModule("confluence").pkg())) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String httpMethod = null;
                for (Annotation a : m.getAnnotations()) {
                    HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
                    if (h != null) {
                        httpMethod = h.value();
                    }
                }
                if (httpMethod == null) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                String template = ("/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value())).replaceAll("/+", "/");
                if (template.length() > 1 && template.endsWith("/")) {
                    template = template.substring(0, template.length() - 1);
                }
                List<String> query = new ArrayList<>();
                Set<String> integerPath = new LinkedHashSet<>();
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(QueryParam.class)) {
                        query.add(p.getAnnotation(QueryParam.class).value());
                    }
                    Class<?> t = p.getType();
                    if (p.isAnnotationPresent(PathParam.class) && (t == long.class || t == int.class || t == Long.class || t == Integer.class)) {
                        integerPath.add(p.getAnnotation(PathParam.class).value());
                    }
                }
                ops.add(new Op(base, httpMethod, template, query, integerPath, new LinkedHashSet<>()));
            }
        }
        assertTrue("expected the map's writes, search and render, found " + ops.size(), ops.size() >= 5);
        return ops;
    }

    static List<Op> allOperations() throws Exception {
        List<Op> ops = new ArrayList<>(jiraOperations());
        ops.addAll(confluenceOperations());
        return ops;
    }

    /** The path with this test's own data; {@code hidden} picks the evidence, item, issue and persona in BILL instead. */
    private String path(Op op, boolean hidden, Map<String, Long> idOverrides) {
        String[] segments = op.template().split("/", -1);
        StringBuilder out = new StringBuilder(op.base());
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            out.append('/');
            if (!s.startsWith("{")) {
                out.append(s);
                continue;
            }
            String name = s.substring(1, s.length() - 1);
            if (idOverrides.containsKey(name)) {
                out.append(idOverrides.get(name));
                continue;
            }
            out.append(switch (name) {
                case "issueKey" -> hidden ? SECRET_ISSUE : ISSUE;
                case "personaKey" -> hidden ? secretPersona : persona;
                case "alias" -> hidden ? secretAlias : alias;
                case "projectKey" -> hidden ? "BILL" : "DEMO";
                case "type" -> "evidence";
                case "evidenceId" -> String.valueOf(hidden ? secret : evidence);
                default -> String.valueOf(idFor(op, name, hidden));
            });
        }
        return out.toString();
    }

    /** An integer path parameter's value: a map item after "items", otherwise a piece of evidence. */
    private long idFor(Op op, String name, boolean hidden) {
        String[] segments = op.template().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                boolean isItem = segments[i - 1].equals("items");
                return isItem ? (hidden ? secretItem : item) : (hidden ? secret : evidence);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private String path(Op op) {
        return path(op, false, Map.of());
    }

    /** A body each write would carry out if it were accepted, so that "nothing changed" means something. */
    private ObjectNode body(Op op) {
        String key = op.method() + " " + op.template();
        if (op.base().equals(Http.REST)) {
            return switch (key) {
                case "POST /evidence" -> evidence("New " + visibleWord);
                case "PUT /evidence/{id}" -> evidence("Changed " + visibleWord).put("version", 1);
                case "POST /evidence/{id}/retire" -> object().put("reason", "Gone");
                case "POST /evidence/{id}/reconfirmations" -> object().put("note", "Still true");
                case "POST /import" -> object().put("csv", CsvImportIT.HEADER + "\r\nImported " + visibleWord
                        + ",QUOTE,PAINS,INTERVIEW,Imported,,,,,,DEMO," + LocalDate.now().minusDays(3) + ",\r\n");
                case "POST /issues/{issueKey}/links" -> object().put("evidenceId", other).put("relation", "SUPPORTS");
                case "PUT /issues/{issueKey}/links/{type}/{id}" -> object().put("relation", "CONTRADICTS");
                case "POST /participants" -> object().put("consent", true).put("alias", newAlias).put("segment", "New");
                case "POST /participants/{alias}/erase" -> object().put("confirmAlias", alias);
                case "PUT /participants/{alias}" -> object().put("segment", "Changed").put("role", "Changed");
                case "POST /personas/items/{id}/evidence" -> object().put("evidenceId", other);
                case "POST /personas" -> object().put("key", newPersona).put("name", "New");
                case "POST /personas/{personaKey}/items" -> object().put("section", "GAINS").put("statement", "New " + visibleWord);
                case "PUT /personas/items/{id}" -> object().put("section", "GAINS").put("statement", "Changed " + visibleWord);
                case "PUT /personas/{personaKey}" -> object().put("name", "Changed");
                case "PUT /policy" -> object().put("OTHER", 99);
                case "PUT /policy/projects/{projectKey}" -> object().put("OTHER", 98);
                case "POST /validation-tasks" -> object().put("mapItemId", item).put("issueKey", ISSUE);
                default -> object();
            };
        }
        return switch (key) {
            case "POST /personas/{personaKey}/items" -> object().put("section", "GAINS").put("statement", "From the map " + visibleWord);
            case "POST /items/{id}/evidence" -> object().put("evidenceId", other);
            case "POST /evidence/{id}/reconfirmations" -> object().put("note", "Still true");
            case "POST /items/{id}/validation-tasks" -> object().put("summary", "Validate " + visibleWord).put("project", "DEMO").put("issueType", "Task");
            default -> object();
        };
    }

    /** Body id fields: those the document declares, and for the Confluence module those of the body it forwards. */
    private Set<String> bodyIds(Op op) {
        Set<String> ids = new LinkedHashSet<>(op.bodyIds());
        body(op).fieldNames().forEachRemaining(name -> {
            if (name.endsWith("Id")) {
                ids.add(name);
            }
        });
        return ids;
    }

    /** Everything the writes above could change, read back as admin: path -> status and body. */
    private Map<String, String> snapshot() throws Exception {
        List<String> reads = List.of("/evidence/" + evidence, "/evidence/" + other, "/evidence/" + evidence + "/reconfirmations",
                "/evidence/" + other + "/reconfirmations", "/personas/" + persona, "/personas/" + persona + "/items",
                "/personas/items/" + item, "/personas/" + persona + "/map", "/personas/" + newPersona, "/participants/" + alias,
                "/participants/" + newAlias, "/issues/" + ISSUE + "/evidence", "/evidence?status=ALL&limit=100&q=" + visibleWord,
                "/policy", "/policy/projects/DEMO");
        Map<String, String> state = new LinkedHashMap<>();
        for (String read : reads) {
            HttpResponse<String> r = Api.get(read, "admin");
            state.put(read, r.statusCode() + " " + r.body());
        }
        return state;
    }

    private static HttpResponse<String> send(Op op, String path, String user, String contentType, String body) throws Exception {
        return Http.send(op.method(), path, user, contentType, body);
    }

    private static String json(Object body) throws Exception {
        return Http.JSON.writeValueAsString(body);
    }

    // ------------------------------------------------------------------------------------------------ the tests

    @Test
    public void everyOperationRefusesAnonymousCallersAndEveryPathAnswersOptionsAsTheHostDoes() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
        for (Op op : allOperations()) {
            String path = path(op);
            methodsByPath.computeIfAbsent(path, p -> new TreeSet<>()).add(op.method());
            HttpResponse<String> r = send(op, path, null, Api.JSON_TYPE, op.write() ? json(body(op)) : null);
            JsonNode error = r.statusCode() == 401 ? Http.json(r) : null;
            if (error == null || error.get("status").asInt() != 401 || error.get("message").asText().isBlank()) {
                wrong.add(op.key() + " anonymous -> " + r.statusCode() + " " + r.body());
            }
        }
        for (Map.Entry<String, Set<String>> path : methodsByPath.entrySet()) {
            for (String user : Arrays.asList(null, "viewer")) {
                HttpResponse<String> r = Http.send("OPTIONS", path.getKey(), user, null, null);
                Set<String> allowed = new TreeSet<>();
                r.headers().allValues("Allow").forEach(v -> Arrays.stream(v.split(",")).map(String::trim).forEach(allowed::add));
                if ((r.statusCode() != 200 && r.statusCode() != 204) || !allowed.containsAll(path.getValue())) {
                    wrong.add("OPTIONS " + path.getKey() + " as " + user + " -> " + r.statusCode() + " Allow " + allowed + " " + r.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void everyWriteTakesJsonOnlyAndAnythingElseChangesNothing() throws Exception {
        Map<String, String> before = snapshot();
        List<String> wrong = new ArrayList<>();
        int writes = 0;
        for (Op op : allOperations()) {
            if (!op.write()) {
                continue;
            }
            writes++;
            String json = json(body(op));
            for (String type : WRONG_TYPES) {
                String sent = type == null ? (op.method().equals("DELETE") ? null : json)
                        : type.equals(MULTIPART) ? "--empathy\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + json + "\r\n--empathy--\r\n"
                        : json;
                HttpResponse<String> r = send(op, path(op), "admin", type, sent);
                if (r.statusCode() != 415 || !(isArchiveUpload(op) ? ZIP_ONLY : JSON_ONLY).equals(Http.json(r).path("message").asText())) {
                    wrong.add(op.key() + " as " + type + " -> " + r.statusCode() + " " + r.body());
                }
            }
            HttpResponse<String> garbage = send(op, path(op), "admin", Api.JSON_TYPE, json + " and then some");
            if (isArchiveUpload(op)) {
                // the archive import takes application/zip only (ArchiveRestIT): JSON is refused as any other type
                if (garbage.statusCode() != 415 || !ZIP_ONLY.equals(Http.json(garbage).path("message").asText())) {
                    wrong.add(op.key() + " as JSON -> " + garbage.statusCode() + " " + garbage.body());
                }
            } else if (garbage.statusCode() != 400 || !BAD_JSON.equals(Http.json(garbage).path("message").asText())) {
                wrong.add(op.key() + " with trailing garbage -> " + garbage.statusCode() + " " + garbage.body());
            }
        }
        assertTrue("every write of both modules, found " + writes, writes >= 20);
        assertEquals(List.of(), wrong);
        assertEquals(before, snapshot());

        // the snapshot does see a write that is carried out: the same requests as JSON change it
        ok(201, Http.send("POST", Http.REST + "/evidence/" + evidence + "/reconfirmations", "admin", Api.JSON_TYPE, json(object().put("note", "Still true"))));
        ok(200, Http.send("DELETE", Http.REST + "/issues/" + ISSUE + "/links/evidence/" + evidence, "admin", "application/json; charset=utf-8", null));
        Map<String, String> after = snapshot();
        assertNotEquals(before.get("/evidence/" + evidence + "/reconfirmations"), after.get("/evidence/" + evidence + "/reconfirmations"));
        assertNotEquals(before.get("/issues/" + ISSUE + "/evidence"), after.get("/issues/" + ISSUE + "/evidence"));
    }

    @Test
    public void aReaderWithoutPermissionGetsNoContentAndNoCountThatMovesWithAFilter() throws Exception {
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (Op op : allOperations()) {
            if (op.write()) {
                continue;
            }
            String path = path(op, true, Map.of());
            String base = op.query().contains("q") ? "q=" + secretWord : "";
            if (op.query().contains("persona")) {
                base = join(base, "persona=" + secretPersona);
            }
            HttpResponse<String> r = Http.get(path + (base.isEmpty() ? "" : "?" + base), "viewer");
            if (r.body().toLowerCase(Locale.ROOT).contains(secretWord) || !Set.of(200, 403, 404).contains(r.statusCode())) {
                wrong.add(op.key() + " as viewer shows BILL: " + r.statusCode() + " " + r.body());
            }
            for (String param : op.query()) {
                if (NOT_FILTERS.contains(param) || (isMap(op) && MAP_SCOPE.contains(param))) {
                    continue;
                }
                String[] values = values(param);
                String others = op.query().contains("q") && !param.equals("q") ? "q=" + secretWord + "&" : "";
                HttpResponse<String> matches = Http.get(path + "?" + others + param + "=" + values[0], "viewer");
                HttpResponse<String> misses = Http.get(path + "?" + others + param + "=" + values[1], "viewer");
                compared++;
                if (matches.statusCode() != misses.statusCode() || !Http.JSON.readTree(matches.body()).equals(Http.JSON.readTree(misses.body()))) {
                    wrong.add(op.key() + " ?" + param + "=" + values[0] + " -> " + matches.body() + " but =" + values[1] + " -> " + misses.body());
                }
            }
        }
        assertTrue("the content filters of search, export and the map's search, found " + compared, compared >= 18);
        assertEquals(List.of(), wrong);
        // what the reader knows exists still says what it hides: the links of an issue they can browse
        JsonNode panel = ok(200, Api.get("/issues/" + ISSUE + "/evidence", "viewer"));
        int linkedInBill = 0;
        for (JsonNode e : ok(200, Api.get("/issues/" + ISSUE + "/evidence", "pm")).path("evidence")) {
            linkedInBill += e.path("projectKey").asText().equals("BILL") ? 1 : 0;
        }
        assertTrue(linkedInBill >= 1);
        assertEquals(linkedInBill, panel.get("hidden").asInt());
        assertTrue(!panel.toString().contains(secretWord));
    }

    /** The one write whose body is not JSON: the archive import (application/zip with the XSRF header, JsonWrites). */
    private static boolean isArchiveUpload(Op op) {
        return op.base().equals(Http.REST) && op.key().equals("POST " + Http.REST + "/archive");
    }

    private static boolean isMap(Op op) {
        return op.template().endsWith("/map") || op.template().equals("/map");
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "&" + b;
    }

    /** A value of the filter that matches the hidden evidence in BILL, and one that does not. */
    private String[] values(String param) {
        return switch (param) {
            case "q" -> new String[] {secretWord, secretWord + "x"};
            case "persona" -> new String[] {secretPersona, persona};
            case "section" -> new String[] {"PAINS", "GAINS"};
            case "sourceKind" -> new String[] {"INTERVIEW", "SURVEY"};
            case "freshness" -> new String[] {"FRESH", "STALE"};
            case "project", "validationProject" -> new String[] {"BILL", "DEMO"};
            case "participant" -> new String[] {secretAlias, alias};
            case "observedFrom" -> new String[] {secretObserved.toString(), secretObserved.plusDays(1).toString()};
            case "observedTo" -> new String[] {secretObserved.toString(), secretObserved.minusDays(1).toString()};
            case "status" -> new String[] {"ACTIVE", "RETIRED"};
            case "tags", "tag" -> new String[] {"secret-tag", "other-tag"};
            default -> new String[] {secretWord, "other"};
        };
    }

    @Test
    public void idsPastIntegerMaxValueNameNothingInAPathOrABodyAndChangeNothing() throws Exception {
        Map<String, String> before = snapshot();
        List<String> wrong = new ArrayList<>();
        int pathCases = 0;
        int bodyCases = 0;
        for (Op op : allOperations()) {
            if (!op.integerPath().isEmpty()) {
                Map<String, Long> past = new LinkedHashMap<>();
                for (String name : op.integerPath()) {
                    past.put(name, (name.equals("evidenceId") ? evidence : idFor(op, name, false)) + PAST_INT);
                }
                pathCases++;
                HttpResponse<String> r = send(op, path(op, false, past), "admin", Api.JSON_TYPE, op.write() ? json(body(op)) : null);
                if (r.statusCode() != 404 || Http.json(r).path("status").asInt() != 404) {
                    wrong.add(op.key() + " with " + past + " -> " + r.statusCode() + " " + r.body());
                }
            }
            if (op.write()) {
                for (String field : bodyIds(op)) {
                    bodyCases++;
                    ObjectNode body = body(op).put(field, (field.equals("mapItemId") ? item : other) + PAST_INT);
                    HttpResponse<String> r = send(op, path(op), "admin", Api.JSON_TYPE, json(body));
                    boolean named = false;
                    if (r.statusCode() == 400) {
                        for (JsonNode f : Http.json(r).path("fieldErrors")) {
                            named |= f.path("field").asText().equals(field);
                        }
                    }
                    if (!named) {
                        wrong.add(op.key() + " with " + field + " past Integer.MAX_VALUE -> " + r.statusCode() + " " + r.body());
                    }
                }
            }
        }
        assertTrue("evidence, items, links and backing by path id, found " + pathCases, pathCases >= 14);
        assertTrue("links, backing, successor and the map's attach by body id, found " + bodyCases, bodyCases >= 5);
        assertEquals(List.of(), wrong);
        assertEquals(before, snapshot());

        // one piece is linked to one issue once, whatever number names it
        Api.invalid(Api.post("/issues/" + ISSUE + "/links", "pm", object().put("evidenceId", evidence + PAST_INT)),
                "evidenceId", "No evidence or map item has this id. Ids are whole numbers from 1 to 2,147,483,647: use the id the app shows or the API answered with.");
        Api.error(409, null, Api.post("/issues/" + ISSUE + "/links", "pm", object().put("evidenceId", evidence)));
        int links = 0;
        for (JsonNode e : ok(200, Api.get("/issues/" + ISSUE + "/evidence", "pm")).path("evidence")) {
            links += e.path("id").asLong() == evidence ? 1 : 0;
        }
        assertEquals(1, links);
    }
}
