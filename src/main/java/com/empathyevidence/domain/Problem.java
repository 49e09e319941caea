package com.empathyevidence.domain;

import java.io.Serializable;
import java.util.List;

/**
 * A failure to report to a person: what kind, an i18n key (with arguments) that says what went wrong and what to
 * do, and for invalid input the problem with each field. Nothing is changed when one is thrown.
 */
public class Problem extends RuntimeException {

    public enum Kind { NOT_SIGNED_IN, NOT_FOUND, FORBIDDEN, INVALID, CONFLICT }

    private final Kind kind;
    private final String messageKey;
    private final Serializable[] args;
    private final List<FieldError> fieldErrors;

    public Problem(Kind kind, String messageKey, Serializable... args) {
        this(kind, List.of(), messageKey, args);
    }

    private Problem(Kind kind, List<FieldError> fieldErrors, String messageKey, Serializable... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** Invalid input: one entry per field that is wrong, with its own message. */
    public static Problem invalid(List<FieldError> fieldErrors) {
        return new Problem(Kind.INVALID, fieldErrors, "empathy.error.invalid", fieldErrors.size());
    }

    public static Problem notFound(String messageKey, Serializable... args) {
        return new Problem(Kind.NOT_FOUND, messageKey, args);
    }

    public static Problem conflict(String messageKey, Serializable... args) {
        return new Problem(Kind.CONFLICT, messageKey, args);
    }

    /** A conflict with what is in the way, one entry each (e.g. what a non-empty instance already holds). */
    public static Problem conflict(List<FieldError> details, String messageKey, Serializable... args) {
        return new Problem(Kind.CONFLICT, details, messageKey, args);
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

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
