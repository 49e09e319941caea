package com.empathyevidence.domain;

import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Collects every field error of one request, so a person can fix them all at once. Throws nothing until {@link #check()}. */
public final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    public Validator error(String field, String key, Serializable... args) {
        errors.add(new FieldError(field, key, args));
        return this;
    }

    public boolean ok(String field) {
        return errors.stream().noneMatch(e -> e.field().equals(field));
    }

    /** Required, not blank, at most {@code max} characters. */
    public Validator text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return error(field, "empathy.validation.required");
        }
        return optionalText(field, value, max);
    }

    /** At most {@code max} code points (an emoji counts as one), with no broken character; null is fine. */
    public Validator optionalText(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        int broken = loneSurrogate(value);
        if (broken >= 0) {
            return error(field, "empathy.validation.brokenCharacter", broken + 1);
        }
        if (codePoints(value) > max) {
            error(field, "empathy.validation.tooLong", max, codePoints(value));
        }
        return this;
    }

    /** Length as the limits count it: in Unicode code points, so an emoji counts as one character. */
    public static int codePoints(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * The position (in code points, from 0) of the first half of a surrogate pair that has no other half, or -1.
     * Such a value is not Unicode text: databases would store a "?" in its place, so it is refused instead.
     */
    public static int loneSurrogate(String value) {
        int position = 0;
        for (int i = 0; i < value.length(); position++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i += 2;
            } else if (Character.isSurrogate(c)) {
                return position;
            } else {
                i++;
            }
        }
        return -1;
    }

    public Validator pattern(String field, String value, Pattern pattern, int max, String exampleKey) {
        if (value == null || value.isBlank()) {
            return error(field, "empathy.validation.required");
        }
        if (loneSurrogate(value) >= 0) {
            return error(field, "empathy.validation.brokenCharacter", loneSurrogate(value) + 1);
        }
        if (codePoints(value) > max) {
            return error(field, "empathy.validation.tooLong", max, codePoints(value));
        }
        if (!pattern.matcher(value).matches()) {
            error(field, exampleKey);
        }
        return this;
    }

    /**
     * An http or https address with a host, or nothing. Spaces and other characters a web address cannot contain are
     * encoded first ({@link WebLinks#encode}), so a pasted SharePoint path is accepted; what is still refused is
     * refused saying why.
     */
    public Validator link(String field, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        if (loneSurrogate(value) >= 0) {
            return error(field, "empathy.validation.brokenCharacter", loneSurrogate(value) + 1);
        }
        String link = WebLinks.encode(value.strip());
        if (codePoints(link) > Limits.LINK_MAX) {
            return error(field, "empathy.validation.tooLong", Limits.LINK_MAX, codePoints(link));
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.isEmpty()) {
                error(field, "empathy.validation.link");
            } else if (!(scheme.equals("http") || scheme.equals("https"))) {
                error(field, "empathy.validation.linkScheme", scheme);
            } else if (uri.getHost() == null) {
                error(field, "empathy.validation.linkHost", scheme);
            }
        } catch (java.net.URISyntaxException e) {
            int at = Math.max(0, e.getIndex());
            String character = at < link.length() ? link.substring(at, link.offsetByCodePoints(at, 1)) : "";
            error(field, "empathy.validation.linkUnreadable", at + 1, character);
        }
        return this;
    }

    public Validator observedOn(String field, LocalDate value, LocalDate today) {
        if (value == null) {
            return error(field, "empathy.validation.date");
        }
        if (value.isAfter(today)) {
            return error(field, "empathy.validation.futureDate", today.toString());
        }
        if (value.isBefore(Limits.EARLIEST_OBSERVATION)) {
            error(field, "empathy.validation.dateTooEarly", Limits.EARLIEST_OBSERVATION.toString());
        }
        return this;
    }

    /** A date given as text (ISO, {@code 2026-11-30}): null when left empty; a wrong one is named on {@code field}. */
    public java.time.LocalDate optionalDate(String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            error(field, "empathy.validation.date");
            return null;
        }
    }

    /** A filter or field as given: trimmed, and null when empty or only spaces. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Validator range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            error(field, "empathy.validation.range", min, max);
        }
        return this;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a {@link Problem} listing every field error, if there is any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
