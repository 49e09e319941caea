package com.empathyevidence.app;

import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * The library's filters as typed (the query parameters of {@code GET /library} and of the library page, the names
 * of {@code GET /evidence}), read into a query: every problem is a field error naming the parameter.
 */
public record LibraryFilters(String q, String persona, String section, String sourceKind, String freshness, String project,
                             String participant, String observedFrom, String observedTo, String status, String sort,
                             String start, String limit, String kind) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    /** The filters from request parameters, by name. */
    public static LibraryFilters from(Function<String, String> parameter) {
        return new LibraryFilters(parameter.apply("q"), parameter.apply("persona"), parameter.apply("section"),
                parameter.apply("sourceKind"), parameter.apply("freshness"), parameter.apply("project"), parameter.apply("participant"),
                parameter.apply("observedFrom"), parameter.apply("observedTo"), parameter.apply("status"), parameter.apply("sort"),
                parameter.apply("start"), parameter.apply("limit"), parameter.apply("kind"));
    }

    /** The query and freshness these filters ask for, with the errors in {@code v}. */
    public Parsed parse(Validator v) {
        Section s = null;
        if (blank(section) != null) {
            s = Section.parse(section).orElse(null);
            if (s == null) {
                v.error("section", "empathy.validation.section");
            }
        }
        SourceKind k = null;
        if (blank(sourceKind) != null) {
            k = SourceKind.parse(sourceKind).orElse(null);
            if (k == null) {
                v.error("sourceKind", "empathy.validation.sourceKind");
            }
        }
        com.empathyevidence.domain.EvidenceKind only = null;
        if (blank(kind) != null) {
            try {
                only = com.empathyevidence.domain.EvidenceKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.error("kind", "empathy.validation.kind");
            }
        }
        Freshness f = null;
        if (blank(freshness) != null) {
            try {
                f = Freshness.valueOf(freshness.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.error("freshness", "empathy.validation.freshness");
            }
        }
        EvidenceStatus st = EvidenceStatus.ACTIVE;
        if (blank(status) != null) {
            if ("ALL".equalsIgnoreCase(status.trim())) {
                st = null;
            } else {
                try {
                    st = EvidenceStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    v.error("status", "empathy.validation.status");
                }
            }
        }
        LocalDate from = date(v, "observedFrom", observedFrom);
        LocalDate to = date(v, "observedTo", observedTo);
        EvidenceQuery.Sort order = switch (blank(sort) == null ? "observed-desc" : sort.trim().toLowerCase(Locale.ROOT)) {
            case "observed-desc" -> EvidenceQuery.Sort.OBSERVED_DESC;
            case "observed-asc" -> EvidenceQuery.Sort.OBSERVED_ASC;
            case "created-desc" -> EvidenceQuery.Sort.CREATED_DESC;
            case "created-asc" -> EvidenceQuery.Sort.CREATED_ASC;
            default -> {
                v.error("sort", "empathy.validation.sort");
                yield EvidenceQuery.Sort.OBSERVED_DESC;
            }
        };
        int offset = number(v, "start", start, 0, 0, Integer.MAX_VALUE);
        int size = number(v, "limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return new Parsed(new EvidenceQuery(blank(q), blank(persona), s, k, blank(project), blank(participant), from, to, st, order,
                offset, size).ofKind(only), f);
    }

    /** A query and the freshness asked for (null: any). */
    public record Parsed(EvidenceQuery query, Freshness freshness) {
    }

    private static int number(Validator v, String field, String value, int fallback, int min, int max) {
        if (blank(value) == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        v.error(field, "empathy.validation.range", min, max);
        return fallback;
    }

    private static LocalDate date(Validator v, String field, String value) {
        return v.optionalDate(field, value);
    }

    static String blank(String s) {
        return Validator.blankToNull(s);
    }
}
