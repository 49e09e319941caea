package com.empathyevidence.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port for the weekly digest's state (issue 16): which week was claimed, the messages of a claimed week until they
 * are handed to the host's mail queue, and who switched the digest off. Its own AO implementation
 * ({@code storage/AoDigestStore}).
 */
public interface DigestStore {

    /** One message of a week, for one recipient. */
    record Message(long id, String week, String recipient, String to, String subject, String body) {
    }

    /** True when the week was claimed already (on this node or another). */
    boolean claimed(String week);

    /**
     * Claims the week and stores its messages as pending, in one transaction: true for the one caller that claimed it,
     * false (nothing stored) when it was claimed already, whoever tried first.
     */
    boolean claim(String week, List<Message> messages);

    /** The messages claimed and not yet handed to the mail queue, oldest first. */
    List<Message> pending();

    /**
     * Hands a pending message over exactly once: in one transaction, records its recipient as sent for its week (unique
     * across the cluster), marks it sent and runs {@code queue} (the mail queue's hand-over). False when it was sent
     * already (another run, on this node or another, got there first). When {@code queue} throws, or the node dies
     * before the transaction commits, nothing is recorded: the message stays pending and the next run sends it.
     */
    boolean sendOnce(Message message, Instant at, Runnable queue);

    /** The latest week claimed, if any. */
    Optional<String> lastWeek();

    /** True when the user switched the digest off. */
    boolean optedOut(String userKey);

    void setOptedOut(String userKey, boolean optedOut);
}
