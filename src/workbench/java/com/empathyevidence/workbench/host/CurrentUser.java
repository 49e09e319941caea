package com.empathyevidence.workbench.host;

import java.util.Optional;

/** Who the current request runs as, set by the workbench's authentication filter (the hosts' auth context). */
public final class CurrentUser {

    private static final ThreadLocal<Directory.User> CURRENT = new ThreadLocal<>();

    private CurrentUser() {
    }

    public static Optional<Directory.User> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(Directory.User user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }
}
