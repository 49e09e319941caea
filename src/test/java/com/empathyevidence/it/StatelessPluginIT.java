package com.empathyevidence.it;

import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * Data Center: the plugin keeps no state between requests outside the host's cache, so every node of a cluster answers
 * alike. Proven over the built jar's classes (by reflection, as loaded from the jar):
 * <ul>
 *   <li>no static field that is not final, and no static final field holding something mutable (a collection or map
 *       that is not unmodifiable, an array, an atomic, a thread-local);</li>
 *   <li>a component (every class in the component index, every REST resource) has only final instance fields, each a
 *       reference to another component, a host service or an immutable value, never a collection, map, array or atomic.</li>
 * </ul>
 * Allowed exceptions are listed in {@link #ALLOWED}, each with why it holds no data between requests.
 */
public class StatelessPluginIT {

    private static final String INDEX = "META-INF/plugin-components/";

    /** class#field: why it is no state between requests. Keep short; every entry must still exist. */
    private static final Map<String, String> ALLOWED = Map.of(
            "com.empathyevidence.view.ClientTexts#KEYS", "package-private constant list of i18n keys, only read (iterated) by ClientTexts",
            "com.empathyevidence.view.ClientTexts#MAP_KEYS", "package-private constant list of i18n keys, only read (iterated) by ClientTexts",
            "com.empathyevidence.view.ClientTexts#SHARED_KEYS", "package-private constant list of i18n keys, only read (iterated) by ClientTexts",
            "com.empathyevidence.confluence.JiraMapClient#json", "a Jackson ObjectMapper made with the component and never reconfigured: thread-safe, holds no data",
            "com.empathyevidence.confluence.rest.MapActionsResource#json", "a Jackson ObjectMapper made with the component and never reconfigured: thread-safe, holds no data");

    /** Only the plugin's own classes: the bundled libraries (Jackson) keep their own constant tables, which are no app data. */
    private static final String OWN = "com.empathyevidence.";

    private final PluginJar jar = PluginJar.get();
    private final ClassLoader loader = jar.classLoader();

    private static boolean mutableType(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type.getName().startsWith("java.util.concurrent.atomic.") || ThreadLocal.class.isAssignableFrom(type)
                || StringBuilder.class.isAssignableFrom(type);
    }

    private static boolean unmodifiable(Object value) {
        if (value == null) {
            return true;
        }
        String name = value.getClass().getName();
        return name.startsWith("java.util.ImmutableCollections$") || name.startsWith("java.util.Collections$Unmodifiable")
                || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton")
                || name.startsWith("java.util.KeyValueHolder");
    }

    private Set<String> components() {
        Set<String> names = new LinkedHashSet<>();
        for (String file : new String[] {"component", "component-jira", "component-confluence"}) {
            for (String line : jar.lines(INDEX + file)) {
                names.add(line.contains("#") ? line.substring(0, line.indexOf('#')) : line);
            }
        }
        Class<? extends java.lang.annotation.Annotation> path = PluginJar.annotation("jakarta.ws.rs.Path");
        for (String name : jar.classNames()) {
            if (!name.contains("$") && jar.load(loader, name).isAnnotationPresent(path)) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    public void noClassHoldsMutableStaticState() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (String name : jar.classNames()) {
            if (!name.startsWith(OWN)) {
                continue;
            }
            Class<?> c = jar.load(loader, name);
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue; // synthetic: enum $VALUES, switch maps, $assertionsDisabled: the compiler's, never written again
                }
                String id = name + "#" + f.getName();
                if (ALLOWED.containsKey(id)) {
                    used.add(id);
                    continue;
                }
                if (!Modifier.isFinal(f.getModifiers())) {
                    problems.add(id + " is static and not final");
                } else if (mutableType(f.getType())) {
                    f.setAccessible(true);
                    Object value = f.getType().isArray() ? new Object() : f.get(null); // reading it initialises the class
                    if (f.getType().isArray() ? java.lang.reflect.Array.getLength(f.get(null)) > 0 : !unmodifiable(value)) {
                        problems.add(id + " holds a mutable " + (f.getType().isArray() ? "array" : value.getClass().getName()));
                    }
                }
            }
        }
        assertTrue("static state in the plugin (every node would keep its own):\n" + String.join("\n", problems), problems.isEmpty());
        assertAllowListUsed(used, "static");
    }

    @Test
    public void componentsHoldOnlyFinalReferencesToOtherComponentsAndHostServices() {
        List<String> problems = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Set<String> components = components();
        assertTrue("the component index lists the app's services", components.size() > 10);
        for (String name : components) {
            Class<?> c = jar.load(loader, name);
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                        continue;
                    }
                    String id = k.getName() + "#" + f.getName();
                    if (ALLOWED.containsKey(id)) {
                        used.add(id);
                        continue;
                    }
                    Class<?> type = f.getType();
                    if (!Modifier.isFinal(f.getModifiers())) {
                        problems.add(id + " is not final");
                    } else if (mutableType(type)) {
                        problems.add(id + " holds a " + type.getName() + " (data kept in a component)");
                    } else if (!reference(type, components)) {
                        problems.add(id + " is a " + type.getName() + ", neither a component, a host service nor an immutable value");
                    }
                }
            }
        }
        assertTrue("components keep state between requests:\n" + String.join("\n", problems), problems.isEmpty());
        assertAllowListUsed(used, "component");
    }

    /** A field type a stateless component may hold: another component or a port it implements, a host API, an immutable value. */
    private boolean reference(Class<?> type, Set<String> components) {
        if (type.isPrimitive() || type == String.class || type.isEnum() || type.isRecord() || type.isInterface()) {
            return true; // an interface: a port or a host service, satisfied by a component
        }
        String name = type.getName();
        if (components.contains(name) || name.startsWith("com.atlassian.") || name.startsWith("java.time.")) {
            return true;
        }
        return false;
    }

    private void assertAllowListUsed(Set<String> used, String kind) {
        for (String id : ALLOWED.keySet()) {
            boolean isStaticEntry = false;
            try {
                Class<?> c = jar.load(loader, id.substring(0, id.indexOf('#')));
                isStaticEntry = Modifier.isStatic(c.getDeclaredField(id.substring(id.indexOf('#') + 1)).getModifiers());
            } catch (NoSuchFieldException | AssertionError e) {
                throw new AssertionError("allow-list entry " + id + " names no field of the jar: remove it");
            }
            if (isStaticEntry == "static".equals(kind)) {
                assertTrue("allow-list entry " + id + " is not needed any more: remove it", used.contains(id));
            }
        }
    }
}
