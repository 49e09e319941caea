package com.empathyevidence.app;

import com.empathyevidence.domain.Problem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The archive's file format (docs/archive.md): a zip with one JSON file per table ({@code personas.json}, ... each a
 * JSON array with one object per line) and, last, {@code manifest.json} with the format name, schema version, app
 * version, the time of export and the number of rows of each table. Both directions stream: a row is written as soon
 * as the store hands it over, and read when the store asks for it.
 */
public final class ArchiveZip {

    public static final String FORMAT = "empathy-evidence-archive";
    public static final int SCHEMA_VERSION = 1;
    public static final String MANIFEST = "manifest.json";

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArchiveZip() {
    }

    /** Writes the whole store to {@code out} as an archive; {@code out} is finished but not closed. */
    public static Map<String, Integer> write(ArchiveStore store, OutputStream out, String appVersion, Instant exportedAt) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            Map<String, Integer> counts = new LinkedHashMap<>();
            store.export(new ArchiveStore.Sink() {
                private JsonGenerator json;
                private int rows;

                @Override
                public void begin(String table) {
                    try {
                        ZipEntry entry = new ZipEntry(table + ".json");
                        entry.setTime(exportedAt.toEpochMilli());
                        zip.putNextEntry(entry);
                        json = generator(zip);
                        json.writeStartArray();
                        rows = 0;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void row(Map<String, Object> row) {
                    try {
                        writeValue(json, row);
                        rows++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void end(String table) {
                    try {
                        json.writeEndArray();
                        json.close();
                        zip.closeEntry();
                        counts.put(table, rows);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            ZipEntry entry = new ZipEntry(MANIFEST);
            entry.setTime(exportedAt.toEpochMilli());
            zip.putNextEntry(entry);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("schemaVersion", SCHEMA_VERSION);
            manifest.put("appVersion", appVersion);
            manifest.put("exportedAt", exportedAt.toString());
            manifest.put("counts", counts);
            JsonGenerator json = generator(zip).useDefaultPrettyPrinter();
            writeValue(json, manifest);
            json.close();
            zip.closeEntry();
            zip.finish();
            zip.flush();
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator generator(OutputStream zip) throws IOException {
        JsonGenerator json = JSON.createGenerator(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the entry ends, the zip goes on
            }
        });
        json.setPrettyPrinter(new OneRowALine());
        return json;
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object o : list) {
                writeValue(json, o);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                json.writeFieldName(e.getKey());
                writeValue(json, e.getValue());
            }
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("not an archive value: " + value.getClass());
        }
    }

    /** Each row of a table on its own line: diffable, and still one JSON array. */
    private static final class OneRowALine extends MinimalPrettyPrinter {
        private int depth;

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            depth++;
            super.writeStartArray(g);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (depth == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            if (depth == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (depth == 1 && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            depth--;
            super.writeEndArray(g, nrOfValues);
        }
    }

    /**
     * Reads an archive as the store asks for it: the tables in the order they come, each row when asked. The manifest
     * (first or last) is checked when the zip ends: its format and schema version, and that every table has as many
     * rows as it says. Anything wrong is a {@link Problem} that names the file, so the store's transaction writes nothing.
     */
    public static ArchiveStore.Source reader(InputStream in) {
        return new Reader(in);
    }

    private static final class Reader implements ArchiveStore.Source {
        private final ZipInputStream zip;
        private final Map<String, Integer> read = new LinkedHashMap<>();
        private JsonNode manifest;
        private JsonParser parser;
        private String table;
        private int rows;
        private boolean any;

        Reader(InputStream in) {
            this.zip = new ZipInputStream(in, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String nextTable() {
            try {
                while (true) {
                    if (table != null) {
                        while (nextRow() != null) {
                            // a table the store stopped reading: count its rows all the same
                        }
                    }
                    ZipEntry entry = zip.getNextEntry();
                    if (entry == null) {
                        finish();
                        return null;
                    }
                    any = true;
                    String name = entry.getName();
                    if (name.equals(MANIFEST)) {
                        manifest = parse(name);
                        continue;
                    }
                    String t = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : null;
                    if (t == null || !ArchiveStore.TABLES.contains(t) || read.containsKey(t)) {
                        throw new Problem(Problem.Kind.INVALID, "empathy.archive.unknownEntry", name);
                    }
                    parser = JSON.createParser(new FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // the entry ends, the zip goes on
                        }
                    });
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw new Problem(Problem.Kind.INVALID, "empathy.archive.badFile", name);
                    }
                    table = t;
                    rows = 0;
                    return t;
                }
            } catch (ZipException e) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.notAnArchive");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, Object> nextRow() {
            if (table == null) {
                return null;
            }
            try {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    if (parser.nextToken() != null) {
                        throw new Problem(Problem.Kind.INVALID, "empathy.archive.badFile", table + ".json");
                    }
                    parser.close();
                    read.put(table, rows);
                    table = null;
                    return null;
                }
                if (token != JsonToken.START_OBJECT) {
                    throw new Problem(Problem.Kind.INVALID, "empathy.archive.badFile", table + ".json");
                }
                Map<String, Object> row = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    row.put(field, value(parser.nextToken()));
                }
                rows++;
                return row;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.badFile", table + ".json");
            } catch (ZipException e) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.notAnArchive");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Object value(JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_NULL -> null;
                case VALUE_STRING -> parser.getText();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT ? (Object) parser.getIntValue() : parser.getText();
                case START_ARRAY -> {
                    List<Object> list = new ArrayList<>();
                    for (JsonToken t; (t = parser.nextToken()) != JsonToken.END_ARRAY; ) {
                        list.add(value(t));
                    }
                    yield list;
                }
                default -> {
                    parser.skipChildren();
                    yield new Object(); // no archive field holds an object or a fraction: refused by the row's checks
                }
            };
        }

        private JsonNode parse(String name) throws IOException {
            try {
                byte[] bytes = zip.readNBytes(1 << 20);
                return MAPPER.readTree(bytes);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.badFile", name);
            }
        }

        private void finish() {
            if (!any) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.notAnArchive");
            }
            if (manifest == null) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.noManifest");
            }
            if (!FORMAT.equals(manifest.path("format").asText())) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.notAnArchive");
            }
            int version = manifest.path("schemaVersion").asInt(-1);
            if (version != SCHEMA_VERSION) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.schemaVersion", String.valueOf(manifest.path("schemaVersion")),
                        SCHEMA_VERSION);
            }
            for (String t : ArchiveStore.TABLES) {
                JsonNode said = manifest.path("counts").path(t);
                Integer got = read.get(t);
                if (got != null && (!said.isInt() || said.asInt() != got)) {
                    throw new Problem(Problem.Kind.INVALID, "empathy.archive.counts", t + ".json", got, said.asText("-"));
                }
            }
        }
    }
}
