package com.empathyevidence.app;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The port to what the digest needs of the host (issue 16): a user's address, running as a user (so that every
 * permission check of the app applies as them), the mail facility and the base URL for links.
 */
public interface DigestHost {

    /** Someone mail can be sent to. */
    record Recipient(String userKey, String displayName, String email) {
    }

    /** The active user with this key and an address; empty otherwise (deleted, deactivated, no address). */
    Optional<Recipient> recipient(String userKey);

    /** Runs {@code work} as that user, then as whoever ran before. */
    <T> T runAs(String userKey, Supplier<T> work);

    /** Hands one plain-text message to the host's mail queue; throws when the host refuses it. */
    void send(String to, String subject, String body);

    /** The host's base URL, without a trailing slash (for links in the message). */
    String baseUrl();
}
