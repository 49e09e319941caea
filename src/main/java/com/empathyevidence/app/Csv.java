package com.empathyevidence.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them. Writing: records end with CRLF; a value is enclosed in double
 * quotes when it holds a comma, a double quote (doubled), a CR or an LF. Reading: accepts CRLF, LF or CR between
 * records, a byte-order mark at the start, and a missing line break at the end; inside quotes every character is
 * kept exactly as it is (line breaks too), so what {@link #format} writes, {@link #parse} reads back unchanged.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * One record of a file.
     *
     * @param row  its number among the records, the header being row 1 (as a spreadsheet numbers it)
     * @param line the line of the file it starts on (a quoted value may span lines)
     */
    public record Record(int row, int line, List<String> values) {
        public Record {
            values = List.copyOf(values);
        }
    }

    /** The file cannot be read from here on; {@code messageKey} says why, for a person. */
    public static final class Malformed extends RuntimeException {
        private final int row;
        private final int line;
        private final String messageKey;

        Malformed(int row, int line, String messageKey) {
            super(messageKey + " at row " + row + ", line " + line);
            this.row = row;
            this.line = line;
            this.messageKey = messageKey;
        }

        public int row() {
            return row;
        }

        public int line() {
            return line;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Reads every record; blank lines between records are skipped. */
    public static List<Record> parse(String text) {
        return parse(text, 0, (read, total) -> {
        });
    }

    /**
     * {@link #parse(String)}, telling {@code progress} the characters read so far of all characters after every
     * {@code every} records (0: never) and once at the end.
     */
    public static List<Record> parse(String text, int every, java.util.function.BiConsumer<Integer, Integer> progress) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = s.length();
        boolean recordHasContent = false;
        while (i <= n) {
            if (i == n) {
                if (recordHasContent || !values.isEmpty()) {
                    values.add(value.toString());
                    records.add(new Record(records.size() + 1, recordLine, values));
                }
                progress.accept(n, n);
                break;
            }
            char c = s.charAt(i);
            if (c == '"' && value.length() == 0) {
                // a quoted value: up to the next lone double quote
                int startLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Malformed(records.size() + 1, startLine, "empathy.import.unclosedQuote");
                    }
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            value.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && (i + 1 >= n || s.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    value.append(q);
                    i++;
                }
                recordHasContent = true;
                if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    throw new Malformed(records.size() + 1, line, "empathy.import.badQuote");
                }
                continue;
            }
            if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
                recordHasContent = true;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (recordHasContent || value.length() > 0) {
                    values.add(value.toString());
                    records.add(new Record(records.size() + 1, recordLine, values));
                }
                values = new ArrayList<>();
                value.setLength(0);
                recordHasContent = false;
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                if (every > 0 && !records.isEmpty() && records.size() % every == 0 && i < n) {
                    progress.accept(i, n);
                }
                line++;
                recordLine = line;
                continue;
            }
            if (c == '"') {
                throw new Malformed(records.size() + 1, line, "empathy.import.badQuote");
            }
            value.append(c);
            recordHasContent = true;
            i++;
        }
        return records;
    }

    /** Writes the records, each ending with CRLF. */
    public static String format(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendValue(out, record.get(i));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static void appendValue(StringBuilder out, String value) {
        String v = value == null ? "" : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        if (!quote) {
            out.append(v);
            return;
        }
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
}
