package com.empathyevidence.workbench.host;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's issue search over the workbench's issues, for the JQL the plugin's README documents: clauses on indexed issue
 * properties ({@code issue.property[empathy.evidence].staleCount > 0}), {@code project = X}, {@code key}, joined with
 * {@code AND}, {@code OR}, {@code NOT} and parentheses, {@code IS [NOT] EMPTY}, {@code IN}, and {@code ORDER BY}. As in
 * Jira: only issues the searcher may browse are found; a property path is searchable only when an
 * {@code index-document-configuration} extracts it, with that extraction's type (number, string, date); a project the
 * searcher may not browse answers exactly like one that does not exist; errors are Jira's plain sentences.
 * Without ORDER BY, issues come in key order.
 */
public final class WorkbenchJql {

    /** A JQL query Jira would refuse; the message is what Jira's issue navigator shows. */
    public static final class JqlException extends Exception {
        public JqlException(String message) {
            super(message);
        }
    }

    /** One page of results. */
    public record Result(List<DemoJira.DemoIssue> issues, int total) {
    }

    private static final Pattern PROPERTY = Pattern.compile("(?i)issue\\.property\\[([^\\]]+)\\]\\.(.+)");

    private final DemoJira jira;
    private final WorkbenchIssueIndex index;
    private final Map<String, Map<String, String>> indexed;

    /** A search over {@code index}, which holds the property keys of {@code indexed} (key → path → type). */
    public WorkbenchJql(DemoJira jira, WorkbenchIssueIndex index, Map<String, Map<String, String>> indexed) {
        this.jira = jira;
        this.index = index;
        this.indexed = indexed;
    }

    /** Checks a query without running it (Jira's parse and validate): throws what the navigator would show. */
    public void validate(ApplicationUser searcher, String jql) throws JqlException {
        new Parser(jql == null ? "" : jql, searcher).parse();
    }

    /** Runs a query as the searcher: the issues they may browse that match, in order, from {@code start}, at most {@code max}. */
    public Result search(ApplicationUser searcher, String jql, int start, int max) throws JqlException {
        Parsed parsed = new Parser(jql == null ? "" : jql, searcher).parse();
        List<DemoJira.DemoIssue> found = new ArrayList<>();
        // As Jira's index answers a search from its documents: the workbench's index, caught up first with every
        // property write committed before this search began (on any node), holds each document parsed once.
        // Jira's permission filter is one question per project (browse permission is a project's), not one per issue;
        // and its index holds each document's sort values, read once per issue, not once per comparison (sorted).
        index.catchUp();
        Map<String, Boolean> browsable = new HashMap<>();
        for (DemoJira.DemoIssue issue : jira.issues()) {
            if (browsable.computeIfAbsent(issue.projectKey(),
                    key -> jira.hasPermission(ProjectPermissions.BROWSE_PROJECTS, jira.getProjectObjByKey(key), searcher))
                    && parsed.where.test(issue)) {
                found.add(issue);
            }
        }
        found = sorted(found, parsed);
        int from = Math.min(Math.max(0, start), found.size());
        int to = Math.min(found.size(), from + Math.max(0, max));
        return new Result(new ArrayList<>(found.subList(from, to)), found.size());
    }

    private record Parsed(Predicate<DemoJira.DemoIssue> where, List<SortKey> keys) {
    }

    /** One field of ORDER BY and its direction. */
    private record SortKey(Field field, boolean descending) {
    }

    private record Token(String text, boolean quoted, int position) {
        boolean is(String word) {
            return !quoted && text.equalsIgnoreCase(word);
        }
    }

    /** A field a clause or ORDER BY names. */
    private record Field(String name, String propertyKey, String path, String type) {
        boolean isProperty() {
            return propertyKey != null;
        }
    }

    private final class Parser {
        private final String jql;
        private final ApplicationUser searcher;
        private final List<Token> tokens = new ArrayList<>();
        private int next;

        Parser(String jql, ApplicationUser searcher) {
            this.jql = jql;
            this.searcher = searcher;
        }

