package com.empathyevidence.openapi;

import com.empathyevidence.rest.ApiDoc;
import com.empathyevidence.rest.ApiField;
import com.empathyevidence.rest.ErrorJson;
import com.empathyevidence.rest.OpenApiResource;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;

/**
 * Writes the OpenAPI 3 document of the REST API at build time (Maven's process-test-classes phase, before the jar is
 * packaged) into the compiled classes, beside {@link OpenApiResource}, which serves it. swagger-core's JAX-RS
 * {@link Reader} reads the resource classes (paths, parameters, request bodies); this class adds what a method returning
 * {@code Response} cannot say by itself: its responses ({@link ApiDoc}), its access level ({@code x-access}, from the
 * REST access annotation) and HTTP Basic as the way to sign in. swagger-core is a build-time tool here: nothing of it
 * is in the plugin jar.
 *
 * <p>Arguments: the compiled classes directory, and the version of the app.
 */
public final class OpenApiGenerator {

    static final String REST_PACKAGE = "com.empathyevidence.rest";
    static final String ACCESS_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";
    static final String BASE_PATH = "/rest/empathy/1.0";

    private OpenApiGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        String version = args.length > 1 ? args[1] : "1.0";
        List<Class<?>> types = restClasses(classes);
        OpenAPI api = generate(types, version);
        Path out = classes.resolve(REST_PACKAGE.replace('.', '/')).resolve(OpenApiResource.DOCUMENT);
        Files.writeString(out, Json.pretty(api) + "\n", StandardCharsets.UTF_8);
        System.out.println("[openapi] " + api.getPaths().size() + " paths written to " + out);
    }

    /** Every class of the rest package, nested ones too. */
    static List<Class<?>> restClasses(Path classes) throws Exception {
        Path dir = classes.resolve(REST_PACKAGE.replace('.', '/'));
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = f.getFileName().toString();
                types.add(Class.forName(REST_PACKAGE + "." + name.substring(0, name.length() - ".class".length()), false,
                        OpenApiGenerator.class.getClassLoader()));
            }
        }
        return types;
    }

    static OpenAPI generate(List<Class<?>> types, String version) {
        Set<Class<?>> resources = new LinkedHashSet<>();
        for (Class<?> t : types) {
            if (t.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                resources.add(t);
            }
        }
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Empathy Evidence REST API").version(version)
                        .description("User research evidence attached to Jira issues and personas. Every operation needs a signed-in "
                                + "user (x-access says which: LicensedOnly for any licensed user, AdminOnly for administrators); "
                                + "reads show only what the caller may browse in Jira and count the rest as hidden; writes take "
                                + "application/json only. Every error has the body ErrorJson."))
                .servers(List.of(new Server().url(BASE_PATH)))
                .components(new Components().addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Jira personal access token: Authorization: Bearer <token>. Create one under your profile, "
                                        + "Personal Access Tokens, or with POST /rest/pat/latest/tokens. The way to call REST on Jira 11, "
                                        + "which turns HTTP Basic off by default."))
                        .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP Basic with username and password, where the host allows it (off by default on Jira 11)."))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("JSESSIONID")));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).readAllResources(true));
        OpenAPI api = reader.read(resources);
        Map<String, Schema> schemas = new TreeMap<>(api.getComponents().getSchemas() == null ? Map.of() : api.getComponents().getSchemas());
        Schema<?> error = schema(ErrorJson.class, schemas);

        int operations = 0;
        for (Class<?> resource : resources) {
            String root = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                String httpMethod = httpMethod(m);
                if (httpMethod == null || !Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                String path = path(root, m.isAnnotationPresent(jakarta.ws.rs.Path.class) ? m.getAnnotation(jakarta.ws.rs.Path.class).value() : "");
                PathItem item = api.getPaths().get(path);
                if (item == null) {
                    throw new IllegalStateException("swagger-core did not read " + path + " of " + resource.getName() + "#" + m.getName());
                }
                Operation op = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(httpMethod));
                ApiDoc doc = m.getAnnotation(ApiDoc.class);
                if (doc == null) {
                    throw new IllegalStateException(resource.getSimpleName() + "#" + m.getName() + " has no @ApiDoc");
                }
                String access = access(m, resource);
                op.setOperationId(operationId(resource, m));
                op.addExtension("x-access", access);
                op.setSecurity(List.of(new SecurityRequirement().addList("bearerAuth"), new SecurityRequirement().addList("basicAuth"),
                        new SecurityRequirement().addList("session")));
                if (!doc.upload().isEmpty()) {
                    // a file upload (JsonWrites' one exception to JSON-only writes): the file is the body
                    op.setRequestBody(new io.swagger.v3.oas.models.parameters.RequestBody().description("The file itself, with the header "
                            + "X-Atlassian-Token: no-check (the host's XSRF check); any other content type answers 415, no XSRF header 403.")
                            .content(new Content().addMediaType(doc.upload(), new MediaType().schema(new io.swagger.v3.oas.models.media.BinarySchema()))));
                }
                if (op.getRequestBody() != null) {
                    op.getRequestBody().setRequired(true);
                }
                op.setResponses(responses(doc, access, m.isAnnotationPresent(Consumes.class), schemas, error));
                operations++;
            }
        }
        if (operations < 10) {
            throw new IllegalStateException("only " + operations + " operations found");
        }
        Map<String, Class<?>> bySimpleName = new LinkedHashMap<>();
        for (Class<?> t : types) {
            bySimpleName.putIfAbsent(t.getSimpleName(), t);
        }
        schemas.forEach((name, schema) -> nullable(schema, bySimpleName.get(name)));
        schemas.forEach((name, schema) -> fields(schema, bySimpleName.get(name)));
        schemas.forEach((name, schema) -> {
            if (schema.getExample() == null && schema.getProperties() != null) {
                schema.setExample(example(schema, schemas, 0));
            }
        });
        api.getComponents().setSchemas(new TreeMap<>(schemas));
        return api;
    }

    /**
     * What {@link ApiField} says of each field of a body: enums, required, formats, limits, read-only, deprecated and an
     * example, so that a client generator needs nothing else.
     */
    private static void fields(Schema<?> schema, Class<?> type) {
        if (type == null || schema.getProperties() == null) {
            return;
        }
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAnySetter.class) && m.getParameterCount() == 2) {
                // other keys are read too (a deprecated form of the body): say what their values are
                Schema<?> value = new io.swagger.v3.oas.models.media.IntegerSchema();
                value.setNullable(true);
                schema.setAdditionalProperties(value);
            }
        }
        for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
            Field field = field(type, p.getKey());
            ApiField doc = field == null ? null : field.getAnnotation(ApiField.class);
            if (doc == null) {
                continue;
            }
            Schema<Object> property = p.getValue();
            boolean list = property instanceof ArraySchema || "array".equals(property.getType());
            Schema<Object> value = list && property.getItems() != null ? (Schema<Object>) property.getItems() : property;
            List<String> allowed = new ArrayList<>(List.of(doc.allowed()));
            if (doc.enumOf() != ApiField.NoEnum.class) {
                for (Enum<?> constant : doc.enumOf().getEnumConstants()) {
                    allowed.add(constant.name());
                }
            }
            if (!allowed.isEmpty()) {
                List<Object> values = new ArrayList<>(allowed);
                if (Boolean.TRUE.equals(value.getNullable())) {
                    values.add(null); // OpenAPI 3.0: a nullable enum lists null among its values
                }
                value.setEnum(values);
            }
            if (!doc.format().isEmpty()) {
                value.setFormat(doc.format());
            }
            if (doc.maxLength() >= 0) {
                value.setMaxLength(doc.maxLength());
            }
            if (!doc.pattern().isEmpty()) {
                value.setPattern(doc.pattern());
            }
            if (doc.minimum() != Long.MIN_VALUE) {
                value.setMinimum(java.math.BigDecimal.valueOf(doc.minimum()));
            }
            if (doc.maximum() != Long.MAX_VALUE) {
                value.setMaximum(java.math.BigDecimal.valueOf(doc.maximum()));
            }
            if (doc.maxItems() >= 0 && list) {
                property.setMaxItems(doc.maxItems());
            }
            if (doc.readOnly()) {
                property.setReadOnly(true);
            }
            if (doc.deprecated()) {
                property.setDeprecated(true);
            }
            if (doc.required()) {
                schema.addRequiredItem(p.getKey());
            }
            if (!doc.example().isEmpty()) {
                Object example = exampleValue(doc.example(), value);
                property.setExample(list ? List.of(example) : example);
            }
        }
    }

    /** An example text as the value it stands for: JSON for numbers, booleans, objects and lists; a string otherwise. */
    private static Object exampleValue(String text, Schema<?> schema) {
        String type = schema.getType();
        boolean json = "integer".equals(type) || "number".equals(type) || "boolean".equals(type) || "object".equals(type)
                || text.startsWith("{") || text.startsWith("[");
        if (!json) {
            return text;
        }
        try {
            return Json.mapper().readValue(text, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the example " + text + " is not JSON", e);
        }
    }

    /** An example of a whole body, from its properties' examples (and, without one, a value that fits the schema). */
    private static Object example(Schema<?> schema, Map<String, Schema> schemas, int depth) {
        if (schema.get$ref() != null) {
            Schema<?> target = schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            return target == null || depth > 3 ? Map.of() : target.getExample() != null ? target.getExample() : example(target, schemas, depth + 1);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(schema.getAllOf().get(0), schemas, depth);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String type = schema.getType() == null ? (schema.getProperties() != null ? "object" : "string") : schema.getType();
        switch (type) {
            case "object" -> {
                Map<String, Object> example = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, property) -> {
                        if (!Boolean.TRUE.equals(property.getDeprecated())) {
                            example.put(name, example(property, schemas, depth + 1));
                        }
                    });
                }
                return example;
            }
            case "array" -> {
                return schema.getItems() == null ? List.of() : List.of(example(schema.getItems(), schemas, depth + 1));
            }
            case "integer" -> {
                return schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
            }
            case "number" -> {
                return 1;
            }
            case "boolean" -> {
                return false;
            }
            default -> {
                return "date".equals(schema.getFormat()) ? "2026-11-02" : "date-time".equals(schema.getFormat()) ? "2026-11-02T09:30:00Z" : "text";
            }
        }
    }

    private static ApiResponses responses(ApiDoc doc, String access, boolean takesJson, Map<String, Schema> schemas, Schema<?> error) {
        ApiResponses responses = new ApiResponses();
        ApiResponse success = new ApiResponse().description(doc.status() == 201 ? "Created" : doc.status() == 204 ? "Done; no body" : "OK");
        if (doc.body() != Void.class) {
            Schema<?> body = doc.body() == Object.class ? new ObjectSchema() : schema(doc.body(), schemas);
            if (doc.list()) {
                body = new ArraySchema().items(body);
            }
            success.content(new Content().addMediaType("application/json", new MediaType().schema(body)));
        }
        if (!doc.file().isEmpty()) {
            success.description("OK: a file download (Content-Disposition: attachment, with a dated file name), streamed")
                    .content(new Content().addMediaType(doc.file(), new MediaType().schema(new io.swagger.v3.oas.models.media.BinarySchema())));
        }
        if (doc.stream() != Void.class) {
            // newline-delimited JSON: each line is one object of this schema, written and flushed as the work proceeds
            Content content = success.getContent() == null ? new Content() : success.getContent();
            success.content(content.addMediaType("application/x-ndjson", new MediaType().schema(schema(doc.stream(), schemas))));
            success.description("OK. Asked for application/x-ndjson (Accept header, or progress=stream): one JSON object per line, "
                    + "each flushed as the work proceeds: progress lines, then one last line with phase done and result, or phase "
                    + "failed and error. Errors found while streaming are in that last line; the status stays 200.");
        }
        responses.addApiResponse(String.valueOf(doc.status()), success);
        Set<Integer> errors = new TreeSet<>();
        errors.add(401);
        if ("AdminOnly".equals(access) || "SystemAdminOnly".equals(access)) {
            errors.add(403);
        }
        if (takesJson) {
            errors.add(400);
            errors.add(415);
        }
        for (int e : doc.errors()) {
            errors.add(e);
        }
        for (int status : errors) {
            responses.addApiResponse(String.valueOf(status), new ApiResponse().description(errorDescription(status))
                    .content(new Content().addMediaType("application/json", new MediaType().schema(error))));
        }
        return responses;
    }

    private static String errorDescription(int status) {
        return switch (status) {
            case 400 -> "Invalid input: fieldErrors name each field (for a CSV import: row, line and column) and what is allowed";
            case 401 -> "Not signed in";
            case 403 -> "Signed in, but not allowed to do this";
            case 404 -> "Not found, or not visible to the caller (the two are not told apart)";
            case 409 -> "Conflict: a duplicate, or a change since the version the caller read";
            case 415 -> "The body is not application/json (for a file upload: not of the type it takes)";
            default -> "Error";
        };
    }

    /** A $ref to the schema of a class, adding it and every schema it uses to {@code schemas}. */
    private static Schema<?> schema(Class<?> type, Map<String, Schema> schemas) {
        ResolvedSchema resolved = ModelConverters.getInstance().readAllAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach(schemas::putIfAbsent);
        }
        return resolved.schema;
    }

    /** A Java reference-type field may be null on the wire: say so (OpenAPI 3.0), so a validator accepts a real null. */
    private static void nullable(Schema<?> schema, Class<?> type) {
        if (type == null || schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
            Field field = field(type, p.getKey());
            if (field != null && !field.getType().isPrimitive()) {
                Schema<?> property = p.getValue();
                if (property.get$ref() != null) {
                    // siblings of $ref are ignored in OpenAPI 3.0: wrap it
                    Schema<?> wrapper = new Schema<>().allOf(List.of(new Schema<>().$ref(property.get$ref())));
                    wrapper.setNullable(true);
                    p.setValue(wrapper);
                } else {
                    property.setNullable(true);
                }
            }
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    static String access(Method m, Class<?> resource) {
        for (Annotation[] annotations : List.of(m.getAnnotations(), resource.getAnnotations())) {
            for (Annotation a : annotations) {
                if (a.annotationType().getPackageName().equals(ACCESS_PACKAGE)) {
                    return a.annotationType().getSimpleName();
                }
            }
        }
        throw new IllegalStateException(resource.getSimpleName() + "#" + m.getName() + " declares no access level");
    }

    static String path(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** e.g. EvidenceResource#create: evidenceCreate; ImportResource#importCsv: importCsv; ExportResource#export: export. */
    static String operationId(Class<?> resource, Method m) {
        String noun = resource.getSimpleName().replace("Resource", "");
        noun = noun.substring(0, 1).toLowerCase(Locale.ROOT) + noun.substring(1);
        String verb = m.getName();
        if (verb.toLowerCase(Locale.ROOT).startsWith(noun.toLowerCase(Locale.ROOT))) {
            return verb;
        }
        String capitalised = verb.substring(0, 1).toUpperCase(Locale.ROOT) + verb.substring(1);
        return noun.endsWith(capitalised) ? noun : noun + capitalised;
    }
}
