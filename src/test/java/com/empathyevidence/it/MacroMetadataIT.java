package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The packaged descriptor gives Confluence's macro browser everything it shows for each xhtml-macro: an icon inside
 * the jar, a description from the bundle, a category, and for each parameter a type and its label and description
 * under Confluence's key convention ({@code <plugin key>.<macro>.param.<name>.label/.desc}); and the macro editor
 * override loads in the macro browser's web-resource context.
 */
public class MacroMetadataIT {

    private static final List<String> CATEGORIES = List.of("formatting", "confluence-content", "media", "visuals",
            "navigation", "external-content", "communication", "reporting", "admin", "development", "hidden-macros");

    private final PluginJar jar = PluginJar.get();
    private final Element root = jar.descriptor();
    private final Properties bundle = jar.i18n();

    @Test
    public void everyMacroAndParameterHasItsMetadataAndTexts() {
        List<Element> macros = PluginJar.children(root, "xhtml-macro");
        assertFalse("no xhtml-macro in the descriptor", macros.isEmpty());
        String pluginKey = root.getAttribute("key");
        List<String> missing = new ArrayList<>();
        int parameters = 0;
        for (Element macro : macros) {
            String name = macro.getAttribute("name");
            String prefix = pluginKey + "." + name;
            String icon = macro.getAttribute("icon");
            String iconPrefix = "/download/resources/" + pluginKey + "/";
            if (!icon.startsWith(iconPrefix) || !jar.has(icon.substring(iconPrefix.length()))) {
                missing.add(name + ": icon " + icon + " is not a download of this jar");
            }
            List<Element> descriptions = PluginJar.children(macro, "description");
            if (descriptions.isEmpty() || !bundle.containsKey(descriptions.get(0).getAttribute("key"))) {
                missing.add(name + ": <description key=...> missing or not in the bundle");
            }
            List<Element> categories = PluginJar.children(macro, "category");
            if (categories.isEmpty()) {
                missing.add(name + ": no <category>");
            }
            for (Element c : categories) {
                if (!CATEGORIES.contains(c.getAttribute("name"))) {
                    missing.add(name + ": category " + c.getAttribute("name") + " is not one of Confluence's");
                }
            }
            for (String key : List.of(prefix + ".label", prefix + ".desc")) {
                if (!bundle.containsKey(key) || bundle.getProperty(key).isBlank()) {
                    missing.add(name + ": bundle key " + key);
                }
            }
            List<Element> params = PluginJar.children(macro, "parameters");
            if (params.isEmpty()) {
                missing.add(name + ": no <parameters>");
                continue;
            }
            for (Element p : PluginJar.children(params.get(0), "parameter")) {
                parameters++;
                String param = p.getAttribute("name");
                if (!List.of("string", "enum", "int", "boolean", "confluence-content", "username", "spacekey", "date", "url",
                        "percentage", "relativedate", "attachment", "full_attachment", "label", "color", "cql").contains(p.getAttribute("type"))) {
                    missing.add(name + "." + param + ": type " + p.getAttribute("type"));
                }
                if ("enum".equals(p.getAttribute("type")) && PluginJar.children(p, "value").isEmpty()) {
                    missing.add(name + "." + param + ": enum without <value>s");
                }
                for (String key : List.of(prefix + ".param." + param + ".label", prefix + ".param." + param + ".desc")) {
                    if (!bundle.containsKey(key) || bundle.getProperty(key).isBlank()) {
                        missing.add(name + "." + param + ": bundle key " + key);
                    }
                }
            }
        }
        assertEquals("macro browser metadata missing", List.of(), missing);
        assertTrue("the empathy-map macro's parameters", parameters >= 5);
    }

    @Test
    public void noBundleKeyIsGivenTwice() {
        // a second line with the same key silently wins over the first: the macro browser would show the other text
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> twice = new java.util.TreeSet<>();
        for (String line : jar.text(PluginJar.I18N).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
                continue;
            }
            String key = l.substring(0, l.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertEquals("keys given twice in the bundle", new java.util.TreeSet<>(), twice);
    }

    @Test
    public void theMacroEditorLoadsInTheMacroBrowser() {
        for (Element resource : PluginJar.children(root, "web-resource")) {
            if ("empathy-macro-editor".equals(resource.getAttribute("key"))) {
                List<String> contexts = new ArrayList<>();
                PluginJar.children(resource, "context").forEach(c -> contexts.add(c.getTextContent().trim()));
                assertEquals(List.of("macro-browser"), contexts);
                assertEquals(List.of("confluence"), PluginJar.restrictedTo(resource));
                String location = PluginJar.children(resource, "resource").get(0).getAttribute("location");
                assertTrue(jar.has(location));
                assertTrue("registered through the macro browser's own hook",
                        jar.text(location).contains("setMacroJsOverride('empathy-map'"));
                return;
            }
        }
        throw new AssertionError("no empathy-macro-editor web-resource");
    }
}
