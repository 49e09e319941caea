package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The component index (META-INF/plugin-components/*) wires up in each product: every component and every module
 * class the product instantiates can be constructed from the product's components and host imports, and no host
 * import is left unused.
 */
public class ComponentIndexIT {

    private static final String INDEX = "META-INF/plugin-components/";

    private final PluginJar jar = PluginJar.get();
    private final ClassLoader loader = jar.classLoader();

    private Set<String> index(String file, String product) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {file, file + "-" + product}) {
            for (String line : jar.lines(INDEX + name)) {
                names.add(line.contains("#") ? line.substring(0, line.indexOf('#')) : line);
            }
        }
        return names;
    }

    private Constructor<?> injectionConstructor(Class<?> c, List<String> problems) {
        Constructor<?>[] ctors = c.getConstructors();
        if (ctors.length == 1) {
            return ctors[0];
        }
        List<Constructor<?>> inject = new ArrayList<>();
        for (Constructor<?> k : ctors) {
            if (k.isAnnotationPresent(PluginJar.annotation("jakarta.inject.Inject"))) {
                inject.add(k);
            }
        }
        if (inject.size() != 1) {
            problems.add(c.getName() + ": " + ctors.length + " public constructors, " + inject.size() + " with @Inject");
            return null;
        }
        return inject.get(0);
    }

    /** Module classes the descriptor has the product instantiate. */
    private Set<String> moduleClasses(String product) {
        Set<String> classes = new TreeSet<>();
        for (Element module : PluginJar.children(jar.descriptor(), null)) {
            List<String> apps = PluginJar.restrictedTo(module);
            if (!apps.isEmpty() && !apps.contains(product)) {
                continue;
            }
            switch (module.getNodeName()) {
                case "rest":
                    for (Element pkg : PluginJar.children(module, "package")) {
                        String prefix = pkg.getTextContent().trim() + ".";
                        for (String name : jar.classNames()) {
                            if (name.startsWith(prefix) && jar.load(loader, name).isAnnotationPresent(PluginJar.annotation("jakarta.ws.rs.Path"))) {
                                classes.add(name);
                            }
                        }
                    }
                    break;
                case "ao":
                case "plugin-info":
                    break; // entities are not constructed by the container
                default:
                    if (!module.getAttribute("class").isEmpty()) {
                        classes.add(module.getAttribute("class"));
                    }
                    for (String child : new String[] {"context-provider", "condition"}) {
                        for (Element e : PluginJar.descendants(module, child)) {
                            classes.add(e.getAttribute("class"));
                        }
                    }
            }
        }
        return classes;
    }

    private void check(String product) {
        Set<String> componentNames = index("component", product);
        Set<String> importNames = index("imports", product);
        assertTrue("no components for " + product, !componentNames.isEmpty());
        List<String> problems = new ArrayList<>();

        List<Class<?>> components = new ArrayList<>();
        for (String name : componentNames) {
            if (!jar.hasClass(name)) {
                problems.add("component " + name + " is not in the jar");
            } else {
                components.add(jar.load(loader, name));
            }
        }
        List<Class<?>> imports = new ArrayList<>();
        for (String name : importNames) {
            if (jar.hasClass(name)) {
                problems.add("import " + name + " is the plugin's own class, not a host service");
            }
            Class<?> c = jar.load(loader, name);
            if (!c.isInterface()) {
                problems.add("import " + name + " is not an interface");
            }
            imports.add(c);
        }

        Set<Class<?>> usedImports = new LinkedHashSet<>();
        Set<String> constructed = new TreeSet<>(componentNames);
        Set<String> modules = moduleClasses(product);
        assertTrue("no module classes found for " + product, !modules.isEmpty());
        constructed.addAll(modules);
        for (String name : constructed) {
            if (!jar.hasClass(name)) {
                problems.add(name + " is not in the jar");
                continue;
            }
            Class<?> c = jar.load(loader, name);
            if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                problems.add(name + " cannot be instantiated");
                continue;
            }
            Constructor<?> ctor = injectionConstructor(c, problems);
            if (ctor == null) {
                continue;
            }
            for (Class<?> p : ctor.getParameterTypes()) {
                if (imports.contains(p)) {
                    usedImports.add(p);
                    continue;
                }
                List<String> candidates = new ArrayList<>();
                for (Class<?> k : components) {
                    if (p.isAssignableFrom(k)) {
                        candidates.add(k.getSimpleName());
                    }
                }
                if (candidates.size() != 1) {
                    problems.add(c.getSimpleName() + " needs " + p.getName() + ": "
                            + (candidates.isEmpty() ? "no component or import provides it" : "ambiguous " + candidates));
                }
            }
        }
        for (Class<?> i : imports) {
            if (!usedImports.contains(i)) {
                problems.add("import " + i.getName() + " is unused: no " + product + " component or module takes it");
            }
        }
        assertEquals("component index problems in " + product, List.of(), problems);
    }

    @Test
    public void wiresInJira() {
        check("jira");
    }

    @Test
    public void wiresInConfluence() {
        check("confluence");
    }

    @Test
    public void theHostCacheIsImportedInConfluenceOnly() {
        // The macro keeps each viewer's last good map in Confluence's Atlassian Cache; Jira needs no cache.
        assertTrue(index("imports", "confluence").contains("com.atlassian.cache.CacheManager"));
        assertTrue(!index("imports", "jira").contains("com.atlassian.cache.CacheManager"));
        assertTrue(index("component", "confluence").contains("com.empathyevidence.confluence.LastGoodMaps"));
    }

    @Test
    public void macroAndPanelAreModulesOfTheirProduct() {
        assertTrue(moduleClasses("jira").contains("com.empathyevidence.jira.EvidencePanelContextProvider"));
        assertTrue(moduleClasses("jira").contains("com.empathyevidence.rest.PersonaResource"));
        assertTrue(moduleClasses("confluence").contains("com.empathyevidence.confluence.EmpathyMapMacro"));
        assertTrue(!moduleClasses("confluence").contains("com.empathyevidence.jira.EvidencePanelContextProvider"));
    }

    @Test
    public void theMapActionsResourceIsAConfluenceModuleOnly() {
        // built from Confluence's components (the Jira client over the application link, the host cache, the renderer)
        assertTrue(moduleClasses("confluence").contains("com.empathyevidence.confluence.rest.MapActionsResource"));
        assertTrue(!moduleClasses("jira").contains("com.empathyevidence.confluence.rest.MapActionsResource"));
        assertTrue(!moduleClasses("confluence").contains("com.empathyevidence.rest.PersonaResource"));
    }

    @Test
    public void lifecycleAwareServicesAreExportedJiraComponentsThatImplementIt() throws Exception {
        List<String> exports = jar.lines(INDEX + "exports");
        assertTrue("the daily job is exported as a LifecycleAware service: " + exports,
                exports.contains("com.empathyevidence.jira.EvidenceSummaryJob#com.atlassian.sal.api.lifecycle.LifecycleAware"));
        Set<String> jiraComponents = index("component", "jira");
        ClassLoader loader = jar.classLoader();
        for (String line : exports) {
            String type = line.substring(0, line.indexOf('#'));
            assertTrue(type + " is exported but is not a component", jiraComponents.contains(type));
            Class<?> c = jar.load(loader, type);
            for (String iface : line.substring(line.indexOf('#') + 1).split(",")) {
                assertTrue(type + " does not implement " + iface, jar.load(loader, iface).isAssignableFrom(c));
            }
        }
    }
}
