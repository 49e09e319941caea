package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/** Every i18n key the templates and the code ask for exists in the packaged bundle. */
public class I18nKeysIT {

    static final String[] TEMPLATES = {"templates/evidence-panel.vm", "templates/empathy-map.vm", "templates/library.vm", "templates/import.vm"};
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$!?\\{?text\\.(?:get|arg)\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(empathy\\.[^\"\\\\]*)\"");

    /** Literals shaped like keys that are not bundle keys: the issue property's key (IssueSummary.PROPERTY_KEY). */
    private static final java.util.Set<String> NOT_I18N = java.util.Set.of("empathy.evidence");

    private final PluginJar jar = PluginJar.get();
    private final Properties bundle = jar.i18n();

    @Test
    public void templatesAskForNoKeyTheirTextsComeReadyMade() {
        // Templates read their texts from no-argument getters (EvidencePanelTexts, EmpathyMapTexts, the view models),
        // whose keys javaLiteralKeysExist checks; a $text.get("key") call would need an allow-list entry with a parameter.
        TreeSet<String> calls = new TreeSet<>();
        for (String t : TEMPLATES) {
            Matcher m = TEMPLATE_KEY.matcher(jar.text(t));
            while (m.find()) {
                calls.add(t + ": " + m.group(1));
            }
        }
        assertEquals("templates looking texts up by key", new TreeSet<>(), calls);
        assertTrue("the templates read their texts from $text", jar.text(TEMPLATES[0]).contains("$text.panelTitle"));
    }

    @Test
    public void javaLiteralKeysExist() throws IOException {
        Path sources = new File(PluginJar.basedir(), "src/main/java").toPath();
        assertTrue("main sources not found at " + sources, Files.isDirectory(sources));
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = JAVA_KEY.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    if (NOT_I18N.contains(key)) {
                        continue; // a name that starts like a bundle key but is not one
                    }
                    if (key.endsWith(".")) {
                        continue; // a prefix completed at run time; see dynamicKeysExistForEveryValue
                    }
                    found++;
                    if (!bundle.containsKey(key)) {
                        missing.add(p.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue("expected literal keys in the sources", found >= 5);
        assertEquals("keys in Java sources missing from the bundle", new TreeSet<>(), missing);
    }

    @Test
    public void dynamicKeysExistForEveryValue() {
        ClassLoader loader = jar.classLoader();
        String[][] families = {
                {"empathy.section.", "com.empathyevidence.domain.Section"},
                {"empathy.sourceKind.", "com.empathyevidence.domain.SourceKind"},
                {"empathy.freshness.", "com.empathyevidence.domain.Freshness"},
                {"empathy.relation.", "com.empathyevidence.domain.Relation"},
                {"empathy.map.error.", "com.empathyevidence.confluence.MapUnavailable$Reason"},
        };
        List<String> missing = new ArrayList<>();
        for (String[] f : families) {
            Object[] values = jar.load(loader, f[1]).getEnumConstants();
            assertTrue(f[1] + " is an enum", values != null && values.length > 0);
            for (Object v : values) {
                String key = f[0] + ((Enum<?>) v).name().toLowerCase(Locale.ROOT);
                if (!bundle.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals("keys built from enum values missing from the bundle", List.of(), missing);
    }

    @Test
    public void theMapScriptsTextsExist() throws Exception {
        ClassLoader loader = jar.classLoader();
        Class<?> texts = jar.load(loader, "com.empathyevidence.view.ClientTexts");
        List<String> missing = new ArrayList<>();
        String[][] families = {{"MAP_KEYS", "empathy.map.client."}, {"SHARED_KEYS", "empathy.client."}};
        for (String[] f : families) {
            java.lang.reflect.Field field = texts.getDeclaredField(f[0]);
            field.setAccessible(true);
            for (String key : (String[]) field.get(null)) {
                if (!bundle.containsKey(f[1] + key)) {
                    missing.add(f[1] + key);
                }
            }
        }
        for (MapUnavailableRestKey key : MapUnavailableRestKey.values()) {
            if (!bundle.containsKey("empathy.map.rest." + key.name().toLowerCase(Locale.ROOT))) {
                missing.add("empathy.map.rest." + key.name().toLowerCase(Locale.ROOT));
            }
        }
        assertEquals("texts of the map's script and actions missing from the bundle", List.of(), missing);
    }

    /** The reasons the map actions word themselves (empathy.map.rest.*); the rest become "Jira could not be reached". */
    private enum MapUnavailableRestKey { JIRA_UNREACHABLE, NO_JIRA_LINK, NEEDS_AUTHORISATION }
}
