package com.empathyevidence.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The built plugin jar (system property {@code plugin.jar}), read as the host would read it. */
final class PluginJar {

    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String I18N = "i18n/empathy-evidence.properties";

    private static PluginJar instance;

    final File file;
    final TreeSet<String> entries = new TreeSet<>();
    private final byte[] descriptorBytes;
    final Manifest manifest;

    private PluginJar(File file) throws IOException {
        this.file = file;
        try (JarFile jar = new JarFile(file)) {
            Collections.list(jar.entries()).forEach(e -> entries.add(e.getName()));
            this.manifest = jar.getManifest();
            if (jar.getEntry(DESCRIPTOR) == null) {
                throw new AssertionError(DESCRIPTOR + " missing from " + file);
            }
            try (InputStream in = jar.getInputStream(jar.getEntry(DESCRIPTOR))) {
                this.descriptorBytes = in.readAllBytes();
            }
        }
        if (manifest == null) {
            throw new AssertionError("no manifest in " + file);
        }
    }

    static synchronized PluginJar get() {
        if (instance == null) {
            String path = System.getProperty("plugin.jar");
            if (path == null || !new File(path).isFile()) {
                throw new AssertionError("System property plugin.jar must name the built plugin jar (run mvn verify); was " + path);
            }
            try {
                // A private snapshot: another build may rewrite target/ while the tests run.
                File copy = File.createTempFile("plugin-under-test-", ".jar");
                copy.deleteOnExit();
                java.nio.file.Files.copy(new File(path).toPath(), copy.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                instance = new PluginJar(copy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The plugin module's directory, for checks on sources. */
    static File basedir() {
        return new File(System.getProperty("plugin.basedir", "."));
    }

    boolean has(String entry) {
        return entries.contains(entry);
    }

    boolean hasClass(String fqcn) {
        return has(fqcn.replace('.', '/') + ".class");
    }

    /** Folder entry names end in "/"; true when at least one file lies beneath. */
    boolean hasFilesUnder(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return entries.stream().anyMatch(e -> e.startsWith(prefix) && !e.endsWith("/"));
    }

    /** Fully qualified names of the classes in the jar (multi-release variants excluded). */
    List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (String e : entries) {
            if (e.endsWith(".class") && !e.startsWith("META-INF/") && !e.endsWith("module-info.class")) {
                names.add(e.substring(0, e.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    byte[] read(String entry) {
        try (JarFile jar = new JarFile(file)) {
            if (jar.getEntry(entry) == null) {
                throw new AssertionError(entry + " missing from the jar");
            }
            try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .class entry with its bytes, in one pass over the jar. */
    void forEachClassFile(java.util.function.BiConsumer<String, byte[]> action) {
        try (JarFile jar = new JarFile(file)) {
            for (java.util.jar.JarEntry e : Collections.list(jar.entries())) {
                if (e.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(e)) {
                        action.accept(e.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String entry) {
        return new String(read(entry), StandardCharsets.UTF_8);
    }

    /** Lines of a text entry without blanks and comments; empty when the entry is absent. */
    List<String> lines(String entry) {
        List<String> out = new ArrayList<>();
        if (!has(entry)) {
            return out;
        }
        for (String line : text(entry).split("\\R")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    String descriptorText() {
        return new String(descriptorBytes, StandardCharsets.UTF_8);
    }

    Element descriptor() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(descriptorBytes));
            return doc.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(DESCRIPTOR + " in the jar is not well-formed XML: " + e, e);
        }
    }

    Properties i18n() {
        Properties p = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(read(I18N))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * A class loader that takes every class the jar contains from the jar (never from target/classes) and
     * everything else (host API stubs, JDK) from the test class path.
     */
    ClassLoader classLoader() {
        try {
            return new JarFirstLoader(new URL[] {file.toURI().toURL()}, PluginJar.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The host generation this jar is built for (system property {@code plugin.platform}): 8 (jakarta) or 7 (javax). */
    static int platform() {
        return Integer.parseInt(System.getProperty("plugin.platform", "8"));
    }

    /** An API name as this jar's generation spells it: {@code jakarta.ws.rs.Path} on Platform 8, {@code javax.ws.rs.Path} on 7. */
    static String api(String jakartaName) {
        if (!jakartaName.startsWith("jakarta.")) {
            throw new IllegalArgumentException(jakartaName);
        }
        return platform() == 8 ? jakartaName : "javax." + jakartaName.substring("jakarta.".length());
    }

    /** The namespace this jar's generation must never mention: javax.* EE APIs on Platform 8, jakarta.* on 7. */
    static String foreignApiPrefix() {
        return platform() == 8 ? "javax." : "jakarta.";
    }

    /** An annotation type of this jar's generation (see {@link #api}), from the test class path. */
    @SuppressWarnings("unchecked")
    static Class<? extends java.lang.annotation.Annotation> annotation(String jakartaName) {
        try {
            return (Class<? extends java.lang.annotation.Annotation>) Class.forName(api(jakartaName), false, PluginJar.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the test class path lacks " + api(jakartaName), e);
        }
    }

    /** An annotation element's value (e.g. {@code value()} of {@code @Consumes}), read reflectively. */
    static Object element(java.lang.annotation.Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    Class<?> load(ClassLoader loader, String fqcn) {
        try {
            return Class.forName(fqcn, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + fqcn + " from the jar and the host APIs: " + e, e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element && (name == null || n.getNodeName().equals(name))) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static List<Element> descendants(Element root, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Applications a module is restricted to; empty when it is not restricted. */
    static List<String> restrictedTo(Element module) {
        List<String> apps = new ArrayList<>();
        for (Element r : children(module, "restrict")) {
            apps.add(r.getAttribute("application"));
        }
        return apps;
    }

    private static final class JarFirstLoader extends URLClassLoader {
        JarFirstLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && findResource(name.replace('.', '/') + ".class") != null) {
                    c = findClass(name);
                }
                if (c == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
