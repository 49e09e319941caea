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
    private final OwnerStore owners;
    private final UserDirectory users;

    /**
     * Columns the import takes that the export does not write (issue 16): {@code owner}, a Jira username; empty means
     * whoever imports the file owns the piece.
     */
    static final List<String> IMPORT_ONLY = List.of("owner");

    @Inject
    public CsvService(EvidenceStore store, AccessPolicy access, EvidenceService evidence, Today today, OwnerStore owners, UserDirectory users) {
        this.store = store;
        this.access = access;
        this.evidence = evidence;
        this.today = today;
        this.owners = owners;
        this.users = users;
    }

    /** A problem with one row of the file; {@code column} is null when it concerns the whole row. */
    public record RowError(int row, int line, String column, String messageKey, Serializable... args) {
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
     */
    public record ImportOutcome(boolean dryRun, int rows, int validRows, List<RowError> errors, int errorCount, int created,
                                int newParticipants) {
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
            String owner = value(r, columns, "owner");
            owner = owner == null || owner.isBlank() ? null : owner.strip();
            if (owner != null && !knownUsers.computeIfAbsent(owner, u -> u.length() <= 255 && users.fullName(u).isPresent())) {
                rowErrors.add(new FieldError("owner", "empathy.owners.import.ownerUnknown", owner.length() > 60 ? owner.substring(0, 60) + "\u2026" : owner));
            }
            if (rowErrors.isEmpty()) {
                validRows++;
                drafts.add(draft);
                draftOwners.add(owner);
            }
            // in the file's column order, so a person can fix them left to right
            rowErrors.sort((a, b) -> Integer.compare(columns.getOrDefault(a.field(), 99), columns.getOrDefault(b.field(), 99)));
            for (FieldError e : rowErrors) {
                errors.add(new RowError(r.row(), r.line(), e.field(), e.messageKey(), e.args()));
            }
        }
        progress.at(Phase.CHECKING, rowCount, rowCount);
        Set<String> newAliases = new HashSet<>();
        for (NewEvidence d : drafts) {
            if (d.participantAlias() != null && !known.containsKey(d.participantAlias().trim())) {
                newAliases.add(d.participantAlias().trim());
            }
        }
        int newParticipants = newAliases.size();
        if (!errors.isEmpty() || dryRun) {
            ImportOutcome o = outcome(dryRun, records.size() - 1, validRows, errors, 0);
            return new ImportOutcome(o.dryRun(), o.rows(), o.validRows(), o.errors(), o.errorCount(), 0, newParticipants);
        }
        int total = drafts.size();
        progress.at(Phase.WRITING, 0, total);
        EvidenceStore.Imported imported = store.importEvidence(drafts, new EvidenceStore.ImportListener() {
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
        for (int i = 0; i < draftOwners.size() && i < imported.evidenceIds().size(); i++) {
            if (draftOwners.get(i) != null) {
                byOwner.computeIfAbsent(draftOwners.get(i), o -> new ArrayList<>()).add(imported.evidenceIds().get(i));
            }
        }
        byOwner.forEach((owner, ids) -> owners.handOver(ids, owner));
        return new ImportOutcome(false, drafts.size(), drafts.size(), List.of(), 0, imported.evidenceIds().size(), imported.participantsCreated());
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
        String allowed = String.join(", ", EvidenceCsv.COLUMNS) + ", " + String.join(", ", IMPORT_ONLY);
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
        for (String c : EvidenceCsv.COLUMNS) {
            if (c.equalsIgnoreCase(name)) {
                return c;
            }
        }
        for (String c : IMPORT_ONLY) {
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
                f.observedFrom(), f.observedTo(), status, EvidenceQuery.Sort.CREATED_ASC, offset, limit, projects);
    }
}
