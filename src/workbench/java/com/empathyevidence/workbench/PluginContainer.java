package com.empathyevidence.workbench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * The plugin's components for one product, wired the way the hosts' Spring Scanner runtime wires them: the classes
 * in {@code META-INF/plugin-components/component[-product]}, constructor-injected with each other and with the host
 * services named in {@code imports[-product]}. A host service that is not imported is not available — as in OSGi.
 */
public final class PluginContainer {

    private final String product;
    private final Map<Class<?>, Object> imports = new LinkedHashMap<>();
    private final List<Class<?>> componentClasses = new ArrayList<>();
    private final Map<Class<?>, Object> components = new HashMap<>();

    public PluginContainer(String product, Map<Class<?>, Object> hostServices) {
        this(product, hostServices, Map.of());
    }

    /**
     * With {@code hostClock}: instances of plugin components the host stands in for, by class. The workbench uses it
     * for one port only, {@code app/Today} (the server's clock), so tests can move "today" as a change of the server's
     * date would ({@code POST /workbench/clock}); each stand-in must be a subclass of the component it replaces.
     */
    public PluginContainer(String product, Map<Class<?>, Object> hostServices, Map<Class<?>, Object> hostClock) {
        this.product = product;
        for (Map.Entry<Class<?>, Object> standIn : hostClock.entrySet()) {
            if (!standIn.getKey().isInstance(standIn.getValue())) {
                throw new IllegalArgumentException(standIn.getValue() + " is not a " + standIn.getKey().getName());
            }
            components.put(standIn.getKey(), standIn.getValue());
        }
        ClassLoader loader = getClass().getClassLoader();
        for (String line : readIndex("imports")) {
            Class<?> type = load(loader, line);
            Object service = hostServices.get(type);
            if (service == null) {
                throw new IllegalStateException("The plugin imports " + type.getName() + " but the " + product
                        + " host offers no such service");
            }
            imports.put(type, service);
        }
        for (String line : readIndex("component")) {
            componentClasses.add(load(loader, line));
        }
        for (Class<?> type : componentClasses) {
            component(type);
        }
    }

    public String product() {
        return product;
    }

    /**
     * As SAL does when the plugin is enabled: {@code onStart()} on every component the index exports as a
     * {@code LifecycleAware} service ({@code META-INF/plugin-components/exports}).
     */
    public void start() {
        for (Object c : lifecycleAware()) {
            ((com.atlassian.sal.api.lifecycle.LifecycleAware) c).onStart();
        }
    }

    /** As SAL does when the plugin is disabled or the host stops. */
    public void stop() {
        for (Object c : lifecycleAware()) {
            ((com.atlassian.sal.api.lifecycle.LifecycleAware) c).onStop();
        }
    }

    private List<Object> lifecycleAware() {
        List<Object> found = new ArrayList<>();
        ClassLoader loader = getClass().getClassLoader();
        for (String line : readIndex("exports")) {
            int hash = line.indexOf('#');
            if (hash > 0 && java.util.Arrays.asList(line.substring(hash + 1).split(",")).contains(
                    com.atlassian.sal.api.lifecycle.LifecycleAware.class.getName())) {
                Class<?> type = load(loader, line);
                if (!componentClasses.contains(type)) {
                    throw new IllegalStateException(type.getName() + " is exported but is not a " + product + " component");
                }
                found.add(component(type));
            }
        }
        return found;
    }

    /** A component, or any class the host builds with the plugin's components (modules, REST resources). */
    @SuppressWarnings("unchecked")
    public synchronized <T> T instantiate(Class<T> type) {
        return (T) build(type);
    }

    @SuppressWarnings("unchecked")
    public synchronized <T> T component(Class<T> type) {
        Object existing = components.get(type);
        if (existing != null) {
            return (T) existing;
        }
        Object built = build(type);
        components.put(type, built);
        return (T) built;
    }

    private Object build(Class<?> type) {
        Constructor<?> constructor = injectableConstructor(type);
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = resolve(parameters[i], type);
        }
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private Object resolve(Class<?> wanted, Class<?> forType) {
        Object imported = imports.get(wanted);
        if (imported != null) {
            return imported;
        }
        for (Class<?> candidate : componentClasses) {
            if (wanted.isAssignableFrom(candidate)) {
                return component(candidate);
            }
        }
        throw new IllegalStateException(forType.getName() + " needs a " + wanted.getName()
                + " but it is neither a " + product + " component nor an import of the plugin");
    }

    private static Constructor<?> injectableConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        for (Constructor<?> c : constructors) {
            if (c.isAnnotationPresent(Inject.class)) {
                return c;
            }
        }
        if (constructors.length == 1) {
            return constructors[0];
        }
        throw new IllegalStateException(type.getName() + " has no single public or @Inject constructor");
    }

    private List<String> readIndex(String stem) {
        List<String> lines = new ArrayList<>();
        lines.addAll(readResource("META-INF/plugin-components/" + stem));
        lines.addAll(readResource("META-INF/plugin-components/" + stem + "-" + product));
        return lines;
    }

    private static List<String> readResource(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = PluginContainer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line.trim());
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
        return lines;
    }

    private static Class<?> load(ClassLoader loader, String line) {
        String name = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The component index names " + name + " but there is no such class", e);
        }
    }
}
