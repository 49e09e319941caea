package com.empathyevidence.workbench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the workbench reads from the plugin's {@code atlassian-plugin.xml}, as a host would: the AO namespace and
 * entities, the REST module, the web panel, the macro, the i18n bundle and the velocity allow-list.
 */
public final class PluginDescriptor {

    public final String key;
    public final String aoNamespace;
    public final List<String> aoEntities = new ArrayList<>();
    public final String restPath;
    public final String restVersion;
    public final String restPackage;
    /** Every REST module: the Jira API above, and Confluence's module for the map's actions. */
    public final List<RestModule> restModules = new ArrayList<>();

    /** A rest module: key, path, version, the package scanned for resources and the applications it is restricted to. */
    public record RestModule(String key, String path, String version, String pkg, List<String> applications) {
    }
    public final String i18nLocation;
    public final Set<String> velocityAllowlist = new LinkedHashSet<>();
    public final List<WebPanel> webPanels = new ArrayList<>();
    public final List<MacroModule> macros = new ArrayList<>();
    public final List<WebResource> webResources = new ArrayList<>();

    /** A web-resource module: its key, the contexts it joins, the names of its download resources, in order, and the
     *  complete keys of the modules it depends on. */
    public record WebResource(String key, List<String> contexts, List<String> downloads, List<String> dependencies) {
    }
    /** Download resources: "webResourceKey/name" (or "name" for plugin-level ones) to classpath location. */
    public final java.util.Map<String, String> downloads = new java.util.LinkedHashMap<>();

    /** A web-panel module: location, context provider and Velocity view; {@code condition} its condition class or null. */
    public record WebPanel(String key, String location, String contextProvider, String template, String condition) {
        public WebPanel(String key, String location, String contextProvider, String template) {
            this(key, location, contextProvider, template, null);
        }
    }

    /** A servlet module: its key, class, the applications it is restricted to and its url-patterns (under /plugins/servlet). */
    public record ServletModule(String key, String className, List<String> applications, List<String> urlPatterns) {
    }
    public final List<ServletModule> servlets = new ArrayList<>();

    /**
     * A {@code workflow-validator} or {@code workflow-condition} module: its factory ({@code class}), the validator or
     * condition class, its name and description keys, and its velocity resources by name (view, input-parameters, edit-parameters).
     */
    public record WorkflowModule(String type, String key, String name, String nameKey, String descriptionKey, String factoryClass,
                                 String functionClass, java.util.Map<String, String> resources) {
    }
    public final List<WorkflowModule> workflowModules = new ArrayList<>();

    /** A web-item: its key, section, weight, label key, link as declared (Velocity references not yet filled) and link id. */
    public record WebItem(String key, String section, int weight, String labelKey, String link, String linkId) {
    }
    public final List<WebItem> webItems = new ArrayList<>();

    /** The web-items of a section (e.g. system.top.navigation.bar), lightest first, as the host orders them. */
    public List<WebItem> webItemsIn(String section) {
        return webItems.stream().filter(w -> w.section().equals(section))
                .sorted(java.util.Comparator.comparingInt(WebItem::weight)).toList();
    }

    /** An xhtml-macro module. */
    /** What the descriptor's index-document-configuration modules index: issue property key, then path, then type. */
    public final java.util.Map<String, java.util.Map<String, String>> indexedProperties = new java.util.LinkedHashMap<>();

    /** The web panels at a location, as the host renders them there. */
    public List<WebPanel> webPanelsAt(String location) {
        return webPanels.stream().filter(p -> p.location().equals(location)).toList();
    }

    /**
     * An xhtml-macro module with the metadata Confluence's macro browser reads: icon, description key, categories and
     * parameters (type, required, default, enum values). Texts follow Confluence's convention
     * {@code <plugin key>.<macro name>.label/.desc} and {@code ...param.<name>.label/.desc}.
     */
    public record MacroModule(String name, String className, String icon, String descriptionKey, List<String> categories,
                              List<MacroParameter> parameters) {
        public MacroModule(String name, String className) {
            this(name, className, "", "", List.of(), List.of());
        }
    }

    /** One declared macro parameter. */
    public record MacroParameter(String name, String type, boolean required, String defaultValue, List<String> values) {
    }

