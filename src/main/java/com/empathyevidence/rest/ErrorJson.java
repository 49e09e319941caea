package com.empathyevidence.rest;

import java.util.ArrayList;
import java.util.List;

/** The one error body every resource returns: status, a message for a person, and field errors. */
public class ErrorJson {
    public int status;
    public String message;
    public List<FieldError> fieldErrors = new ArrayList<>();

    /**
     * A problem with one field of the request. For a CSV import, {@code field} is the column (the same names as the
     * evidence fields), {@code row} the row of the file (the header is row 1) and {@code line} the line it starts on;
     * both are absent otherwise.
     */
    public static class FieldError {
        public String field;
        public String message;
        public Integer row;
        public Integer line;
    }

    public static ErrorJson of(int status, String message) {
        ErrorJson json = new ErrorJson();
        json.status = status;
        json.message = message;
        return json;
    }
}
