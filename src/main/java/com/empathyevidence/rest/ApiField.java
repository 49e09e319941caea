package com.empathyevidence.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the OpenAPI document says of one field of a request or response body, beyond its Java type: what a client
 * generator needs (enums, required, formats, limits from {@code domain/Limits}, read-only, an example). Read only by
 * the build-time generator; the server checks every one of these rules itself, with messages naming the field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ApiField {

    /** The enum whose constant names are the allowed values (of the field, or of each item of a list). */
    Class<? extends Enum<?>> enumOf() default NoEnum.class;

    /** Allowed values when no enum class says them. */
    String[] allowed() default {};

    boolean required() default false;

    /** date, date-time or uri. */
    String format() default "";

    /** Characters at most (of each item of a list of strings); -1 when unlimited. */
    int maxLength() default -1;

    /** Items at most of a list; -1 when unlimited. */
    int maxItems() default -1;

    long minimum() default Long.MIN_VALUE;

    long maximum() default Long.MAX_VALUE;

    String pattern() default "";

    /** Only in answers: sent back, it is ignored. */
    boolean readOnly() default false;

    /** Still read in this release; use the field the description names. */
    boolean deprecated() default false;

    /** An example value, as JSON text for numbers and booleans ("12", "true"), plain for strings. */
    String example() default "";

    /** The default of {@link #enumOf()}: no enum. */
    enum NoEnum { }
}
