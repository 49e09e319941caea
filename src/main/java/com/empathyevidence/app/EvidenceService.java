package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceChanges;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FieldError;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;

/**
 * Evidence use cases, permission-checked: reading needs browse permission on the owning project (otherwise the
 * evidence does not exist for the caller), changing it needs edit permission there.
 */
@JiraComponent
public class EvidenceService {

    /** Freshness is not stored, so a freshness filter looks at no more than this many matches. */
    static final int FRESHNESS_SCAN_MAX = 10_000;

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;
    private final IssueSummaries summaries;

    @Inject
    public EvidenceService(EvidenceStore store, AccessPolicy access, Today today, IssueSummaries summaries) {
        this.store = store;
        this.access = access;
        this.today = today;
        this.summaries = summaries;
    }

    public AssessedEvidence create(EvidenceForm typed) {
        String user = signedIn();
        NewEvidence draft = draft(typed, user, List.of());
        return assess(store.createEvidence(draft), today.get());
    }

    /**
     * The evidence a form describes, checked as {@link #create} checks it (edit permission on its project, a known
     * persona), with whitespace before and after every value removed; {@code more} are field errors of the same
     * request found elsewhere, reported together with these.
     *
     * @throws Problem BAD_REQUEST naming every field that is wrong
     */
    NewEvidence draft(EvidenceForm typed, String user, List<FieldError> more) {
        EvidenceForm form = typed.stripped();
        Validator v = new Validator();
        EvidenceForm.Parsed p = form.parse(v);
        LocalDate now = today.get();
        NewEvidence draft = new NewEvidence(form.text(), p.kind(), p.section(), p.source(), EvidenceForm.blankToNull(form.participant()),
                form.participantSegment(), EvidenceForm.blankToNull(form.persona()), EvidenceForm.blankToNull(form.project()),
                p.observedOn(), user, form.tags(), Boolean.TRUE.equals(form.participantConsent()));
        List<FieldError> errors = new ArrayList<>(v.errors());
        errors.addAll(validate(draft, now));
        if (draft.projectKey() != null && errors.stream().noneMatch(e -> e.field().equals("project")) && !access.canEditProject(draft.projectKey())) {
            errors.add(projectError(draft.projectKey()));
        }
        errors.addAll(newParticipantErrors(draft.participantAlias(), form.participantConsent(), errors));
        if (draft.personaKey() != null && errors.stream().noneMatch(e -> e.field().equals("persona")) && store.persona(draft.personaKey()).isEmpty()) {
            errors.add(new FieldError("persona", "empathy.validation.personaUnknown", draft.personaKey()));
        }
        errors.addAll(more);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return draft;
    }

