package com.empathyevidence.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method answers, for the OpenAPI document generated from the resources at build time (the
 * methods return {@code Response}, so their signatures do not say). The access annotation, the path, the parameters
 * and the request body are read from the method itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiDoc {

    /** The status of a success. */
    int status() default 200;

    /** The body of a success; {@code Void.class} when there is none. */
    Class<?> body() default Void.class;

    /** True when the body is a JSON array of {@link #body()}. */
    boolean list() default false;

    /**
     * The error statuses this method can answer with, beyond those every method shares: 401 (anonymous), 403 for
     * admin-only methods, and 400 and 415 for methods that take a JSON body.
     */
    int[] errors() default {};

    /**
     * When the method can also answer {@code application/x-ndjson} (a stream of JSON lines as the work proceeds):
     * the type of each line; {@code Void.class} when it cannot.
     */
    Class<?> stream() default Void.class;

    /** A download: the success body is a file of this media type (e.g. {@code application/zip}) instead of JSON; "" for JSON. */
    String file() default "";

    /**
     * An upload: the request body is a file of this media type instead of JSON, with the XSRF header the hosts check
     * ({@link JsonWrites}, the one exception to JSON-only writes); "" when the body is JSON or there is none.
     */
    String upload() default "";
}
