package com.empathyevidence.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * Test doubles that implement a port with only the methods a benchmark needs: each call goes to the method of the
 * same name and parameter types on {@code target} (which does not implement the port), anything else throws. New
 * methods on the ports therefore never break the benchmarks' build.
 */
final class Doubles {

    private Doubles() {
    }

    static <T> T of(Class<T> port, Object target) {
        Map<Method, Method> routes = new HashMap<>();
        for (Method m : port.getMethods()) {
            try {
                Method impl = target.getClass().getDeclaredMethod(m.getName(), m.getParameterTypes());
                impl.setAccessible(true);
                routes.put(m, impl);
            } catch (NoSuchMethodException notNeeded) {
                // left out: throws when called
            }
        }
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, method, args) -> {
            Method impl = routes.get(method);
            if (impl != null) {
                try {
                    return impl.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
            return switch (method.getName()) {
                case "toString" -> port.getSimpleName() + " double over " + target.getClass().getSimpleName();
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName() + " is not part of this benchmark");
            };
        });
        return port.cast(proxy);
    }
}
