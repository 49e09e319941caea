package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** atlassian-plugin.xml as packaged: filtered, Data Center ready, and every name in it resolves inside the jar. */
public class DescriptorIT {

    private final PluginJar jar = PluginJar.get();
    private final Element root = jar.descriptor();

    private Element module(String type, String key) {
        for (Element e : PluginJar.children(root, type)) {
            if (key == null || key.equals(e.getAttribute("key"))) {
                return e;
            }
        }
        throw new AssertionError("no <" + type + (key == null ? "" : " key=\"" + key + "\"") + "> module in the descriptor");
    }

    @Test
    public void isFullyFiltered() {
        assertFalse("unfiltered property left in the packaged descriptor", jar.descriptorText().contains("${"));
        assertFalse(root.getAttribute("key").isEmpty());
        assertEquals("2", root.getAttribute("plugins-version"));
    }

    @Test
    public void pluginInfoDeclaresDataCenterAndReadOnlyCompatibility() {
        Element info = PluginJar.children(root, "plugin-info").get(0);
        Map<String, String> params = new HashMap<>();
        for (Element p : PluginJar.children(info, "param")) {
            params.put(p.getAttribute("name"), p.getTextContent().trim());
        }
        assertEquals("compatible", params.get("atlassian-data-center-status"));
        assertEquals("true", params.get("atlassian-data-center-compatible"));
        assertEquals("true", params.get("read-only-access-mode-compatible"));
        for (String image : new String[] {"plugin-icon", "plugin-logo"}) {
            String location = params.get(image);
            assertTrue(image + " param missing", location != null && !location.isEmpty());
            assertTrue(image + " " + location + " is not in the jar", jar.has(location));
        }
        assertFalse("plugin-info version", PluginJar.children(info, "version").get(0).getTextContent().isBlank());
    }

