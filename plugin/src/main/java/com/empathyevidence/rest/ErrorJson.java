package com.empathyevidence.rest;

import java.util.ArrayList;
import java.util.List;

/** The one error body every resource returns: status, a message for a person, and field errors. */
public class ErrorJson {
    public int status;
    public String message;
    public List<FieldError> fieldErrors = new ArrayList<>();

    /** A problem with one field of the request. */
    public static class FieldError {
        public String field;
        public String message;
    }

    public static ErrorJson of(int status, String message) {
        ErrorJson json = new ErrorJson();
        json.status = status;
        json.message = message;
        return json;
    }
}
