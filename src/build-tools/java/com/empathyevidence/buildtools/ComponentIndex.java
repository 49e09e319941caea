package com.empathyevidence.buildtools;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the Spring Scanner index files ({@code META-INF/plugin-components/component}, {@code imports}, and their
 * per-product variants such as {@code component-jira}) that the hosts' scanner runtime reads when
 * {@code META-INF/spring/plugin-context.xml} contains {@code <atlassian-scanner:scan-indexes/>}. It stands in for
 * Atlassian's scanner build plugin, which is not on Maven Central.
 *
 * <p>A single-file program run after compiling ({@code process-classes}):
 * {@code java ComponentIndex.java <classes dir> <package prefix>}. It reads <em>every</em> compiled class under the
 * package prefix, not only those javac just compiled, so the index is whole after any build, incremental or clean,
 * and it deletes index files that no longer have lines.
 *
 * <p>Line format (as read by the scanner runtime): {@code fully.qualified.Name} or {@code fully.qualified.Name#beanName}.
 * Components are classes annotated {@code @jakarta.inject.Named} or {@code @javax.inject.Named} (all products),
 * {@code @JiraComponent} or {@code @ConfluenceComponent}; imports are constructor parameters annotated
 * {@code @ComponentImport}, {@code @JiraImport} or {@code @ConfluenceImport}; exports are classes annotated
 * {@code @ExportAsService}. Annotations are read from the class files (visible and invisible ones) by name, so this
 * program needs no stubs and no library.
 */
public final class ComponentIndex {

    private static final String SCANNER = "com/atlassian/plugin/spring/scanner/annotation/";
    private static final Map<String, String> COMPONENT_FILES = Map.of(
            "Ljakarta/inject/Named;", "component",
            "Ljavax/inject/Named;", "component",
            "L" + SCANNER + "component/JiraComponent;", "component-jira",
            "L" + SCANNER + "component/ConfluenceComponent;", "component-confluence");
    private static final Map<String, String> IMPORT_FILES = Map.of(
            "L" + SCANNER + "imports/ComponentImport;", "imports",
            "L" + SCANNER + "imports/JiraImport;", "imports-jira",
            "L" + SCANNER + "imports/ConfluenceImport;", "imports-confluence");
    private static final String EXPORT = "L" + SCANNER + "export/ExportAsService;";
    /** Every file this program may write; one without lines is removed, so a stale file never survives. */
    private static final Set<String> ALL_FILES = Set.of("component", "component-jira", "component-confluence",
            "imports", "imports-jira", "imports-confluence", "exports");

    private final Map<String, Set<String>> index = new TreeMap<>();

    private ComponentIndex() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: java ComponentIndex.java <classes directory> <package prefix, e.g. com.empathyevidence>");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path root = classes.resolve(args[1].replace('.', '/'));
        ComponentIndex generator = new ComponentIndex();
        List<Path> files;
        try (Stream<Path> walk = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                generator.read(new ClassFile(new DataInputStream(in)));
            }
        }
        generator.write(classes.resolve("META-INF/plugin-components"));
    }

    private void read(ClassFile type) {
        String component = null;
        String beanName = "";
        boolean export = false;
        List<String> exportedInterfaces = new ArrayList<>();
        for (Annotation annotation : type.annotations) {
            String file = COMPONENT_FILES.get(annotation.descriptor);
            if (file != null) {
                component = file;
                beanName = annotation.string("value");
            }
            if (annotation.descriptor.equals(EXPORT)) {
                export = true;
                exportedInterfaces.addAll(annotation.classes("value"));
            }
        }
        if (component == null) {
            return;
        }
        String name = type.name.replace('/', '.');
        add(component, name + (beanName.isEmpty() ? "" : "#" + beanName));
        for (Parameter parameter : type.constructorParameterAnnotations) {
            for (Annotation annotation : parameter.annotations()) {
                String file = IMPORT_FILES.get(annotation.descriptor);
                if (file != null) {
                    String bean = annotation.string("value");
                    add(file, parameter.type() + (bean.isEmpty() ? "" : "#" + bean));
                }
            }
        }
        if (export) {
            List<String> interfaces = exportedInterfaces.isEmpty()
                    ? type.interfaces.stream().map(i -> i.replace('/', '.')).toList() : exportedInterfaces;
            add("exports", name + "#" + String.join(",", interfaces));
        }
    }

    private void add(String file, String line) {
        index.computeIfAbsent(file, f -> new TreeSet<>()).add(line);
    }

    private void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String file : ALL_FILES) {
            Path target = dir.resolve(file);
            Set<String> lines = index.get(file);
            if (lines == null) {
                Files.deleteIfExists(target);
                continue;
            }
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line).append('\n'));
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            // Unchanged content keeps its timestamp, so an up-to-date build stays up to date.
            if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.write(target, bytes);
            }
        }
    }

    /** One annotation: its type descriptor and its element values (strings, or lists of class names). */
    private record Annotation(String descriptor, Map<String, Object> values) {
        String string(String element) {
            Object v = values.get(element);
            return v instanceof String s ? s : "";
        }

        @SuppressWarnings("unchecked")
        List<String> classes(String element) {
            Object v = values.get(element);
            return v instanceof List<?> list ? (List<String>) list : List.of();
        }
    }

    /** The parts of a class file (JVMS chapter 4) the index needs: name, interfaces, annotations. */
    private static final class ClassFile {
        final String name;
        final List<String> interfaces = new ArrayList<>();
        final List<Annotation> annotations = new ArrayList<>();
        /** Per constructor parameter of every constructor: type and annotations (only parameters with any). */
        final List<Parameter> constructorParameterAnnotations = new ArrayList<>();
        private final Object[] pool;

        ClassFile(DataInputStream in) throws IOException {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            pool = new Object[count];
            int[] classIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> pool[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7 -> classIndex[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            for (int i = 1; i < count; i++) {
                if (classIndex[i] != 0) {
                    pool[i] = new ClassRef((String) pool[classIndex[i]]);
                }
            }
            in.readUnsignedShort();
            name = ((ClassRef) pool[in.readUnsignedShort()]).name;
            in.readUnsignedShort();
            int interfaceCount = in.readUnsignedShort();
            for (int i = 0; i < interfaceCount; i++) {
                interfaces.add(((ClassRef) pool[in.readUnsignedShort()]).name);
            }
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.readUnsignedShort();
                in.readUnsignedShort();
                in.readUnsignedShort();
                skipAttributes(in);
            }
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort();
                String methodName = utf(in.readUnsignedShort());
                String descriptor = utf(in.readUnsignedShort());
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf(in.readUnsignedShort());
                    int length = in.readInt();
                    if (methodName.equals("<init>") && (attribute.equals("RuntimeVisibleParameterAnnotations")
                            || attribute.equals("RuntimeInvisibleParameterAnnotations"))) {
                        List<String> types = parameterTypes(descriptor);
                        int parameters = in.readUnsignedByte();
                        // javac may leave out synthetic leading parameters (enclosing instance): align from the end.
                        int offset = types.size() - parameters;
                        for (int p = 0; p < parameters; p++) {
                            List<Annotation> list = readAnnotations(in);
                            if (!list.isEmpty()) {
                                constructorParameterAnnotations.add(new Parameter(types.get(offset + p), list));
                            }
                        }
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf(in.readUnsignedShort());
                int length = in.readInt();
                if (attribute.equals("RuntimeVisibleAnnotations") || attribute.equals("RuntimeInvisibleAnnotations")) {
                    annotations.addAll(readAnnotations(in));
                } else {
                    in.skipNBytes(length);
                }
            }
        }

        private String utf(int index) {
            return (String) pool[index];
        }

        private static void skipAttributes(DataInputStream in) throws IOException {
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.readUnsignedShort();
                in.skipNBytes(in.readInt());
            }
        }

        private List<Annotation> readAnnotations(DataInputStream in) throws IOException {
            int count = in.readUnsignedShort();
            List<Annotation> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                list.add(readAnnotation(in));
            }
            return list;
        }

        private Annotation readAnnotation(DataInputStream in) throws IOException {
            String descriptor = utf(in.readUnsignedShort());
            int pairs = in.readUnsignedShort();
            Map<String, Object> values = new TreeMap<>();
            for (int i = 0; i < pairs; i++) {
                String element = utf(in.readUnsignedShort());
                values.put(element, readValue(in));
            }
            return new Annotation(descriptor, values);
        }

        /** Strings as String, class literals as dotted names, arrays as lists; anything else as null. */
        private Object readValue(DataInputStream in) throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 's' -> {
                    return utf(in.readUnsignedShort());
                }
                case 'c' -> {
                    String descriptor = utf(in.readUnsignedShort());
                    return descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
                }
                case 'e' -> {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                    return null;
                }
                case '@' -> {
                    readAnnotation(in);
                    return null;
                }
                case '[' -> {
                    int n = in.readUnsignedShort();
                    List<Object> items = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        items.add(readValue(in));
                    }
                    return items;
                }
                default -> {
                    in.readUnsignedShort();
                    return null;
                }
            }
        }

        /** Dotted type names of a method descriptor's parameters; imports must be declared (class) types. */
        private List<String> parameterTypes(String descriptor) throws IOException {
            List<String> types = new ArrayList<>();
            int i = 1;
            while (descriptor.charAt(i) != ')') {
                int start = i;
                while (descriptor.charAt(i) == '[') {
                    i++;
                }
                if (descriptor.charAt(i) == 'L') {
                    int end = descriptor.indexOf(';', i);
                    types.add(start == i ? descriptor.substring(i + 1, end).replace('/', '.') : descriptor.substring(start, end + 1));
                    i = end + 1;
                } else {
                    types.add(descriptor.substring(start, i + 1));
                    i++;
                }
            }
            return types;
        }
    }

    private record ClassRef(String name) {
    }

    /** A constructor parameter: its declared type (dotted name) and its annotations. */
    private record Parameter(String type, List<Annotation> annotations) {
    }
}