    /** The app's name and the params of its plugin-info (e.g. configure.url, post.install.url), as the plugin manager reads them. */
    public final java.util.Map<String, String> pluginInfoParams = new java.util.LinkedHashMap<>();
    public final String name;

    private PluginDescriptor(Document doc) {
        Element root = doc.getDocumentElement();
        key = root.getAttribute("key");
        name = root.getAttribute("name");
        for (Element info : children(root, "plugin-info")) {
            for (Element param : children(info, "param")) {
                pluginInfoParams.put(param.getAttribute("name"), param.getTextContent().trim());
            }
        }
        Element ao = first(root, "ao");
        aoNamespace = ao.getAttribute("namespace");
        for (Element entity : children(ao, "entity")) {
            aoEntities.add(entity.getTextContent().trim());
        }
        for (Element module : children(root, "rest")) {
            List<String> applications = new ArrayList<>();
            for (Element restrict : children(module, "restrict")) {
                applications.add(restrict.getAttribute("application"));
            }
            restModules.add(new RestModule(module.getAttribute("key"), module.getAttribute("path"), module.getAttribute("version"),
                    first(module, "package").getTextContent().trim(), applications));
        }
        RestModule jiraRest = restModule("jira");
        restPath = jiraRest.path();
        restVersion = jiraRest.version();
        restPackage = jiraRest.pkg();
        String i18n = null;
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                i18n = resource.getAttribute("location");
            }
        }
        i18nLocation = i18n;
        for (Element resource : children(root, "resource")) {
            if ("download".equals(resource.getAttribute("type"))) {
                downloads.put(resource.getAttribute("name"), resource.getAttribute("location"));
            }
        }
        for (Element webResource : children(root, "web-resource")) {
            List<String> names = new ArrayList<>();
            for (Element resource : children(webResource, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    downloads.put(webResource.getAttribute("key") + "/" + resource.getAttribute("name"), resource.getAttribute("location"));
                    names.add(resource.getAttribute("name"));
                }
            }
            List<String> contexts = new ArrayList<>();
            for (Element context : children(webResource, "context")) {
                contexts.add(context.getTextContent().trim());
            }
            List<String> dependencies = new ArrayList<>();
            for (Element dependency : children(webResource, "dependency")) {
                dependencies.add(dependency.getTextContent().trim());
            }
            webResources.add(new WebResource(webResource.getAttribute("key"), contexts, names, dependencies));
        }
        for (Element allowlist : children(root, "velocity-allowlist")) {
            for (Element method : children(allowlist, "method")) {
                velocityAllowlist.add(method.getTextContent().trim());
            }
        }
        for (Element panel : children(root, "web-panel")) {
            String template = null;
            for (Element resource : children(panel, "resource")) {
                if ("velocity".equals(resource.getAttribute("type")) && "view".equals(resource.getAttribute("name"))) {
                    template = resource.getAttribute("location");
                }
            }
            Element condition = children(panel, "condition").isEmpty() ? null : children(panel, "condition").get(0);
            webPanels.add(new WebPanel(panel.getAttribute("key"), panel.getAttribute("location"),
                    first(panel, "context-provider").getAttribute("class"), template, condition == null ? null : condition.getAttribute("class")));
        }
        for (Element index : children(root, "index-document-configuration")) {
            for (Element property : children(index, "key")) {
                java.util.Map<String, String> paths = indexedProperties.computeIfAbsent(property.getAttribute("property-key"),
                        k -> new java.util.LinkedHashMap<>());
                for (Element extract : children(property, "extract")) {
                    paths.put(extract.getAttribute("path"), extract.getAttribute("type"));
                }
            }
        }
        for (Element servlet : children(root, "servlet")) {
            List<String> applications = new ArrayList<>();
            for (Element restrict : children(servlet, "restrict")) {
                applications.add(restrict.getAttribute("application"));
            }
            List<String> patterns = new ArrayList<>();
            for (Element pattern : children(servlet, "url-pattern")) {
                patterns.add(pattern.getTextContent().trim());
            }
            servlets.add(new ServletModule(servlet.getAttribute("key"), servlet.getAttribute("class"), applications, patterns));
        }
        for (String type : new String[] {"workflow-validator", "workflow-condition"}) {
            for (Element module : children(root, type)) {
                java.util.Map<String, String> resources = new java.util.LinkedHashMap<>();
                for (Element resource : children(module, "resource")) {
                    if ("velocity".equals(resource.getAttribute("type"))) {
                        resources.put(resource.getAttribute("name"), resource.getAttribute("location"));
                    }
                }
                List<Element> descriptions = children(module, "description");
                List<Element> function = children(module, type.equals("workflow-validator") ? "validator-class" : "condition-class");
                workflowModules.add(new WorkflowModule(type, module.getAttribute("key"), module.getAttribute("name"),
                        module.getAttribute("i18n-name-key"), descriptions.isEmpty() ? "" : descriptions.get(0).getAttribute("key"),
                        module.getAttribute("class"), function.isEmpty() ? "" : function.get(0).getTextContent().trim(), resources));
            }
        }
        for (Element item : children(root, "web-item")) {
            List<Element> labels = children(item, "label");
            List<Element> links = children(item, "link");
            String weight = item.getAttribute("weight");
            webItems.add(new WebItem(item.getAttribute("key"), item.getAttribute("section"), weight.isEmpty() ? 1000 : Integer.parseInt(weight),
                    labels.isEmpty() ? null : labels.get(0).getAttribute("key"), links.isEmpty() ? "" : links.get(0).getTextContent().trim(),
                    links.isEmpty() ? "" : links.get(0).getAttribute("linkId")));
        }
        for (Element macro : children(root, "xhtml-macro")) {
            List<Element> descriptions = children(macro, "description");
            List<String> categories = new ArrayList<>();
            children(macro, "category").forEach(c -> categories.add(c.getAttribute("name")));
            List<MacroParameter> parameters = new ArrayList<>();
            for (Element params : children(macro, "parameters")) {
                for (Element p : children(params, "parameter")) {
                    List<String> values = new ArrayList<>();
                    children(p, "value").forEach(v -> values.add(v.getAttribute("name")));
                    parameters.add(new MacroParameter(p.getAttribute("name"), p.getAttribute("type"),
                            "true".equals(p.getAttribute("required")), p.getAttribute("default"), List.copyOf(values)));
                }
            }
            macros.add(new MacroModule(macro.getAttribute("name"), macro.getAttribute("class"), macro.getAttribute("icon"),
                    descriptions.isEmpty() ? "" : descriptions.get(0).getAttribute("key"), List.copyOf(categories), List.copyOf(parameters)));
        }
    }

    /** The REST module restricted to one application (jira or confluence). */
    public RestModule restModule(String application) {
        return restModules.stream().filter(r -> r.applications().contains(application)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No rest module restricted to " + application));
    }

    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath: is the plugin jar there?");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read atlassian-plugin.xml: " + e.getMessage(), e);
        }
    }

    /** The classpath location of a download resource, or null; {@code path} is "webResourceKey/name" or "images/x.png". */
    public String downloadLocation(String path) {
        String exact = downloads.get(path);
        if (exact != null) {
            return exact;
        }
        for (java.util.Map.Entry<String, String> e : downloads.entrySet()) {
            if (e.getKey().endsWith("/") && path.startsWith(e.getKey()) && !path.contains("..")) {
                return e.getValue() + path.substring(e.getKey().length());
            }
        }
        return null;
    }

    /** The web resources that join a context (e.g. jira.view.issue), as a host includes them on such pages. */
    public List<WebResource> webResourcesIn(String context) {
        return webResources.stream().filter(r -> r.contexts().contains(context)).toList();
    }

    /** The web-resource module with this key, or null. */
    public WebResource webResource(String key) {
        return webResources.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    public WebPanel webPanelAt(String location) {
        return webPanels.stream().filter(p -> p.location().equals(location)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No web-panel at " + location));
    }

    public MacroModule macro(String name) {
        return macros.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No xhtml-macro named " + name));
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.isEmpty()) {
            throw new IllegalStateException("atlassian-plugin.xml: <" + parent.getTagName() + "> has no <" + name + ">");
        }
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }
}
