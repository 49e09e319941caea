package com.empathyevidence.domain;

import java.io.Serializable;
import java.util.Arrays;

/** What is wrong with one field: the field's name as the API spells it, an i18n key and its arguments. */
public record FieldError(String field, String messageKey, Serializable... args) {

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldError f && f.field.equals(field) && f.messageKey.equals(messageKey) && Arrays.equals(f.args, args);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + messageKey.hashCode();
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(args);
    }
}
