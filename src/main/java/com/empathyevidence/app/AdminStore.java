package com.empathyevidence.app;

import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.SourceKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The configuration page's queries: aggregate counts for the policy's effect, participants a page at a time, erasures. */
public interface AdminStore {

    /**
     * Active evidence of one source kind whose observed date is in {@code [from, until)}: in {@code projectKey}, or
     * (null) in every project except {@code exceptProjects}. One count; no piece is loaded.
     */
    long countObserved(SourceKind kind, String projectKey, Set<String> exceptProjects, LocalDate from, LocalDate until);

    /** One page of participants whose alias, segment or role contains {@code q} (any case; blank: all), by alias. */
    ParticipantPage participants(String q, int start, int limit);

    /** The latest erasures, newest first: who and when, never whom. */
    List<Erasure> erasures(int limit);

    record ParticipantPage(List<Participant> participants, int total) {
    }

    record Erasure(String actor, String at) {
    }
}
