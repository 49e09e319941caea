package com.empathyevidence.app;

import java.util.Optional;

/** The port through which the app asks the host about its users: who a username is. */
public interface UserDirectory {

    /** The user's full name, when a user with this username exists; empty otherwise. */
    Optional<String> fullName(String username);
}
