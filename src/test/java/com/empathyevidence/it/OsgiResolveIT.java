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
 * A real OSGi resolve in Apache Felix: with the host's mandatory packages exported by the system bundle the
 * plugin resolves; take any one away and it does not.
 */
public class OsgiResolveIT {

    private final PluginJar jar = PluginJar.get();

    /** Imported packages without resolution:=optional, as the host must export them. */
    private List<String> mandatoryImports() {
        Parameters imports = OSGiHeader.parseHeader(jar.manifest.getMainAttributes().getValue("Import-Package"));
        List<String> mandatory = new ArrayList<>();
        for (Map.Entry<String, Attrs> e : imports.entrySet()) {
            if (!"optional".equals(e.getValue().get(Constants.RESOLUTION_DIRECTIVE + ":"))) {
                mandatory.add(Processor.removeDuplicateMarker(e.getKey()));
            }
        }
        return mandatory;
    }

    private static String exportClause(String pkg) {
        return pkg.startsWith("javax.ws.rs") ? pkg + ";version=2.1" : pkg;
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
    public void resolvesWhenTheHostExportsItsMandatoryPackages() throws Exception {
        List<String> mandatory = mandatoryImports();
        assertFalse("expected mandatory host imports", mandatory.isEmpty());
        BundleWiring wiring = resolveWith(mandatory);
        assertNotNull("the plugin did not resolve with host packages " + mandatory, wiring);
    }

    @Test
    public void doesNotResolveWhenAnyMandatoryHostPackageIsMissing() throws Exception {
        List<String> mandatory = mandatoryImports();
        assertTrue(mandatory.size() >= 2);
        List<String> resolvedAnyway = new ArrayList<>();
        for (String leftOut : mandatory) {
            List<String> exported = new ArrayList<>(mandatory);
            exported.remove(leftOut);
            if (resolveWith(exported) != null) {
                resolvedAnyway.add(leftOut);
            }
        }
        assertEquals("the plugin resolved although the host did not export", List.of(), resolvedAnyway);
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