    static List<FieldError> validate(NewEvidence draft, LocalDate now) {
        try {
            draft.validate(now);
            return List.of();
        } catch (Problem problem) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldError e : problem.fieldErrors()) {
                // fields that failed to parse are already reported once
                if (!(e.messageKey().equals("empathy.validation.date") || e.messageKey().equals("empathy.validation.kind")
                        || e.messageKey().equals("empathy.validation.section") || e.messageKey().equals("empathy.validation.sourceKind"))) {
                    errors.add(e);
                }
            }
            return errors;
        }
    }

    /**
     * The problems of naming a participant in evidence: an erased alias is refused (with the date), and an alias no one
     * has yet creates the participant, so consent must be answered ({@code participantConsent} true or false).
     */
    List<FieldError> newParticipantErrors(String alias, Boolean consent, List<FieldError> already) {
        if (alias == null || already.stream().anyMatch(e -> e.field().equals("participant"))) {
            return List.of();
        }
        LocalDate erasedOn = store.erasedAliases(List.of(alias)).get(alias);
        if (erasedOn != null) {
            return List.of(new FieldError("participant", "empathy.validation.aliasErased", alias, erasedOn.toString()));
        }
        if (consent == null && store.participant(alias).isEmpty()) {
            return List.of(new FieldError("participantConsent", "empathy.validation.participantConsent", alias));
        }
        return List.of();
    }

    /** Refuses an alias whose participant was erased: the person said they are not to be recorded again. */
    void refuseErasedAlias(String field, String alias) {
        LocalDate erasedOn = store.erasedAliases(List.of(alias)).get(alias);
        if (erasedOn != null) {
            new Validator().error(field, "empathy.validation.aliasErased", alias, erasedOn.toString()).check();
        }
    }

    /**
     * Why a project cannot take evidence from the caller. Only someone who may know whether the project exists (an
     * administrator, or a user who may browse it) is told that there is no such project; everyone else gets the same
     * message for a project that does not exist and one they may not browse, so that existence never leaks.
     */
    FieldError projectError(String projectKey) {
        if (access.isAdmin() && !access.projectExists(projectKey)) {
            return new FieldError("project", "empathy.validation.projectUnknown", projectKey);
        }
        return new FieldError("project", "empathy.validation.projectNoEdit", projectKey);
    }

    public AssessedEvidence get(long id) {
        signedIn();
        return assess(visible(id), today.get());
    }

    public AssessedEvidence update(long id, EvidenceForm typed) {
        String user = signedIn();
        EvidenceForm form = typed.stripped();
        Evidence current = visible(id);
        requireEdit(current);
        Validator v = new Validator();
        EvidenceForm.Parsed p = form.parse(v);
        if (form.version() == null) {
            v.error("version", "empathy.validation.version");
        }
        LocalDate now = today.get();
        NewEvidence draft = new NewEvidence(form.text(), p.kind(), p.section(), p.source(), EvidenceForm.blankToNull(form.participant()),
                null, EvidenceForm.blankToNull(form.persona()), current.projectKey(), p.observedOn(), user, form.tags());
        List<FieldError> errors = new ArrayList<>(v.errors());
        errors.addAll(validate(draft, now));
        boolean sameParticipant = draft.participantAlias() != null && current.participant() != null
                && draft.participantAlias().equals(current.participant().alias());
        if (!sameParticipant) {
            errors.addAll(newParticipantErrors(draft.participantAlias(), form.participantConsent(), errors));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        Evidence updated = store.updateEvidence(id, new EvidenceChanges(draft.text(), draft.kind(), draft.section(), draft.source(),
                draft.participantAlias(), draft.personaKey(), draft.observedOn(), draft.tags(), form.version(), user,
                Boolean.TRUE.equals(form.participantConsent())));
        summaries.afterEvidenceChange(id);
        return assess(updated, now);
    }

    public AssessedEvidence retire(long id, String reason, Long successorId) {
        String user = signedIn();
        Evidence current = visible(id);
        requireEdit(current);
        reason = EvidenceForm.strip(reason);
        Validator v = new Validator();
        v.text("reason", reason, Limits.REASON_MAX);
        if (successorId != null) {
            if (successorId == id) {
                v.error("successorId", "empathy.validation.successorSelf");
            } else if (store.evidence(successorId).filter(this::mayBrowse).isEmpty()) {
                v.error("successorId", "empathy.validation.successorUnknown", String.valueOf(successorId));
            }
        }
        v.check();
        if (!current.isActive()) {
            throw Problem.conflict("empathy.error.alreadyRetired", String.valueOf(id));
        }
        AssessedEvidence retired = assess(store.retire(id, reason, successorId, user), today.get());
        summaries.afterEvidenceChange(id);
        return retired;
    }

    public Reconfirmation reconfirm(long id, String confirmedOn, String note) {
        String user = signedIn();
        Evidence current = visible(id);
        requireEdit(current);
        Validator v = new Validator();
        LocalDate date = confirmedOn == null || confirmedOn.isBlank() ? today.get() : EvidenceForm.date(v, "confirmedOn", confirmedOn);
        v.check();
        note = EvidenceForm.strip(note);
        Reconfirmation.validate(date, note, current.observedOn(), today.get());
        if (!current.isActive()) {
            throw Problem.conflict("empathy.error.retiredNoReconfirm", String.valueOf(id));
        }
        if (current.redacted()) {
            throw Problem.conflict("empathy.error.redactedNoReconfirm", String.valueOf(id));
        }
        Reconfirmation done = store.reconfirm(id, date, note == null || note.isEmpty() ? null : note, user);
        summaries.afterEvidenceChange(id);
        return done;
    }

    public List<Reconfirmation> reconfirmations(long id) {
        signedIn();
        visible(id);
        return store.reconfirmations(id);
    }

    /**
     * One page of what the caller may see. Evidence in projects they cannot browse is neither shown nor counted:
     * {@code hidden} is always 0 here. A count of hidden matches would move with the filters (text, participant,
     * dates, tags, section, source kind, persona, freshness) and so answer yes/no questions about content the caller
     * may not read ({@code q=hinges} gives 1, {@code q=hingez} 0). Hidden counts are reported only for what the caller
     * already knows exists: the links of an issue they can browse (the panel), and a persona's map.
     */
    public SearchResult search(EvidenceQuery query, Freshness freshness) {
        signedIn();
        List<String> projects = access.browsableProjects();
        LocalDate now = today.get();
        FreshnessPolicies policies = store.policies();
        if (query.projectKey() != null && !projects.contains(query.projectKey())) {
            return new SearchResult(List.of(), 0, query.offset(), query.limit(), 0);
        }
        List<AssessedEvidence> items = new ArrayList<>();
        int total;
        if (freshness == null) {
            EvidenceStore.Page<Evidence> page = store.search(visibleOnly(query, projects));
            page.items().forEach(e -> items.add(IssueEvidenceService.assess(e, policies, now, null)));
            total = page.total();
        } else {
            EvidenceStore.Page<Evidence> scan = store.search(withPaging(visibleOnly(query, projects), 0, FRESHNESS_SCAN_MAX));
            List<AssessedEvidence> matching = new ArrayList<>();
            for (Evidence e : scan.items()) {
                AssessedEvidence a = IssueEvidenceService.assess(e, policies, now, null);
                if (a.freshness().freshness() == freshness) {
                    matching.add(a);
                }
            }
            total = matching.size();
            items.addAll(matching.subList(Math.min(query.offset(), total), Math.min(query.offset() + query.limit(), total)));
        }
        return new SearchResult(items, total, query.offset(), query.limit(), 0);
    }

    /** A page of results and the total matching; {@code hidden} is always 0 (see {@link #search}). */
    public record SearchResult(List<AssessedEvidence> items, int total, int offset, int limit, int hidden) {
    }

    private static EvidenceQuery withPaging(EvidenceQuery q, int offset, int limit) {
        return new EvidenceQuery(q.text(), q.personaKey(), q.section(), q.sourceKind(), q.projectKey(), q.participantAlias(),
                q.observedFrom(), q.observedTo(), q.status(), q.sort(), offset, limit, q.projectKeys(), q.kind());
    }

    private static EvidenceQuery visibleOnly(EvidenceQuery q, List<String> projects) {
        return new EvidenceQuery(q.text(), q.personaKey(), q.section(), q.sourceKind(), q.projectKey(), q.participantAlias(),
                q.observedFrom(), q.observedTo(), q.status(), q.sort(), q.offset(), q.limit(), projects, q.kind());
    }

    AssessedEvidence assessToday(Evidence e) {
        return assess(e, today.get());
    }

    AssessedEvidence assess(Evidence e, LocalDate now) {
        return IssueEvidenceService.assess(e, store.policies(), now, null);
    }

    Evidence visible(long id) {
        return store.evidence(id).filter(this::mayBrowse)
                .orElseThrow(() -> Problem.notFound("empathy.error.evidenceNotFound", String.valueOf(id)));
    }

    private boolean mayBrowse(Evidence e) {
        return e.projectKey() == null || access.canBrowseProject(e.projectKey());
    }

    private void requireEdit(Evidence e) {
        if (e.projectKey() != null && !access.canEditProject(e.projectKey())) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.noEditEvidence", e.projectKey());
        }
    }

    String signedIn() {
        return access.currentUser().orElseThrow(() -> new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn"));
    }

    static EvidenceStatus status(String value) {
        return value == null || value.isBlank() ? null : EvidenceStatus.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
