package com.empathyevidence.workbench.host;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity method allow-list, as Jira 10 and Confluence 9 enforce it: a template may call a method only when it is
 * listed as {@code declaring.Class#method(param.Types)} in a {@code velocity-allowlist} module, or belongs to the
 * small set of JDK value methods the hosts allow globally.
 */
public class AllowlistUberspector extends UberspectImpl {

    private static volatile Set<String> allowlist = Set.of();

    static void configure(Set<String> entries) {
        allowlist = Set.copyOf(entries);
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method != null && obj != null) {
            Method resolved = introspector.getMethod(obj.getClass(), methodName, args);
            check(obj, resolved, info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (getter != null && obj != null && !(obj instanceof Map)) {
            Method resolved = findNoArg(obj.getClass(), getter.getMethodName());
            check(obj, resolved, info);
        }
        return getter;
    }

    private static Method findNoArg(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static void check(Object obj, Method method, Info info) {
        if (method == null || globallyAllowed(method)) {
            return;
        }
        String signature = signature(method);
        for (Class<?> type : hierarchy(obj.getClass())) {
            if (allowlist.contains(type.getName() + "#" + signature)) {
                return;
            }
        }
        throw new SecurityException("Velocity call not on the allow-list: " + obj.getClass().getName() + "#" + signature
                + " at " + info.getTemplateName() + " line " + info.getLine());
    }

    private static boolean globallyAllowed(Method method) {
        Class<?> declaring = method.getDeclaringClass();
        return declaring == String.class || Number.class.isAssignableFrom(declaring) || declaring == Boolean.class
                || (java.util.Collection.class.isAssignableFrom(declaring) && Set.of("size", "isEmpty").contains(method.getName()))
                || (Map.class.isAssignableFrom(declaring) && method.getName().equals("get"));
    }

    private static String signature(Method method) {
        StringBuilder s = new StringBuilder(method.getName()).append('(');
        Class<?>[] params = method.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            s.append(i == 0 ? "" : ",").append(params[i].getName());
        }
        return s.append(')').toString();
    }

    private static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (c == null || !seen.add(c)) {
                continue;
            }
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(java.util.List.of(c.getInterfaces()));
        }
        return seen;
    }
}
