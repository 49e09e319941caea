package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** What is, and is not, inside the plugin jar. */
public class JarContentsIT {

    private final PluginJar jar = PluginJar.get();

    @Test
    public void noHostApiIsBundled() {
        List<String> bundled = jar.entries.stream()
                .map(e -> e.replaceFirst("^META-INF/versions/\\d+/", ""))
                .filter(e -> e.endsWith(".class"))
                .filter(e -> e.startsWith("com/atlassian/") || e.startsWith("net/java/ao/") || e.startsWith("javax/"))
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
