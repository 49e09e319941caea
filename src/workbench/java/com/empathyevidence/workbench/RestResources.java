package com.empathyevidence.workbench;

import java.io.File;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import jakarta.ws.rs.Path;

/**
 * Finds the JAX-RS resources and providers in the rest module's package, as the hosts' REST module scans it. Public
 * for the security suite, which lists the Confluence module's operations from its resource classes.
 */
public final class RestResources {

    private RestResources() {
    }

    public static List<Class<?>> find(String pkg) throws Exception {
        String dir = pkg.replace('.', '/');
        List<String> names = new ArrayList<>();
        Enumeration<URL> urls = RestResources.class.getClassLoader().getResources(dir);
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            if ("jar".equals(url.getProtocol())) {
                JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(dir + "/") && name.endsWith(".class") && name.indexOf('/', dir.length() + 1) < 0) {
                        names.add(name.substring(0, name.length() - 6).replace('/', '.'));
                    }
                }
            } else {
                File[] files = new File(url.toURI()).listFiles();
                if (files != null) {
                    for (File f : files) {
                        if (f.getName().endsWith(".class")) {
                            names.add(pkg + "." + f.getName().substring(0, f.getName().length() - 6));
                        }
                    }
                }
            }
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            if (name.contains("$")) {
                continue;
            }
            Class<?> type = Class.forName(name);
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
                resources.add(type);
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("No REST resources found in package " + pkg);
        }
        return resources;
    }
}
