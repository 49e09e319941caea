package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** What is, and is not, inside the plugin jar. */
public class JarContentsIT {

    private final PluginJar jar = PluginJar.get();

    /**
     * The Platform 8 jar never names the javax EE APIs its hosts no longer export, and the Platform 7 jar never names
     * the jakarta ones: not in bytecode, descriptor, component index, Spring XML or any other entry.
     */
    @Test
    public void namesOnlyItsOwnGenerationsEnterpriseApis() {
        List<String> foreign = new java.util.ArrayList<>();
        for (String api : List.of("ws.rs", "inject", "servlet", "annotation")) {
            String own = PluginJar.api("jakarta." + api);
            String other = own.startsWith("jakarta.") ? "javax." + api : "jakarta." + api;
            foreign.add(other);
            foreign.add(other.replace('.', '/'));
        }
        java.util.Map<String, List<String>> found = new java.util.TreeMap<>();
        int[] own = {0};
        for (String entry : jar.entries) {
            if (entry.endsWith("/")) {
                continue;
            }
            String text = new String(jar.read(entry), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String name : foreign) {
                if (text.contains(name)) {
                    found.computeIfAbsent(entry, k -> new java.util.ArrayList<>()).add(name);
                }
            }
            if (text.contains(PluginJar.api("jakarta.ws.rs.Path").replace('.', '/'))) {
                own[0]++;
            }
        }
        assertTrue("sanity: the REST resources name their own generation's @Path", own[0] >= 5);
        assertEquals("entries naming the other platform's enterprise APIs", java.util.Map.of(), found);
    }

    @Test
    public void noHostApiIsBundled() {
        List<String> bundled = jar.entries.stream()
                .map(e -> e.replaceFirst("^META-INF/versions/\\d+/", ""))
                .filter(e -> e.endsWith(".class"))
                .filter(e -> e.startsWith("com/atlassian/") || e.startsWith("com/opensymphony/") || e.startsWith("net/java/ao/") || e.startsWith("javax/") || e.startsWith("jakarta/"))
                .collect(Collectors.toList());
        assertEquals("host API classes must never be bundled (provided scope)", List.of(), bundled);
    }

    @Test
    public void jacksonIsEmbeddedInline() {
        assertTrue(jar.has("com/fasterxml/jackson/databind/ObjectMapper.class"));
        assertTrue(jar.has("com/fasterxml/jackson/core/JsonFactory.class"));
        assertTrue("Jackson must be inline, not as a nested jar",
                jar.entries.stream().noneMatch(e -> e.endsWith(".jar")));
    }

    @Test
    public void pluginClassesDescriptorAndIndexArePackaged() {
        assertTrue(jar.hasClass("com.empathyevidence.domain.FreshnessRule"));
        assertTrue(jar.has(PluginJar.DESCRIPTOR));
        assertTrue(jar.has(PluginJar.I18N));
        assertTrue(jar.has("META-INF/spring/plugin-context.xml"));
        assertTrue(jar.has("META-INF/plugin-components/component"));
    }
}