        Parsed parse() throws JqlException {
            tokenize();
            Predicate<DemoJira.DemoIssue> where = i -> true;
            if (next < tokens.size() && !peek().is("ORDER")) {
                where = or();
            }
            List<SortKey> keys = new ArrayList<>();
            if (next < tokens.size()) {
                Token t = take();
                if (!t.is("ORDER")) {
                    throw syntax("Expecting either 'OR' or 'AND' but got '" + t.text() + "'.", t);
                }
                if (next >= tokens.size() || !peek().is("BY")) {
                    throw new JqlException("Error in the JQL Query: Expecting 'BY' but got "
                            + (next >= tokens.size() ? "the end of the query." : "'" + peek().text() + "'.") + position(t));
                }
                take();
                do {
                    if (!keys.isEmpty()) {
                        take(); // the comma
                    }
                    Token name = required("a field name");
                    Field field = field(name);
                    boolean descending = next < tokens.size() && (peek().is("ASC") || peek().is("DESC")) && take().is("DESC");
                    keys.add(new SortKey(field, descending));
                } while (next < tokens.size() && peek().is(","));
                if (next < tokens.size()) {
                    throw syntax("Expecting ',' but got '" + peek().text() + "'.", peek());
                }
            }
            return new Parsed(where, List.copyOf(keys));
        }

        private Predicate<DemoJira.DemoIssue> or() throws JqlException {
            Predicate<DemoJira.DemoIssue> left = and();
            while (next < tokens.size() && peek().is("OR")) {
                take();
                left = left.or(and());
            }
            return left;
        }

        private Predicate<DemoJira.DemoIssue> and() throws JqlException {
            Predicate<DemoJira.DemoIssue> left = not();
            while (next < tokens.size() && peek().is("AND")) {
                take();
                left = left.and(not());
            }
            return left;
        }

        private Predicate<DemoJira.DemoIssue> not() throws JqlException {
            if (next < tokens.size() && (peek().is("NOT") || peek().is("!"))) {
                take();
                return not().negate();
            }
            if (next < tokens.size() && peek().is("(")) {
                Token open = take();
                Predicate<DemoJira.DemoIssue> inner = or();
                if (next >= tokens.size() || !peek().is(")")) {
                    throw new JqlException("Error in the JQL Query: Expecting ')' before the end of the query." + position(open));
                }
                take();
                return inner;
            }
            return clause();
        }

        private Predicate<DemoJira.DemoIssue> clause() throws JqlException {
            Token name = required("a field name");
            if (name.is("ORDER") || name.is("AND") || name.is("OR") || name.is(")")) {
                throw syntax("Expecting a field name but got '" + name.text() + "'.", name);
            }
            Field field = field(name);
            Token op = required("an operator");
            String operator = op.text().toUpperCase(Locale.ROOT);
            if (op.is("IS")) {
                boolean negated = next < tokens.size() && peek().is("NOT");
                if (negated) {
                    take();
                }
                Token value = required("EMPTY");
                if (!value.is("EMPTY") && !value.is("NULL")) {
                    throw syntax("Expecting 'EMPTY' but got '" + value.text() + "'.", value);
                }
                Predicate<DemoJira.DemoIssue> empty = i -> values(field, i).isEmpty();
                return negated ? empty.negate() : empty;
            }
            if (op.is("NOT") && next < tokens.size() && peek().is("IN")) {
                take();
                Predicate<DemoJira.DemoIssue> in = in(field);
                return i -> !values(field, i).isEmpty() && !in.test(i);
            }
            if (op.is("IN")) {
                return in(field);
            }
            if (!List.of("=", "!=", "<", "<=", ">", ">=", "~", "!~").contains(operator)) {
                throw syntax("Expecting operator but got '" + op.text() + "'. The valid operators are '=', '!=', '<', '>', '<=', "
                        + "'>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.", op);
            }
            boolean ordering = operator.startsWith("<") || operator.startsWith(">");
            if (operator.contains("~") || (ordering && !field.isProperty())
                    || (ordering && field.isProperty() && "string".equals(field.type()))) {
                throw new JqlException("The operator '" + op.text() + "' is not supported by the '" + field.name() + "' field.");
            }
            Token valueToken = value();
            Comparable<Object> value = typed(field, valueToken);
            // An array (e.g. warnings) is indexed value by value: the clause holds when one of them matches; != when none equals.
            return i -> {
                List<Comparable<Object>> actual = values(field, i);
                if (actual.isEmpty()) {
                    return false;
                }
                if ("!=".equals(operator)) {
                    return actual.stream().noneMatch(a -> a.compareTo(value) == 0);
                }
                return actual.stream().anyMatch(a -> {
                    int c = a.compareTo(value);
                    return switch (operator) {
                        case "=" -> c == 0;
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        default -> c >= 0;
                    };
                });
            };
        }