    @Test
    public void everyNamedClassIsInTheJar() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Element e : PluginJar.descendants(root, "*")) {
            String cls = e.getAttribute("class");
            if (!cls.isEmpty()) {
                checked++;
                if (!jar.hasClass(cls)) {
                    missing.add("<" + e.getNodeName() + " class=" + cls + ">");
                }
            }
            if (e.getNodeName().equals("entity")) {
                checked++;
                if (!jar.hasClass(e.getTextContent().trim())) {
                    missing.add("<entity>" + e.getTextContent().trim());
                }
            }
        }
        assertTrue("expected class references in the descriptor", checked >= 6);
        assertEquals("classes the descriptor names but the jar lacks", List.of(), missing);
    }

    @Test
    public void everyResourceLocationExists() {
        List<String> missing = new ArrayList<>();
        List<Element> resources = PluginJar.descendants(root, "resource");
        assertTrue(resources.size() >= 4);
        for (Element r : resources) {
            String location = r.getAttribute("location");
            boolean ok;
            if ("i18n".equals(r.getAttribute("type"))) {
                ok = jar.has(location.replace('.', '/') + ".properties") || jar.has(location + ".properties");
            } else if (location.endsWith("/")) {
                ok = jar.hasFilesUnder(location);
            } else {
                ok = jar.has(location);
            }
            if (!ok) {
                missing.add(r.getAttribute("type") + " " + r.getAttribute("name") + " -> " + location);
            }
        }
        assertEquals("resources missing from the jar", List.of(), missing);
    }

    @Test
    public void activeObjectsHasANamespace() {
        Element ao = module("ao", null);
        assertFalse("an <ao> module without namespace takes its table prefix from the plugin key", ao.getAttribute("namespace").isBlank());
        assertFalse(PluginJar.children(ao, "entity").isEmpty());
    }

    @Test
    public void restModule() {
        Element rest = module("rest", null);
        assertEquals("/empathy", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
        assertEquals(List.of("jira"), PluginJar.restrictedTo(rest));
        assertFalse(PluginJar.children(rest, "package").isEmpty());
    }

    @Test
    public void confluenceHasItsOwnRestModuleForTheMapsActions() {
        Element jira = module("rest", "empathy-rest");
        Element map = module("rest", "empathy-map-rest");
        assertEquals("/empathy-map", map.getAttribute("path"));
        assertEquals("1.0", map.getAttribute("version"));
        assertEquals(List.of("confluence"), PluginJar.restrictedTo(map));
        String mapPackage = PluginJar.children(map, "package").get(0).getTextContent().trim();
        String jiraPackage = PluginJar.children(jira, "package").get(0).getTextContent().trim();
        assertEquals("com.empathyevidence.confluence.rest", mapPackage);
        assertFalse("the Jira module's package scan must not pick up Confluence's resources",
                mapPackage.startsWith(jiraPackage + ".") || jiraPackage.startsWith(mapPackage + "."));
        assertTrue(jar.hasClass("com.empathyevidence.confluence.rest.MapActionsResource"));
    }

    @Test
    public void everyScriptThatFormatsPluralsGetsTheOneSharedCopyFirst() {
        int using = 0;
        for (Element resources : PluginJar.children(root, "web-resource")) {
            List<String> names = new ArrayList<>();
            PluginJar.children(resources, "resource").forEach(r -> names.add(r.getAttribute("location")));
            for (String location : names) {
                if (!location.endsWith(".js") || location.equals("js/empathy-texts.js")) {
                    continue;
                }
                String js = jar.text(location);
                assertFalse(location + " keeps no copy of its own", js.contains("function choices("));
                if (js.contains("EmpathyEvidenceTexts.choices")) {
                    using++;
                    int shared = names.indexOf("js/empathy-texts.js");
                    assertTrue(location + " in " + resources.getAttribute("key") + " comes after js/empathy-texts.js",
                            shared >= 0 && shared < names.indexOf(location));
                }
            }
        }
        assertEquals("the five page scripts with plural texts", 5, using);
        assertTrue(jar.text("js/empathy-texts.js").contains("function choices("));
    }

    @Test
    public void theMapsScriptJoinsConfluencesPageViewOnly() {
        Element resources = module("web-resource", "empathy-map-actions");
        assertEquals(List.of("confluence"), PluginJar.restrictedTo(resources));
        List<String> contexts = new ArrayList<>();
        PluginJar.children(resources, "context").forEach(c -> contexts.add(c.getTextContent().trim()));
        assertEquals(List.of("viewcontent"), contexts);
        List<String> names = new ArrayList<>();
        PluginJar.children(resources, "resource").forEach(r -> names.add(r.getAttribute("name")));
        assertEquals(List.of("empathy-texts.js", "empathy-map.js"), names);
        String js = jar.text("js/empathy-map.js");
        assertFalse("the map script puts data into the page as text, never as markup", js.contains("insertAdjacentHTML"));
        assertTrue("the only markup it inserts is the server-rendered map", js.split("innerHTML").length == 2);
        assertTrue("the map script sends JSON", js.contains("'Content-Type'] = 'application/json'"));
        assertFalse("no English in the script: texts come from the bundle", js.matches("(?s).*textContent = '[A-Za-z].*"));
    }

    @Test
    public void webPanelSitsInTheIssueViewOfJiraOnly() {
        Element panel = module("web-panel", null);
        assertEquals("atl.jira.view.issue.right.context", panel.getAttribute("location"));
        assertEquals(List.of("jira"), PluginJar.restrictedTo(panel));
        assertEquals(1, PluginJar.children(panel, "context-provider").size());
    }

    @Test
    public void issueViewWebResourceCarriesThePanelStylesAndScript() {
        Element resources = module("web-resource", "evidence-panel-resources");
        assertEquals(List.of("jira"), PluginJar.restrictedTo(resources));
        List<String> contexts = new ArrayList<>();
        PluginJar.children(resources, "context").forEach(c -> contexts.add(c.getTextContent().trim()));
        assertEquals(List.of("jira.view.issue"), contexts);
        List<String> names = new ArrayList<>();
        PluginJar.children(resources, "resource").forEach(r -> names.add(r.getAttribute("name")));
        assertTrue(names.toString(), names.contains("empathy.css") && names.contains("evidence-panel.js"));
        String js = jar.text("js/evidence-panel.js");
        assertFalse("the panel script puts data into the page as text, never as markup", js.contains(".innerHTML = e") || js.contains("insertAdjacentHTML"));
        assertTrue("the panel script sends JSON, so Jira's XSRF protection holds", js.contains("'Content-Type'] = 'application/json'"));
    }

    @Test
    public void everyScriptDeclaresItsDependencyOnAui() {
        // Both scripts call AJS; a web-resource names AUI's module as Atlassian's own plugins do
        // (atlassian-slack-integration-server master: <dependency>com.atlassian.auiplugin:ajs</dependency>).
        int scripts = 0;
        for (Element resources : PluginJar.children(root, "web-resource")) {
            boolean script = false;
            for (Element r : PluginJar.children(resources, "resource")) {
                if (r.getAttribute("name").endsWith(".js")) {
                    script = true;
                    String js = jar.text(r.getAttribute("location"));
                    // the shared plural formatting is plain script; every page script beside it calls AJS
                    assertTrue(r.getAttribute("location") + " uses AJS", js.contains("AJS") || r.getAttribute("location").equals("js/empathy-texts.js"));
                    assertFalse("js/empathy-texts.js needs no AUI", r.getAttribute("location").equals("js/empathy-texts.js") && js.contains("AJS"));
                }
            }
            if (script) {
                scripts++;
                List<String> dependencies = new ArrayList<>();
                PluginJar.children(resources, "dependency").forEach(d -> dependencies.add(d.getTextContent().trim()));
                assertTrue(resources.getAttribute("key") + " declares no dependency on AUI: " + dependencies,
                        dependencies.contains("com.atlassian.auiplugin:ajs"));
            }
        }
        assertEquals("web-resources with a script (panel, map actions, evidence health, evidence library, app configuration, personas, macro editor,"
                + " evidence settings and digest preference (phasein), owners, review queue)", 11, scripts);
    }

    @Test
    public void theMapsStylesAreRequiredByTheMacroNotByAContext() throws Exception {
        // Confluence loads a web-resource only when a context the page has or a require call names it.
        Element resources = module("web-resource", "empathy-map-resources");
        assertEquals(List.of("confluence"), PluginJar.restrictedTo(resources));
        List<String> names = new ArrayList<>();
        PluginJar.children(resources, "resource").forEach(r -> names.add(r.getAttribute("name")));
        assertEquals(List.of("empathy.css"), names);
        assertEquals("required by the macro, so in no context", List.of(), PluginJar.children(resources, "context"));
        Class<?> required = jar.load(jar.classLoader(), "com.empathyevidence.confluence.MapWebResources");
        String key = (String) required.getField("MAP_RESOURCES").get(null);
        assertEquals("the complete key the macro requires", root.getAttribute("key") + ":empathy-map-resources", key);
    }

    @Test
    public void summaryPropertyIsIndexedForJql() {
        Element index = module("index-document-configuration", null);
        assertEquals("IssueProperty", index.getAttribute("entity-key"));
        assertFalse(index.getAttribute("key").isBlank());
        List<Element> keys = PluginJar.children(index, "key");
        assertEquals(1, keys.size());
        assertEquals("empathy.evidence", keys.get(0).getAttribute("property-key"));
        Map<String, String> extracts = new HashMap<>();
        PluginJar.children(keys.get(0), "extract").forEach(e -> extracts.put(e.getAttribute("path"), e.getAttribute("type")));
        assertEquals("number", extracts.get("staleCount"));
        assertEquals("number", extracts.get("count"));
        assertEquals("number", extracts.get("strength"));
        for (String type : extracts.values()) {
            assertTrue(type, List.of("number", "string", "text", "date").contains(type));
        }
    }

    @Test
    public void empathyMapMacroIsConfluenceOnlyWithCategoryAndParameters() {
        Element macro = module("xhtml-macro", null);
        assertEquals("empathy-map", macro.getAttribute("name"));
        assertEquals(List.of("confluence"), PluginJar.restrictedTo(macro));
        List<Element> categories = PluginJar.children(macro, "category");
        assertFalse("macro browser category", categories.isEmpty());
        assertFalse(categories.get(0).getAttribute("name").isBlank());
        List<Element> parameters = PluginJar.children(macro, "parameters");
        assertEquals(1, parameters.size());
        List<String> names = new ArrayList<>();
        PluginJar.children(parameters.get(0), "parameter").forEach(p -> names.add(p.getAttribute("name")));
        assertTrue("persona parameter: " + names, names.contains("persona"));
        // The macro browser labels and describes the macro and each parameter from keys named by convention.
        Properties bundle = jar.i18n();
        String keyPrefix = root.getAttribute("key") + "." + macro.getAttribute("name") + ".";
        List<String> browserKeys = new ArrayList<>(List.of(keyPrefix + "label", keyPrefix + "desc"));
        for (String name : names) {
            browserKeys.add(keyPrefix + "param." + name + ".label");
            browserKeys.add(keyPrefix + "param." + name + ".desc");
        }
        List<String> missingBrowserKeys = new ArrayList<>();
        for (String key : browserKeys) {
            if (!bundle.containsKey(key)) {
                missingBrowserKeys.add(key);
            }
        }
        assertEquals("macro browser texts missing from the bundle", List.of(), missingBrowserKeys);
        String icon = macro.getAttribute("icon");
        if (!icon.isEmpty()) {
            String prefix = "/download/resources/" + root.getAttribute("key") + "/";
            assertTrue("macro icon must be one of this plugin's download resources: " + icon, icon.startsWith(prefix));
            String path = icon.substring(prefix.length());
            boolean found = false;
            for (Element r : PluginJar.children(root, "resource")) {
                String name = r.getAttribute("name");
                if ("download".equals(r.getAttribute("type")) && path.startsWith(name)) {
                    found |= jar.has(r.getAttribute("location") + path.substring(name.length()));
                }
            }
            assertTrue("macro icon " + icon + " does not resolve to a file in the jar", found);
        }
    }

    @Test
    public void macroParametersAreTheOnesTheMacroBrowserOffers() {
        Element macro = module("xhtml-macro", null);
        Map<String, String> described = new java.util.LinkedHashMap<>();
        for (Element p : PluginJar.children(PluginJar.children(macro, "parameters").get(0), "parameter")) {
            described.put(p.getAttribute("name"), p.getAttribute("type") + " required=" + p.getAttribute("required")
                    + " default=" + p.getAttribute("default"));
        }
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("persona", "string required=true default=");
        expected.put("layout", "enum required=false default=extended");
        expected.put("projects", "string required=false default=");
        expected.put("quotesPerItem", "int required=false default=2");
        expected.put("showCoverage", "boolean required=false default=true");
        expected.put("validationProject", "string required=false default=");
        expected.put("validationIssueType", "string required=false default=Task");
        assertEquals(expected, described);
        Element layout = PluginJar.children(PluginJar.children(macro, "parameters").get(0), "parameter").get(1);
        List<String> values = new ArrayList<>();
        PluginJar.children(layout, "value").forEach(v -> values.add(v.getAttribute("name")));
        assertEquals(List.of("classic", "extended"), values);
    }

    @Test
    public void everyI18nKeyReferencedByTheDescriptorExists() {
        Properties bundle = jar.i18n();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Element e : PluginJar.descendants(root, "*")) {
            String name = e.getNodeName();
            if (name.equals("label") || name.equals("description") || e.hasAttribute("i18n-name-key")) {
                NamedNodeMap attrs = e.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Node a = attrs.item(i);
                    if (a.getNodeName().equals("key") && (name.equals("label") || name.equals("description"))
                            || a.getNodeName().equals("i18n-name-key")) {
                        checked++;
                        if (!bundle.containsKey(a.getNodeValue())) {
                            missing.add("<" + name + " " + a.getNodeName() + "=" + a.getNodeValue() + ">");
                        }
                    }
                }
            }
        }
        assertNotEquals("expected i18n keys in the descriptor", 0, checked);
        assertEquals("i18n keys missing from " + PluginJar.I18N, List.of(), missing);
    }
}
