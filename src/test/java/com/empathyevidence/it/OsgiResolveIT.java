package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.OSGiHeader;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * A real OSGi resolve in Apache Felix against what the jar's host generation exports to a plugin
 * ({@code src/test/resources/host-exports/platform-<7|8>.txt}, each line with its public source): it resolves there;
 * it does not resolve against the other generation's list; and it does not resolve when any mandatory package is
 * missing or exported at a version outside the import's range.
 */
public class OsgiResolveIT {

    private final PluginJar jar = PluginJar.get();

    /** Imported packages without resolution:=optional, as the host must export them. */
    private List<String> mandatoryImports() {
        return new ArrayList<>(mandatoryClauses().keySet());
    }

    private Map<String, Attrs> mandatoryClauses() {
        Parameters imports = OSGiHeader.parseHeader(jar.manifest.getMainAttributes().getValue("Import-Package"));
        Map<String, Attrs> mandatory = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Attrs> e : imports.entrySet()) {
            if (!"optional".equals(e.getValue().get(Constants.RESOLUTION_DIRECTIVE + ":"))) {
                mandatory.put(Processor.removeDuplicateMarker(e.getKey()), e.getValue());
            }
        }
        return mandatory;
    }

    /** One generation's export list: package -> export clause ("pkg" or "pkg;version=x"). */
    static Map<String, String> hostExports(int platform) throws IOException {
        String name = "/host-exports/platform-" + platform + ".txt";
        try (java.io.InputStream in = OsgiResolveIT.class.getResourceAsStream(name)) {
            assertNotNull(name + " is missing from the test resources", in);
            Map<String, String> exports = new java.util.LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String clause = line.replaceFirst("#.*", "").trim();
                if (!clause.isEmpty()) {
                    exports.put(clause.split(";", 2)[0], clause);
                }
            }
            return exports;
        }
    }

    private static String exportClause(String pkg) {
        return pkg;
    }

    /** Installs the plugin into a fresh framework exporting the given host packages; the bundle's wiring or null. */
    private BundleWiring resolveWith(List<String> hostPackages) throws Exception {
        Path storage = Files.createTempDirectory("felix-");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", hostPackages.stream().map(OsgiResolveIT::exportClause).toList()));
        config.put("felix.log.level", "0");
        Felix felix = new Felix(config);
        try {
            felix.init();
            felix.start();
            Bundle bundle = felix.getBundleContext().installBundle(jar.file.toURI().toString());
            assertEquals(jar.manifest.getMainAttributes().getValue("Bundle-SymbolicName"), bundle.getSymbolicName());
            boolean resolved = felix.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            assertEquals("resolveBundles and the bundle's wiring disagree", resolved, wiring != null);
            if (resolved) {
                assertEquals(Bundle.RESOLVED, bundle.getState());
            } else {
                assertEquals(Bundle.INSTALLED, bundle.getState());
            }
            return wiring;
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
            deleteQuietly(storage);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    public void resolvesAgainstItsOwnGenerationsExports() throws Exception {
        Map<String, String> exports = hostExports(PluginJar.platform());
        List<String> notExported = new ArrayList<>(mandatoryImports());
        notExported.removeAll(exports.keySet());
        assertEquals("mandatory imports that a Platform " + PluginJar.platform() + " host does not export", List.of(), notExported);
        assertNotNull("the Platform " + PluginJar.platform() + " jar did not resolve against its hosts' exports " + exports.values(),
                resolveWith(new ArrayList<>(exports.values())));
    }

    @Test
    public void doesNotResolveAgainstTheOtherGenerationsExports() throws Exception {
        int other = PluginJar.platform() == 8 ? 7 : 8;
        assertNull("the Platform " + PluginJar.platform() + " jar resolved on a Platform " + other + " host",
                resolveWith(new ArrayList<>(hostExports(other).values())));
    }

    @Test
    public void doesNotResolveWhenAnyMandatoryHostPackageIsMissing() throws Exception {
        Map<String, String> exports = hostExports(PluginJar.platform());
        List<String> mandatory = mandatoryImports();
        assertTrue(mandatory.size() >= 2);
        List<String> resolvedAnyway = new ArrayList<>();
        for (String leftOut : mandatory) {
            Map<String, String> fewer = new java.util.LinkedHashMap<>(exports);
            fewer.remove(leftOut);
            if (resolveWith(new ArrayList<>(fewer.values())) != null) {
                resolvedAnyway.add(leftOut);
            }
        }
        assertEquals("the plugin resolved although the host did not export", List.of(), resolvedAnyway);
    }

    @Test
    public void doesNotResolveWhenAMandatoryPackageIsExportedOutsideTheImportedRange() throws Exception {
        Map<String, String> exports = hostExports(PluginJar.platform());
        int ranged = 0;
        List<String> resolvedAnyway = new ArrayList<>();
        for (Map.Entry<String, Attrs> e : mandatoryClauses().entrySet()) {
            String range = e.getValue().get(Constants.VERSION_ATTRIBUTE);
            if (range == null) {
                continue;
            }
            ranged++;
            org.osgi.framework.VersionRange versions = new org.osgi.framework.VersionRange(range);
            // One major version below the range's floor: the host generation before.
            org.osgi.framework.Version below = new org.osgi.framework.Version(Math.max(0, versions.getLeft().getMajor() - 1), 9, 0);
            assertFalse(range + " includes " + below, versions.includes(below));
            Map<String, String> wrong = new java.util.LinkedHashMap<>(exports);
            wrong.put(e.getKey(), e.getKey() + ";version=" + below);
            if (resolveWith(new ArrayList<>(wrong.values())) != null) {
                resolvedAnyway.add(e.getKey() + " " + range + " with " + below);
            }
        }
        assertTrue("expected version ranges on the JAX-RS imports", ranged >= 3);
        assertEquals("the plugin resolved with a package outside its imported range", List.of(), resolvedAnyway);
    }

    @Test
    public void optionalImportsAreOptional() throws Exception {
        // Nothing product-specific (Jira, Confluence, applinks, Active Objects client, REST) is needed to resolve.
        List<String> mandatory = mandatoryImports();
        for (String pkg : mandatory) {
            assertFalse("product-only package must be optional: " + pkg,
                    pkg.startsWith("com.atlassian.jira") || pkg.startsWith("com.atlassian.confluence")
                            || pkg.startsWith("com.atlassian.applinks"));
        }
        assertNull("sanity: without any host package the plugin must not resolve", resolveWith(List.of()));
    }

    @Test
    public void importsTheHostCacheOptionally() {
        // Atlassian Cache is a host package (never bundled); optional, as only the Confluence side uses it.
        Parameters imports = OSGiHeader.parseHeader(jar.manifest.getMainAttributes().getValue("Import-Package"));
        assertTrue("com.atlassian.cache must be imported", imports.containsKey("com.atlassian.cache"));
        assertEquals("optional", imports.get("com.atlassian.cache").get("resolution:"));
        assertFalse("Atlassian Cache classes must not be bundled", jar.has("com/atlassian/cache/CacheManager.class"));
    }
}
