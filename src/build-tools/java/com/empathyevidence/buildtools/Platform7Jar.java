package com.empathyevidence.buildtools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Makes the Platform 7 jar (Jira 10.3, Confluence 9.2: javax) from the Platform 8 jar (Jira 11.3, Confluence 10.2:
 * jakarta) that the build compiles, so both come from one source tree and one compile.
 *
 * <p>A single-file program run after packaging: {@code java Platform7Jar.java <platform 8 jar> <platform 7 jar>}.
 * It renames the four Jakarta EE namespaces the plugin can touch back to their javax names, and nothing else:
 * <ul>
 *   <li>class files: every name in the constant pool ({@code jakarta/ws/rs/...} and {@code jakarta.ws.rs...}
 *       forms); the rest of each class file is copied byte for byte (constant pool indexes do not change);</li>
 *   <li>{@code Import-Package} in the manifest: the package renamed, its version range replaced by the one Platform 7
 *       hosts export (see {@link #RENAMES});</li>
 *   <li>text entries the hosts read (descriptor, Spring XML, component index, service files) and service file names.</li>
 * </ul>
 * The same job as the Eclipse Transformer run in the other direction; done here in ~200 lines so that the rules are
 * exactly these four and the built-jar tests (run on both jars) check the result.
 */
public final class Platform7Jar {

    /** Jakarta package -> javax package and the Import-Package version range to use on Platform 7 ("" = none). */
    static final Map<String, String[]> RENAMES = new LinkedHashMap<>();

    static {
        // JAX-RS 2.1 (javax.ws.rs 2.1.x) on Platform 7 hosts; JAX-RS 3.1 (jakarta.ws.rs 3.1.x) on Platform 8.
        RENAMES.put("jakarta.ws.rs", new String[] {"javax.ws.rs", "[2,3)"});
        // javax.inject 1 (exported without a usable version on Platform 7 hosts: import it without a range).
        RENAMES.put("jakarta.inject", new String[] {"javax.inject", ""});
        RENAMES.put("jakarta.servlet", new String[] {"javax.servlet", "[3,5)"});
        RENAMES.put("jakarta.annotation", new String[] {"javax.annotation", ""});
    }

    private Platform7Jar() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: java Platform7Jar.java <platform 8 jar> <platform 7 jar>");
            System.exit(2);
        }
        transform(Path.of(args[0]), Path.of(args[1]));
    }

    static void transform(Path in, Path out) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (JarFile jar = new JarFile(in.toFile());
             OutputStream file = Files.newOutputStream(tmp);
             JarOutputStream target = new JarOutputStream(file, platform7(jar.getManifest()))) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                byte[] bytes;
                try (InputStream stream = jar.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    bytes = classFile(bytes);
                } else if (isHostReadText(name)) {
                    bytes = rename(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                if (name.startsWith("META-INF/services/")) {
                    name = "META-INF/services/" + rename(name.substring("META-INF/services/".length()));
                }
                JarEntry copy = new JarEntry(name);
                copy.setTime(entry.getTime());
                target.putNextEntry(copy);
                target.write(bytes);
                target.closeEntry();
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean isHostReadText(String name) {
        return name.endsWith(".xml") || name.endsWith(".vm") || name.startsWith("META-INF/plugin-components/")
                || name.startsWith("META-INF/services/");
    }

    /** Not inside a longer name, except right after a descriptor's "L" ("Ljakarta/inject/Inject;"). */
    private static final String BEFORE = "(?:(?<![\\w$./])|(?<=(?<![\\w$./])L))";
    private static final String AFTER = "(?=[./;$)<>\\s\"]|$)";

    /** Dotted and slashed forms of each Jakarta package, renamed at a package boundary only. */
    static String rename(String text) {
        if (!text.contains("jakarta")) {
            return text;
        }
        String result = text;
        for (Map.Entry<java.util.regex.Pattern, String> e : PATTERNS.entrySet()) {
            result = e.getKey().matcher(result).replaceAll(java.util.regex.Matcher.quoteReplacement(e.getValue()));
        }
        return result;
    }

    private static final Map<java.util.regex.Pattern, String> PATTERNS = new LinkedHashMap<>();

    static {
        for (Map.Entry<String, String[]> e : RENAMES.entrySet()) {
            for (String separator : new String[] {".", "/"}) {
                PATTERNS.put(java.util.regex.Pattern.compile(BEFORE + java.util.regex.Pattern.quote(e.getKey().replace(".", separator)) + AFTER),
                        e.getValue()[0].replace(".", separator));
            }
        }
    }

    private static Manifest platform7(Manifest manifest) {
        Manifest result = new Manifest(manifest);
        Attributes main = result.getMainAttributes();
        String imports = main.getValue("Import-Package");
        if (imports != null) {
            List<String> clauses = new ArrayList<>();
            for (String clause : splitClauses(imports)) {
                String pkg = clause.split(";", 2)[0].trim();
                String renamed = null;
                String range = null;
                for (Map.Entry<String, String[]> e : RENAMES.entrySet()) {
                    if (pkg.equals(e.getKey()) || pkg.startsWith(e.getKey() + ".")) {
                        renamed = e.getValue()[0] + pkg.substring(e.getKey().length());
                        range = e.getValue()[1];
                    }
                }
                if (renamed == null) {
                    clauses.add(clause);
                    continue;
                }
                StringBuilder rewritten = new StringBuilder(renamed);
                if (!range.isEmpty()) {
                    rewritten.append(";version=\"").append(range).append('"');
                }
                for (String directive : splitDirectives(clause)) {
                    if (!directive.startsWith("version=")) {
                        rewritten.append(';').append(directive);
                    }
                }
                clauses.add(rewritten.toString());
            }
            main.putValue("Import-Package", String.join(",", clauses));
        }
        return result;
    }

    /** Splits at commas outside double quotes (version ranges contain commas). */
    private static List<String> splitClauses(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString().trim());
        }
        return parts;
    }

    /** The attributes and directives of one clause, after its package name. */
    private static List<String> splitDirectives(String clause) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        for (char c : (clause + ";").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                if (!first) {
                    parts.add(current.toString().trim());
                }
                first = false;
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return parts;
    }

    /** Rewrites the constant pool's UTF-8 entries; everything after the pool is copied as it is. */
    static byte[] classFile(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length + 64);
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(in.readInt());
        out.writeShort(in.readUnsignedShort());
        out.writeShort(in.readUnsignedShort());
        int count = in.readUnsignedShort();
        out.writeShort(count);
        boolean changed = false;
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            out.writeByte(tag);
            switch (tag) {
                case 1 -> {
                    String value = in.readUTF();
                    String renamed = rename(value);
                    changed |= !renamed.equals(value);
                    out.writeUTF(renamed);
                }
                case 3, 4 -> out.writeInt(in.readInt());
                case 5, 6 -> {
                    out.writeLong(in.readLong());
                    i++;
                }
                case 7, 8, 16, 19, 20 -> out.writeShort(in.readUnsignedShort());
                case 9, 10, 11, 12, 17, 18 -> out.writeInt(in.readInt());
                case 15 -> {
                    out.writeByte(in.readUnsignedByte());
                    out.writeShort(in.readUnsignedShort());
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        if (!changed) {
            return bytes;
        }
        in.transferTo(out);
        out.flush();
        return buffer.toByteArray();
    }
}
