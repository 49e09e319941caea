package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The velocity allow-list names real public methods, and covers every property and method the templates use.
 * Every entry has the one form public sources show ({@code package.Class#getter()}): a no-argument getter of a
 * top-level public class, so templates call nothing else. A static check; the workbench renders the templates for real.
 */
public class VelocityAllowlistIT {

    private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");
    /** $var.a.b or $!{var.a}: the variable, then dotted segments. */
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)+)");
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "int", int.class,
            "long", long.class, "double", double.class, "float", float.class, "short", short.class, "byte", byte.class,
            "char", char.class);

    private final PluginJar jar = PluginJar.get();

    private List<String> entries() {
        List<String> out = new ArrayList<>();
        for (Element list : PluginJar.children(jar.descriptor(), "velocity-allowlist")) {
            PluginJar.children(list, "method").forEach(m -> out.add(m.getTextContent().trim()));
        }
        assertTrue("no <velocity-allowlist> methods in the descriptor", !out.isEmpty());
        return out;
    }

    private Class<?> type(ClassLoader loader, String name) {
        if (PRIMITIVES.containsKey(name)) {
            return PRIMITIVES.get(name);
        }
        if (name.endsWith("[]")) {
            return java.lang.reflect.Array.newInstance(type(loader, name.substring(0, name.length() - 2)), 0).getClass();
        }
        return jar.load(loader, name);
    }

    @Test
    public void everyEntryNamesAPublicMethod() {
        ClassLoader loader = jar.classLoader();
        List<String> wrong = new ArrayList<>();
        for (String entry : entries()) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                wrong.add(entry + " (not class#method(types))");
                continue;
            }
            try {
                Class<?> owner = type(loader, m.group(1));
                List<Class<?>> params = new ArrayList<>();
                for (String p : m.group(3).split(",")) {
                    if (!p.isBlank()) {
                        params.add(type(loader, p.trim()));
                    }
                }
                Method method = owner.getMethod(m.group(2), params.toArray(new Class<?>[0]));
                if (!Modifier.isPublic(owner.getModifiers())) {
                    wrong.add(entry + " (class not public)");
                } else if (!Modifier.isPublic(method.getModifiers())) {
                    wrong.add(entry + " (method not public)");
                }
            } catch (NoSuchMethodException | AssertionError e) {
                wrong.add(entry + " (" + e.getMessage() + ")");
            }
        }
        assertEquals("allow-list entries that name no public method", List.of(), wrong);
    }

    /** package.Class#getX() or #isX(): no nested class ($), no parameters. */
    private static final Pattern PLAIN = Pattern.compile("[a-z]\\w*(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*#(?:get[A-Z]\\w*|is[A-Z]\\w*)\\(\\)");

    @Test
    public void everyEntryIsAPlainNoArgumentGetterOfATopLevelPublicClass() {
        ClassLoader loader = jar.classLoader();
        List<String> wrong = new ArrayList<>();
        for (String entry : entries()) {
            if (!PLAIN.matcher(entry).matches()) {
                wrong.add(entry + " (not package.Class#getter())");
                continue;
            }
            String className = entry.substring(0, entry.indexOf('#'));
            String methodName = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            try {
                Class<?> owner = jar.load(loader, className);
                Method method = owner.getMethod(methodName);
                if (owner.getEnclosingClass() != null || owner.isMemberClass() || owner.isLocalClass() || owner.isAnonymousClass()) {
                    wrong.add(entry + " (not a top-level class)");
                } else if (!Modifier.isPublic(owner.getModifiers())) {
                    wrong.add(entry + " (class not public)");
                } else if (method.getReturnType() == void.class || Modifier.isStatic(method.getModifiers())) {
                    wrong.add(entry + " (not an instance getter)");
                } else if (methodName.startsWith("is") && method.getReturnType() != boolean.class) {
                    wrong.add(entry + " (is... must return boolean)");
                }
            } catch (NoSuchMethodException | AssertionError e) {
                wrong.add(entry + " (" + e.getMessage() + ")");
            }
        }
        assertEquals("allow-list entries that are not a plain public no-argument getter", List.of(), wrong);
    }

    @Test
    public void templatesCallNoMethodOnlyGetters() {
        // $x.method(...) would need an allow-list entry with parameters; templates read properties only.
        Pattern call = Pattern.compile("\\$!?\\{?[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*\\(");
        Set<String> calls = new TreeSet<>();
        for (String template : I18nKeysIT.TEMPLATES) {
            String vm = jar.text(template).replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("(?m)##.*$", "");
            Matcher m = call.matcher(vm);
            while (m.find()) {
                calls.add(template + ": " + m.group());
            }
        }
        assertEquals("method calls in templates", new TreeSet<>(), calls);
    }

    @Test
    public void everyTemplateReferenceIsAllowListed() {
        Set<String> allowed = new HashSet<>();
        for (String entry : entries()) {
            Matcher m = ENTRY.matcher(entry);
            if (m.matches()) {
                allowed.add(m.group(2));
            }
        }
        Set<String> missing = new TreeSet<>();
        int references = 0;
        for (String template : I18nKeysIT.TEMPLATES) {
            String vm = jar.text(template).replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("(?m)##.*$", "");
            Matcher m = REFERENCE.matcher(vm);
            while (m.find()) {
                String[] segments = m.group(2).substring(1).split("\\.");
                boolean call = m.end() < vm.length() && vm.charAt(m.end()) == '(';
                for (int i = 0; i < segments.length; i++) {
                    references++;
                    String s = segments[i];
                    boolean ok;
                    if (call && i == segments.length - 1) {
                        ok = allowed.contains(s);
                    } else {
                        String cap = Character.toUpperCase(s.charAt(0)) + s.substring(1);
                        ok = allowed.contains("get" + cap) || allowed.contains("is" + cap);
                    }
                    if (!ok) {
                        missing.add(template + ": $" + m.group(1) + m.group(2) + (call ? "(" : ""));
                    }
                }
            }
        }
        assertTrue("expected references in the templates", references >= 20);
        assertEquals("template references with no velocity-allowlist entry (the host renders them as literal text)",
                new TreeSet<>(), missing);
    }
}