        private Predicate<DemoJira.DemoIssue> in(Field field) throws JqlException {
            Token open = required("'('");
            if (!open.is("(")) {
                throw syntax("Expecting '(' but got '" + open.text() + "'.", open);
            }
            List<Comparable<Object>> values = new ArrayList<>();
            do {
                if (!values.isEmpty()) {
                    take();
                }
                values.add(typed(field, value()));
            } while (next < tokens.size() && peek().is(","));
            Token close = required("')'");
            if (!close.is(")")) {
                throw syntax("Expecting ')' but got '" + close.text() + "'.", close);
            }
            return i -> values(field, i).stream().anyMatch(a -> values.stream().anyMatch(v -> a.compareTo(v) == 0));
        }

        private Token value() throws JqlException {
            if (next >= tokens.size()) {
                throw new JqlException("Error in the JQL Query: Expecting either a value, list or function before the end of the query.");
            }
            Token t = take();
            if (!t.quoted() && (t.is("AND") || t.is("OR") || t.is("ORDER") || t.is("NOT") || t.is("(") || t.is(")") || t.is(",")
                    || List.of("=", "!=", "<", "<=", ">", ">=", "~", "!~").contains(t.text()))) {
                throw syntax("Expecting either a value, list or function but got '" + t.text() + "'. You must surround '" + t.text()
                        + "' in quotation marks to use it as a value.", t);
            }
            return t;
        }

        /** A value as the field's type compares it: numbers as numbers, dates as days, text without case. */
        @SuppressWarnings("unchecked")
        private Comparable<Object> typed(Field field, Token value) throws JqlException {
            String text = value.text();
            if (!value.quoted() && (value.is("EMPTY") || value.is("NULL"))) {
                throw new JqlException("The operator used with '" + field.name() + "' does not support EMPTY: use 'IS EMPTY' or 'IS NOT EMPTY'.");
            }
            if (!field.isProperty()) {
                if ("project".equals(field.name())) {
                    Project project = jira.getProjectObjByKey(text);
                    if (project == null) {
                        project = jira.getProjectObjects().stream().filter(p -> p.getName().equalsIgnoreCase(text)).findFirst().orElse(null);
                    }
                    if (project == null || !jira.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, searcher)) {
                        throw new JqlException("The value '" + text + "' does not exist for the field 'project'.");
                    }
                    return (Comparable<Object>) (Comparable<?>) project.getKey();
                }
                DemoJira.DemoIssue issue = jira.demoIssue(text);
                if (issue == null || !jira.hasPermission(ProjectPermissions.BROWSE_PROJECTS, jira.getIssueObject(issue.key()), searcher)) {
                    throw new JqlException("An issue with key '" + text + "' does not exist for field 'key'.");
                }
                return (Comparable<Object>) (Comparable<?>) keyOrder(issue.key());
            }
            switch (field.type() == null ? "" : field.type()) {
                case "number":
                    try {
                        return (Comparable<Object>) (Comparable<?>) Double.valueOf(text);
                    } catch (NumberFormatException e) {
                        throw new JqlException("The value '" + text + "' for field '" + field.name() + "' is not a number.");
                    }
                case "date":
                    LocalDate date = date(text);
                    if (date == null) {
                        throw new JqlException("Date value '" + text + "' for field '" + field.name() + "' is invalid. Valid formats include: "
                                + "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.");
                    }
                    return (Comparable<Object>) (Comparable<?>) date;
                default:
                    return (Comparable<Object>) (Comparable<?>) text.toLowerCase(Locale.ROOT);
            }
        }

