package com.empathyevidence.app;

import java.io.Serializable;

/** A failure to report to a person: what kind, and an i18n key (with arguments) that says what to do. */
public class Problem extends RuntimeException {

    public enum Kind { NOT_SIGNED_IN, NOT_FOUND, FORBIDDEN, INVALID, CONFLICT }

    private final Kind kind;
    private final String messageKey;
    private final Serializable[] args;

    public Problem(Kind kind, String messageKey, Serializable... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Serializable[] args() {
        return args.clone();
    }
}
