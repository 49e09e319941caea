package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FieldError;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.SameEvidence;
import com.empathyevidence.domain.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * Evidence in bulk, as CSV ({@link EvidenceCsv}). Import checks every row the way a single create does (plus edit
 * permission on each row's project), reports every problem by row and column, and writes all rows in one
 * transaction or none. Export writes what the caller may browse. Neither keeps anything between requests.
 */
@JiraComponent
public class CsvService {

    /** Rows one import (and one export) may have: a file that imports in one request. */
    public static final int MAX_ROWS = 10_000;
    /** Row errors listed in one answer; {@link ImportOutcome#errorCount()} counts them all. */
    public static final int MAX_ERRORS_LISTED = 1_000;

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final EvidenceService evidence;
    private final Today today;
    private final CsvImportStore imports;
    private final IssueSummaries summaries;
    private final OwnerStore owners;
    private final UserDirectory users;

    @Inject
    public CsvService(EvidenceStore store, AccessPolicy access, EvidenceService evidence, Today today, CsvImportStore imports,
                      IssueSummaries summaries, OwnerStore owners, UserDirectory users) {
        this.store = store;
        this.access = access;
        this.evidence = evidence;
        this.today = today;
        this.imports = imports;
        this.summaries = summaries;
        this.owners = owners;
        this.users = users;
    }

    /** A problem with one row of the file; {@code column} is null when it concerns the whole row. */
    public record RowError(int row, int line, String column, String messageKey, Serializable... args) {
    }

    /**
     * A row that is the same ({@link com.empathyevidence.domain.SameEvidence}) as a piece already stored (then
     * {@code sameAsEvidence} is its id, with who recorded it and when) or as an earlier row of the file
     * ({@code sameAsRow}, the other one null): reported, and not recorded again.
     */
    public record Duplicate(int row, int line, Long sameAsEvidence, String recordedBy, String recordedAt, Integer sameAsRow) {
    }

    /**
     * What an import found, or did.
     *
     * @param rows                 evidence rows in the file (the header not counted)
     * @param validRows            rows without any problem
     * @param errors               the first {@link #MAX_ERRORS_LISTED} problems, in file order
     * @param errorCount           all problems
     * @param created              pieces of evidence recorded (0 on a dry run, or when there is any problem)
     * @param newParticipants      aliases of valid rows that no participant has yet: created on import
     * @param duplicates           valid rows the same as stored evidence or an earlier row: never recorded (empty when
     *                             the file has errors: they are looked for once every row is right)
     * @param linked               links to issues made (0 on a dry run)
     */
    public record ImportOutcome(boolean dryRun, int rows, int validRows, List<RowError> errors, int errorCount, int created,
                                int newParticipants, List<Duplicate> duplicates, int linked) {
        public ImportOutcome {
            duplicates = List.copyOf(duplicates);
        }

        ImportOutcome(boolean dryRun, int rows, int validRows, List<RowError> errors, int errorCount, int created, int newParticipants) {
            this(dryRun, rows, validRows, errors, errorCount, created, newParticipants, List.of(), 0);
        }

        public boolean ok() {
            return errorCount == 0;
        }
    }

    /** The steps of an import, in order: reading the file, checking each row, writing the rows. */
    public enum Phase { READING, CHECKING, WRITING }

    /**
     * Hears how far an import has got, on the request's thread, every {@link #PROGRESS_STEP} rows and at the end of
     * each phase. READING counts characters of the file, CHECKING and WRITING count evidence rows; WRITING counts rows
     * written inside the one transaction, which commits only after the last row (nothing is visible to anyone else
     * before). Should the store start that transaction over (a simultaneous writer), WRITING starts again from 0.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> {
        };

        void at(Phase phase, int done, int total);
    }

    /** How often (in rows) an import reports its progress. */
    public static final int PROGRESS_STEP = 250;

    /** An export: the file, its evidence rows, and how many matching pieces were left out because the caller may not see them. */
    public record Export(String csv, int rows, int hidden) {
    }

    public ImportOutcome importCsv(String csv, boolean dryRun) {
        return importCsv(csv, dryRun, Progress.NONE);
    }

    /** {@link #importCsv(String, boolean)}, telling {@code progress} how far it has got. */
    public ImportOutcome importCsv(String csv, boolean dryRun, Progress progress) {
        String user = evidence.signedIn();
        if (csv == null || csv.isBlank()) {
            throw Problem.invalid(List.of(new FieldError("csv", "empathy.import.empty")));
        }
        List<Csv.Record> records;
        try {
            progress.at(Phase.READING, 0, csv.length());
            records = Csv.parse(csv, PROGRESS_STEP, (read, total) -> progress.at(Phase.READING, read, total));
        } catch (Csv.Malformed m) {
            return failed(dryRun, 0, new RowError(m.row(), m.line(), null, m.messageKey()));
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw Problem.invalid(List.of(new FieldError("csv", "empathy.import.tooManyRows", MAX_ROWS, records.size() - 1)));
        }
        Csv.Record header = records.get(0);
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> columns = columns(header, errors);
        if (!errors.isEmpty()) {
            return outcome(dryRun, records.size() - 1, 0, errors, 0);
        }
        if (records.size() == 1) {
            throw Problem.invalid(List.of(new FieldError("csv", "empathy.import.noRows")));
        }

        LocalDate now = today.get();
        Set<String> personas = new HashSet<>();
        store.personas().forEach((Persona p) -> personas.add(p.key()));
        Map<String, Boolean> editable = new HashMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            String alias = value(r, columns, "participant");
            if (alias != null && !alias.isBlank()) {
                aliases.add(alias.trim());
            }
        }
        Map<String, Participant> known = store.participants(aliases);
        Map<String, LocalDate> erased = store.erasedAliases(aliases);

        List<NewEvidence> drafts = new ArrayList<>(records.size() - 1);
        List<CsvImportStore.RowLink> links = new ArrayList<>(records.size() - 1);
        List<Csv.Record> draftRecords = new ArrayList<>(records.size() - 1);
        Map<String, Optional<String>> linkable = new HashMap<>();
        List<String> draftOwners = new ArrayList<>(records.size() - 1);
        Map<String, Boolean> knownUsers = new HashMap<>();
        int validRows = 0;
        int checked = 0;
        int rowCount = records.size() - 1;
        progress.at(Phase.CHECKING, 0, rowCount);
        for (Csv.Record r : records.subList(1, records.size())) {
            if (checked > 0 && checked % PROGRESS_STEP == 0) {
                progress.at(Phase.CHECKING, checked, rowCount);
            }
            checked++;
            if (r.values().size() != header.values().size()) {
                errors.add(new RowError(r.row(), r.line(), null, "empathy.import.fieldCount", header.values().size(), r.values().size()));
                continue;
            }
            List<FieldError> rowErrors = new ArrayList<>();
            NewEvidence draft = draft(r, columns, user, now, rowErrors);
            if (draft.projectKey() != null && noErrorFor(rowErrors, "project")
                    && !editable.computeIfAbsent(draft.projectKey(), access::canEditProject)) {
                rowErrors.add(evidence.projectError(draft.projectKey()));
            }
            if (draft.personaKey() != null && noErrorFor(rowErrors, "persona") && !personas.contains(draft.personaKey())) {
                rowErrors.add(new FieldError("persona", "empathy.validation.personaUnknown", draft.personaKey()));
            }
            if (draft.participantAlias() != null && noErrorFor(rowErrors, "participant")) {
                String alias = draft.participantAlias().trim();
                Participant p = known.get(alias);
                if (p != null && p.erased()) {
                    rowErrors.add(new FieldError("participant", "empathy.import.participantErased", p.alias()));
                } else if (erased.containsKey(alias)) {
                    rowErrors.add(new FieldError("participant", "empathy.validation.aliasErased", alias, erased.get(alias).toString()));
                } else if (p == null && value(r, columns, "participantConsent") == null && noErrorFor(rowErrors, "participantConsent")) {
                    // a new participant: consent is asked for, never assumed
                    rowErrors.add(new FieldError("participantConsent", "empathy.import.participantConsent", alias));
                }
            }
            CsvImportStore.RowLink link = link(r, columns, linkable, rowErrors);
            String owner = value(r, columns, "owner");
            owner = owner == null || owner.isBlank() ? null : owner.strip();
            if (owner != null && !knownUsers.computeIfAbsent(owner, u -> u.length() <= 255 && users.fullName(u).isPresent())) {
                rowErrors.add(new FieldError("owner", "empathy.owners.import.ownerUnknown", owner.length() > 60 ? owner.substring(0, 60) + "\u2026" : owner));
            }
            if (rowErrors.isEmpty()) {
                validRows++;
                drafts.add(draft);
                links.add(link);
                draftRecords.add(r);
                draftOwners.add(owner);
            }
            // in the file's column order, so a person can fix them left to right
            rowErrors.sort((a, b) -> Integer.compare(columns.getOrDefault(a.field(), 99), columns.getOrDefault(b.field(), 99)));
            for (FieldError e : rowErrors) {
                errors.add(new RowError(r.row(), r.line(), e.field(), e.messageKey(), e.args()));
            }
        }
        progress.at(Phase.CHECKING, rowCount, rowCount);
        List<Duplicate> duplicates = errors.isEmpty() ? duplicates(drafts, draftRecords) : List.of();
        Set<Integer> skipped = new HashSet<>();
        duplicates.forEach(d -> skipped.add(d.row()));
        List<NewEvidence> kept = new ArrayList<>(drafts.size());
        List<CsvImportStore.RowLink> keptLinks = new ArrayList<>(drafts.size());
        List<String> keptOwners = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            if (!skipped.contains(draftRecords.get(i).row())) {
                kept.add(drafts.get(i));
                keptLinks.add(links.get(i));
                keptOwners.add(draftOwners.get(i));
            }
        }
        Set<String> newAliases = new HashSet<>();
        for (NewEvidence d : kept) {
            if (d.participantAlias() != null && !known.containsKey(d.participantAlias().trim())) {
                newAliases.add(d.participantAlias().trim());
            }
        }
        int newParticipants = newAliases.size();
        if (!errors.isEmpty() || dryRun) {
            ImportOutcome o = outcome(dryRun, records.size() - 1, validRows, errors, 0);
            return new ImportOutcome(o.dryRun(), o.rows(), o.validRows(), o.errors(), o.errorCount(), 0, newParticipants, duplicates, 0);
        }
        int total = kept.size();
        int linked = (int) keptLinks.stream().filter(java.util.Objects::nonNull).count();
        if (total == 0) {
            return new ImportOutcome(false, drafts.size(), drafts.size(), List.of(), 0, 0, 0, duplicates, 0);
        }
        progress.at(Phase.WRITING, 0, total);
        EvidenceStore.Imported imported = imports.importLinked(kept, keptLinks, user, new EvidenceStore.ImportListener() {
            @Override
            public void written(int written, int of) {
                if (written % PROGRESS_STEP == 0 || written == of) {
                    progress.at(Phase.WRITING, written, of);
                }
            }

            @Override
            public void restarted() {
                progress.at(Phase.WRITING, 0, total);
            }
        });
        // The owners named in the file, right after the rows' transaction (issue 16): one hand-over per owner.
        Map<String, List<Long>> byOwner = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keptOwners.size() && i < imported.evidenceIds().size(); i++) {
            if (keptOwners.get(i) != null) {
                byOwner.computeIfAbsent(keptOwners.get(i), o -> new ArrayList<>()).add(imported.evidenceIds().get(i));
            }
        }
        byOwner.forEach((owner, ids) -> owners.handOver(ids, owner));
        refreshLinkedIssues(keptLinks);
        return new ImportOutcome(false, drafts.size(), drafts.size(), List.of(), 0, imported.evidenceIds().size(), imported.participantsCreated(),
                duplicates, linked);
    }

    /** The issue properties of the issues the import linked to, as every other link path refreshes them. */
    private void refreshLinkedIssues(List<CsvImportStore.RowLink> links) {
        Set<String> keys = new LinkedHashSet<>();
        links.stream().filter(java.util.Objects::nonNull).forEach(l -> keys.add(l.issueKey()));
        if (keys.isEmpty()) {
            return;
        }
        try {
            summaries.afterChangeTo(new ArrayList<>(keys));
        } catch (RuntimeException e) {
            // the import stands; the daily refresh repairs the summaries
        }
    }

    /**
     * The valid rows that are the same as stored evidence the importer may browse (evidence they may not see is never
     * named, so a row like it is simply recorded) or as an earlier valid row of the file, in file order.
     */
    private List<Duplicate> duplicates(List<NewEvidence> drafts, List<Csv.Record> rows) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Map<Integer, CsvImportStore.Stored> stored = imports.sameAs(drafts, access.browsableProjects());
        Map<SameEvidence, Integer> firstRow = new HashMap<>();
        List<Duplicate> found = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Csv.Record r = rows.get(i);
            CsvImportStore.Stored s = stored.get(i);
            Integer earlier = firstRow.putIfAbsent(SameEvidence.of(drafts.get(i)), r.row());
            if (s != null) {
                found.add(new Duplicate(r.row(), r.line(), s.id(), s.createdBy(), s.createdAt(), null));
            } else if (earlier != null) {
                found.add(new Duplicate(r.row(), r.line(), null, null, null, earlier));
            }
        }
        return found;
    }

    /**
     * The row's {@code issue} and {@code relation}: null when the row names no issue. The issue must be one the
     * importer may browse and edit (the permission linking on the issue needs); an issue that does not exist, that they
     * may not browse and that they may not edit get one message, so a hidden issue's existence is never told.
     */
    private CsvImportStore.RowLink link(Csv.Record r, Map<String, Integer> columns, Map<String, Optional<String>> linkable,
                                        List<FieldError> errors) {
        String issue = value(r, columns, "issue");
        String relationText = value(r, columns, "relation");
        issue = issue == null || issue.isBlank() ? null : issue.strip().toUpperCase(java.util.Locale.ROOT);
        com.empathyevidence.domain.Relation relation = com.empathyevidence.domain.Relation.SUPPORTS;
        if (relationText != null && !relationText.isBlank()) {
            try {
                relation = com.empathyevidence.domain.Relation.valueOf(relationText.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("relation", "empathy.import.relationUnknown", relationText.strip()));
                relation = null;
            }
            if (issue == null && relation != null) {
                errors.add(new FieldError("relation", "empathy.import.relationWithoutIssue", relation.name()));
            }
        }
        if (issue == null) {
            return null;
        }
        Optional<String> key = linkable.computeIfAbsent(issue, k -> access.visibleIssue(k)
                .map(IssueRef::key).filter(access::canEditIssue));
        if (key.isEmpty()) {
            errors.add(new FieldError("issue", "empathy.import.issueUnknown", issue));
            return null;
        }
        return relation == null ? null : new CsvImportStore.RowLink(key.get(), relation);
    }

    private static ImportOutcome failed(boolean dryRun, int rows, RowError error) {
        return outcome(dryRun, rows, 0, List.of(error), 0);
    }

    private static ImportOutcome outcome(boolean dryRun, int rows, int validRows, List<RowError> errors, int created) {
        List<RowError> listed = errors.size() > MAX_ERRORS_LISTED ? List.copyOf(errors.subList(0, MAX_ERRORS_LISTED)) : List.copyOf(errors);
        return new ImportOutcome(dryRun, rows, validRows, listed, errors.size(), created, 0);
    }

    /** Column name to index; unknown, repeated and missing required columns are errors of row 1. */
    private static Map<String, Integer> columns(Csv.Record header, List<RowError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        String allowed = String.join(", ", EvidenceCsv.IMPORT_COLUMNS);
        for (int i = 0; i < header.values().size(); i++) {
            String name = canonical(header.values().get(i).trim());
            if (name == null) {
                errors.add(new RowError(header.row(), header.line(), header.values().get(i).trim(), "empathy.import.unknownColumn",
                        header.values().get(i).trim(), allowed));
            } else if (columns.containsKey(name)) {
                errors.add(new RowError(header.row(), header.line(), name, "empathy.import.duplicateColumn", name));
            } else {
                columns.put(name, i);
            }
        }
        for (String required : EvidenceCsv.REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(header.row(), header.line(), required, "empathy.import.missingColumn", required, allowed));
            }
        }
        return columns;
    }

    private static String canonical(String name) {
        for (String c : EvidenceCsv.IMPORT_COLUMNS) {
            if (c.equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static String value(Csv.Record r, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= r.values().size()) {
            return null;
        }
        String v = EvidenceCsv.unguard(r.values().get(i));
        return v.isEmpty() ? null : v;
    }

    /** The row as a new piece of evidence, with every problem of it in {@code errors} (fields named as the columns). */
    private static NewEvidence draft(Csv.Record r, Map<String, Integer> columns, String user, LocalDate now, List<FieldError> errors) {
        Validator v = new Validator();
        Integer moment = null;
        String momentText = value(r, columns, "sourceMomentSeconds");
        if (momentText != null) {
            try {
                moment = Integer.valueOf(momentText.trim());
            } catch (NumberFormatException e) {
                v.error("sourceMomentSeconds", "empathy.validation.range", 0, Limits.MOMENT_MAX_SECONDS);
            }
        }
        String tagText = value(r, columns, "tags");
        List<String> tags = tagText == null ? List.of() : Arrays.asList(tagText.split(EvidenceCsv.TAG_SEPARATOR, -1));
        EvidenceForm form = new EvidenceForm(value(r, columns, "text"), value(r, columns, "kind"), value(r, columns, "section"),
                value(r, columns, "sourceKind"), value(r, columns, "sourceTitle"), value(r, columns, "sourceLink"), moment,
                value(r, columns, "participant"), value(r, columns, "participantSegment"), value(r, columns, "persona"),
                value(r, columns, "project"), value(r, columns, "observedOn"), tags, null).stripped();
        EvidenceForm.Parsed p = form.parse(v);
        Boolean consent = consent(value(r, columns, "participantConsent"), v);
        NewEvidence draft = new NewEvidence(form.text(), p.kind(), p.section(), p.source(), EvidenceForm.blankToNull(form.participant()),
                form.participantSegment(), EvidenceForm.blankToNull(form.persona()),
                EvidenceForm.blankToNull(form.project()), p.observedOn(), user, tags, Boolean.TRUE.equals(consent));
        errors.addAll(v.errors());
        for (FieldError e : EvidenceService.validate(draft, now)) {
            if (noErrorFor(errors, e.field())) {
                errors.add(e);
            }
        }
        return draft;
    }

    /** A consent cell: true/yes or false/no (any case), or empty (null). */
    private static Boolean consent(String cell, Validator v) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        switch (cell.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> {
                return true;
            }
            case "false", "no" -> {
                return false;
            }
            default -> {
                v.error("participantConsent", "empathy.import.consentValue", cell.trim());
                return null;
            }
        }
    }

    private static boolean noErrorFor(List<FieldError> errors, String field) {
        return errors.stream().noneMatch(e -> e.field().equals(field));
    }

    /**
     * Active, unredacted evidence matching the filters that the caller may browse, oldest record first (the order an
     * import writes them in). Pieces the caller may not see are neither shown nor counted: {@link Export#hidden()} is
     * always 0, since a count of hidden matches would answer yes/no questions about their content (see
     * {@link EvidenceService#search}).
     */
    public Export export(EvidenceQuery filters) {
        return export(filters, EvidenceStatus.ACTIVE, false);
    }

    /**
     * {@link #export(EvidenceQuery)} of the pieces of one status ({@code null}: active and retired); with
     * {@code statusColumns} two more columns at the end, {@code status} and {@code retiredReason} (the evidence
     * library's export; such a file is for reading and archiving: the import does not take these columns). The
     * columns never depend on what matched, so the file says nothing about evidence the caller may not see.
     */
    public Export export(EvidenceQuery filters, EvidenceStatus only, boolean statusColumns) {
        boolean includeRetired = statusColumns;
        evidence.signedIn();
        List<String> projects = access.browsableProjects();
        if (filters.projectKey() != null && !projects.contains(filters.projectKey())) {
            return new Export(EvidenceCsv.format(List.of()), 0, 0);
        }
        EvidenceStatus status = only;
        int visible = store.search(query(filters, projects, 0, 1, status)).total();
        if (visible > MAX_ROWS) {
            throw new Problem(Problem.Kind.INVALID, "empathy.export.tooMany", visible, MAX_ROWS);
        }
        List<Evidence> rows = new ArrayList<>(visible);
        for (Evidence e : store.search(query(filters, projects, 0, Math.max(1, visible), status)).items()) {
            if (!e.redacted()) {
                rows.add(e);
            }
        }
        return new Export(includeRetired ? EvidenceCsv.formatWithStatus(rows) : EvidenceCsv.format(rows), rows.size(), 0);
    }

    private static EvidenceQuery query(EvidenceQuery f, List<String> projects, int offset, int limit, EvidenceStatus status) {
        return new EvidenceQuery(f.text(), f.personaKey(), f.section(), f.sourceKind(), f.projectKey(), f.participantAlias(),
                f.observedFrom(), f.observedTo(), status, EvidenceQuery.Sort.CREATED_ASC, offset, limit, projects, f.kind());
    }
}
