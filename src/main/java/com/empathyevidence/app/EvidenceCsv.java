package com.empathyevidence.app;

import com.empathyevidence.domain.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Evidence as rows of a CSV file: the columns, in the order export writes them (import accepts any order), and
 * the guard against spreadsheet formulas.
 *
 * <p>A spreadsheet runs a cell starting with {@code = + - @}, a tab or a CR as a formula. Export therefore puts an
 * apostrophe before such a value (and before a value that already starts with apostrophes followed by one of those),
 * and import takes exactly one apostrophe away again, so export and import still round-trip byte for byte.
 */
public final class EvidenceCsv {

    /**
     * The columns. They keep the short names people type in spreadsheets ({@code participant}, {@code persona},
     * {@code project}: the JSON API calls them participantAlias, personaKey, projectKey). {@code participantConsent}
     * (true or false) is needed on a row whose participant is new, and exported last so older files still line up.
     */
    public static final List<String> COLUMNS = List.of("text", "kind", "section", "sourceKind", "sourceTitle", "sourceLink",
            "sourceMomentSeconds", "participant", "participantSegment", "persona", "project", "observedOn", "tags", "participantConsent");

    /**
     * Columns only an import reads (export never writes them): {@code issue}, an issue key each row's piece is linked
     * to in the import's transaction, {@code relation}, how (ADDRESSES, SUPPORTS or CONTRADICTS; SUPPORTS when empty), and
     * {@code owner}, a Jira username owning the piece (issue 16; empty: whoever imports the file).
     */
    public static final List<String> IMPORT_ONLY = List.of("issue", "relation", "owner");

    /** Every column an import accepts: {@link #COLUMNS}, then {@link #IMPORT_ONLY}. */
    public static final List<String> IMPORT_COLUMNS = List.of("text", "kind", "section", "sourceKind", "sourceTitle", "sourceLink",
            "sourceMomentSeconds", "participant", "participantSegment", "persona", "project", "observedOn", "tags", "participantConsent",
            "issue", "relation", "owner");

    /** Columns an import must have: everything else may be left out. */
    public static final List<String> REQUIRED = List.of("text", "section", "sourceKind", "project", "observedOn");

    /** Tags are separated by semicolons in one column. */
    public static final String TAG_SEPARATOR = ";";

    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");
    private static final Pattern GUARDED = Pattern.compile("^'+[=+\\-@\t\r]");

    private EvidenceCsv() {
    }

    /** The file: a header row, then one row per piece of evidence. */
    public static String format(List<Evidence> evidence) {
        return format(evidence, false);
    }

    /** {@link #format(List)} with two more columns at the end: {@code status} and {@code retiredReason}. */
    public static String formatWithStatus(List<Evidence> evidence) {
        return format(evidence, true);
    }

    private static String format(List<Evidence> evidence, boolean withStatus) {
        List<List<String>> records = new ArrayList<>(evidence.size() + 1);
        List<String> header = new ArrayList<>(COLUMNS);
        if (withStatus) {
            header.add("status");
            header.add("retiredReason");
        }
        records.add(header);
        for (Evidence e : evidence) {
            List<String> row = new ArrayList<>(COLUMNS.size());
            row.add(e.text());
            row.add(e.kind().name());
            row.add(e.section().name());
            row.add(e.source().kind().name());
            row.add(e.source().title());
            row.add(e.source().link());
            row.add(e.source().momentSeconds() == null ? "" : String.valueOf(e.source().momentSeconds()));
            row.add(e.participant() == null ? "" : e.participant().alias());
            row.add(e.participant() == null ? "" : e.participant().segment());
            row.add(e.personaKey());
            row.add(e.projectKey());
            row.add(e.observedOn().toString());
            row.add(String.join(TAG_SEPARATOR, e.tags()));
            row.add(e.participant() == null ? "" : String.valueOf(e.participant().consent()));
            if (withStatus) {
                row.add(e.status().name());
                row.add(e.retiredReason() == null ? "" : e.retiredReason());
            }
            List<String> guarded = new ArrayList<>(row.size());
            row.forEach(v -> guarded.add(guard(v)));
            records.add(guarded);
        }
        return Csv.format(records);
    }

    static String guard(String value) {
        return value != null && FORMULA.matcher(value).find() ? "'" + value : value;
    }

    static String unguard(String value) {
        return value != null && GUARDED.matcher(value).find() ? value.substring(1) : value;
    }
}