        private Field field(Token name) throws JqlException {
            String n = name.text();
            if (!name.quoted()) {
                String lower = n.toLowerCase(Locale.ROOT);
                if (lower.equals("project")) {
                    return new Field("project", null, null, null);
                }
                if (lower.equals("key") || lower.equals("issuekey") || lower.equals("issue") || lower.equals("id")) {
                    return new Field("key", null, null, null);
                }
                Matcher m = PROPERTY.matcher(n);
                if (m.matches()) {
                    Map<String, String> paths = indexed.get(m.group(1));
                    String type = paths == null ? null : paths.get(m.group(2));
                    return new Field("issue.property[" + m.group(1) + "]." + m.group(2), m.group(1), m.group(2), type);
                }
            }
            throw new JqlException("Field '" + n + "' does not exist or you do not have permission to view it.");
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token take() {
            return tokens.get(next++);
        }

        private Token required(String what) throws JqlException {
            if (next >= tokens.size()) {
                throw new JqlException("Error in the JQL Query: Expecting " + what + " before the end of the query.");
            }
            return take();
        }

        private JqlException syntax(String message, Token at) {
            return new JqlException("Error in the JQL Query: " + message + position(at));
        }

        private String position(Token at) {
            return " (line 1, character " + (at.position() + 1) + ")";
        }

        private void tokenize() throws JqlException {
            int i = 0;
            while (i < jql.length()) {
                char c = jql.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"' || c == '\'') {
                    int end = jql.indexOf(c, i + 1);
                    if (end < 0) {
                        throw new JqlException("Error in the JQL Query: The quoted string '" + jql.substring(i + 1)
                                + "' has not been completed. (line 1, character " + (i + 1) + ")");
                    }
                    tokens.add(new Token(jql.substring(i + 1, end), true, i));
                    i = end + 1;
                } else if (c == '(' || c == ')' || c == ',') {
                    tokens.add(new Token(String.valueOf(c), false, i));
                    i++;
                } else if (c == '=' || c == '~') {
                    tokens.add(new Token(String.valueOf(c), false, i));
                    i++;
                } else if (c == '!' || c == '<' || c == '>') {
                    boolean two = i + 1 < jql.length() && (jql.charAt(i + 1) == '=' || (c == '!' && jql.charAt(i + 1) == '~'));
                    tokens.add(new Token(jql.substring(i, i + (two ? 2 : 1)), false, i));
                    i += two ? 2 : 1;
                } else {
                    int start = i;
                    int depth = 0;
                    while (i < jql.length()) {
                        char d = jql.charAt(i);
                        if (d == '[') {
                            depth++;
                        } else if (d == ']') {
                            depth--;
                        } else if (depth == 0 && (Character.isWhitespace(d) || "()=,!<>~\"'".indexOf(d) >= 0)) {
                            break;
                        }
                        i++;
                    }
                    tokens.add(new Token(jql.substring(start, i), false, start));
                }
            }
        }
    }

    /** Without ORDER BY, and after every ORDER BY field: key order (project, then number: DEMO-4 before DEMO-27). */
    private static final Comparator<DemoJira.DemoIssue> KEY_ORDER = Comparator.comparing(DemoJira.DemoIssue::projectKey)
            .thenComparingInt(i -> Integer.parseInt(i.key().substring(i.key().indexOf('-') + 1)));

    /**
     * The found issues in the query's order: each issue's sort values read once (as the index holds them), compared
     * field by field ({@link #compareValues}), then in key order.
     */
    private List<DemoJira.DemoIssue> sorted(List<DemoJira.DemoIssue> found, Parsed parsed) {
        record Decorated(DemoJira.DemoIssue issue, Comparable<Object>[] values) {
        }
        List<Decorated> decorated = new ArrayList<>(found.size());
        for (DemoJira.DemoIssue issue : found) {
            @SuppressWarnings("unchecked")
            Comparable<Object>[] values = new Comparable[parsed.keys().size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = valueOf(parsed.keys().get(k).field(), issue);
            }
            decorated.add(new Decorated(issue, values));
        }
        decorated.sort((a, b) -> {
            for (int k = 0; k < a.values().length; k++) {
                int c = compareValues(a.values()[k], b.values()[k], parsed.keys().get(k).descending());
                if (c != 0) {
                    return c;
                }
            }
            return KEY_ORDER.compare(a.issue(), b.issue());
        });
        List<DemoJira.DemoIssue> out = new ArrayList<>(decorated.size());
        decorated.forEach(d -> out.add(d.issue()));
        return out;
    }

    /** Two sort values, EMPTY (null) last in both directions, as Jira sorts EMPTY. */
    private static int compareValues(Comparable<Object> x, Comparable<Object> y, boolean descending) {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        return descending ? y.compareTo(x) : x.compareTo(y);
    }

    /** The first value the index holds (what ORDER BY sorts on); null when nothing is indexed (EMPTY). */
    private Comparable<Object> valueOf(Field field, DemoJira.DemoIssue issue) {
        List<Comparable<Object>> all = values(field, issue);
        return all.isEmpty() ? null : all.get(0);
    }

    /** What the index holds for this issue and field, typed: one value, each element of an array, or none (EMPTY). */
    @SuppressWarnings("unchecked")
    private List<Comparable<Object>> values(Field field, DemoJira.DemoIssue issue) {
        List<Comparable<Object>> out = new ArrayList<>();
        if (!field.isProperty()) {
            out.add((Comparable<Object>) (Comparable<?>) ("project".equals(field.name()) ? issue.projectKey() : keyOrder(issue.key())));
            return out;
        }
        if (field.type() == null) {
            return out; // not extracted by any index-document-configuration: Jira has nothing to search
        }
        JsonNode document = index.document(field.propertyKey(), issue.id());
        if (document == null) {
            return out;
        }
        JsonNode node = document;
        for (String part : field.path().split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        if (node == null || node.isNull()) {
            return out;
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(nodes::add);
        } else {
            nodes.add(node);
        }
        for (JsonNode n : nodes) {
            Comparable<?> v = switch (field.type()) {
                case "number" -> n.isNumber() ? n.asDouble() : null;
                case "date" -> date(n.asText());
                default -> n.isValueNode() ? n.asText().toLowerCase(Locale.ROOT) : null;
            };
            if (v != null) {
                out.add((Comparable<Object>) v);
            }
        }
        return out;
    }

    /** An issue key as Jira orders keys: by project, then by number (DEMO-4 before DEMO-27). */
    private static String keyOrder(String key) {
        int dash = key.lastIndexOf('-');
        String number = Long.toString(Long.parseLong(key.substring(dash + 1)));
        return key.substring(0, dash) + "-" + "000000000000".substring(Math.min(12, number.length())) + number;
    }

    private static LocalDate date(String text) {
        String t = text.trim();
        Matcher period = Pattern.compile("(-?)(\\d+)([dw])").matcher(t);
        if (period.matches()) {
            long n = Long.parseLong(period.group(2)) * ("w".equals(period.group(3)) ? 7 : 1);
            return "-".equals(period.group(1)) ? LocalDate.now().minusDays(n) : LocalDate.now().plusDays(n);
        }
        String day = t.length() > 10 ? t.substring(0, 10) : t;
        for (String pattern : List.of("yyyy-MM-dd", "yyyy/MM/dd")) {
            try {
                return LocalDate.parse(day, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }
}
