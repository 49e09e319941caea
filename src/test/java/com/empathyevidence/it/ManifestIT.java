package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import aQute.bnd.header.OSGiHeader;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Clazz;
import aQute.bnd.osgi.Descriptors.PackageRef;
import aQute.bnd.osgi.Descriptors.TypeRef;
import aQute.bnd.osgi.Jar;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import org.junit.Test;

/** The OSGi manifest: identity, Spring, and an Import-Package that covers every package the classes use. */
public class ManifestIT {

    private final PluginJar jar = PluginJar.get();
    private final Attributes main = jar.manifest.getMainAttributes();

    static Set<String> importedPackages(String header) {
        Parameters p = OSGiHeader.parseHeader(header);
        Set<String> names = new TreeSet<>();
        for (String key : p.keySet()) {
            names.add(aQute.bnd.osgi.Processor.removeDuplicateMarker(key));
        }
        return names;
    }

    @Test
    public void identity() {
        assertNotNull("Bundle-SymbolicName", main.getValue("Bundle-SymbolicName"));
        assertNotNull("Bundle-Version", main.getValue("Bundle-Version"));
        assertEquals("2", main.getValue("Bundle-ManifestVersion"));
        String key = jar.descriptor().getAttribute("key");
        assertFalse("descriptor key must be filtered", key.isEmpty() || key.contains("${"));
        assertEquals("Atlassian-Plugin-Key must equal the descriptor's key", key, main.getValue("Atlassian-Plugin-Key"));
    }

    @Test
    public void springContextIsScanned() {
        assertEquals("*", main.getValue("Spring-Context"));
    }

    @Test
    public void importPackageNamesEveryPackage() {
        String header = main.getValue("Import-Package");
        assertNotNull("Import-Package", header);
        Set<String> imports = importedPackages(header);
        assertFalse("a bare * would import whatever the build saw: " + imports, imports.contains("*"));
        for (String pkg : imports) {
            assertFalse("no wildcard clauses in the final manifest: " + pkg, pkg.contains("*"));
        }
    }

    /**
     * Every package referenced by a class in the jar, not contained in the jar and not java.*, is imported:
     * otherwise the class fails with NoClassDefFoundError only when the host first runs it.
     */
    @Test
    public void everyReferencedPackageIsImported() throws Exception {
        Set<String> imports = importedPackages(main.getValue("Import-Package"));
        Map<String, Set<String>> missingOwn = new TreeMap<>();
        Map<String, Set<String>> missingEmbedded = new TreeMap<>();
        try (Jar bndJar = new Jar(jar.file); Analyzer analyzer = new Analyzer()) {
            analyzer.setJar(bndJar);
            analyzer.analyze();
            Set<String> contained = new TreeSet<>();
            analyzer.getContained().keySet().forEach(p -> contained.add(p.getFQN()));
            assertTrue("bnd found no classes to analyse", analyzer.getClassspace().size() > 10);
            for (Map.Entry<TypeRef, Clazz> e : analyzer.getClassspace().entrySet()) {
                String className = e.getKey().getFQN();
                for (PackageRef ref : e.getValue().getReferred()) {
                    String pkg = ref.getFQN();
                    if (ref.isJava() || pkg.isEmpty() || pkg.equals(".") || pkg.startsWith("META-INF") || contained.contains(pkg)
                            || imports.contains(pkg)) {
                        continue;
                    }
                    (className.startsWith("com.empathyevidence.") ? missingOwn : missingEmbedded)
                            .computeIfAbsent(pkg, k -> new TreeSet<>()).add(className);
                }
            }
        }
        assertEquals("packages the plugin's classes use but Import-Package does not name (package -> classes)",
                Map.of(), missingOwn);
        // Embedded Jackson looks the JDK's XML/DOM/SAX types up defensively and copes when they are absent; nothing else may be missing.
        missingEmbedded.keySet().removeIf(p -> p.startsWith("javax.xml.") || p.startsWith("org.w3c.dom") || p.equals("org.xml.sax"));
        assertEquals("packages embedded libraries use but Import-Package does not name (package -> classes)",
                Map.of(), missingEmbedded);
    }
}
