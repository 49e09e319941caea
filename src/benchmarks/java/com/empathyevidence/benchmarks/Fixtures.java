package com.empathyevidence.benchmarks;

import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic evidence for the in-memory benchmarks: mixed kinds, source kinds, participants (some unattributed,
 * four segments), projects, re-confirmations and ages, so that FRESH, AGING and STALE all occur.
 */
final class Fixtures {

    /** The benchmarks' "today": fixed, so results never depend on the day they run. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final String[] PROJECTS = {"DEMO", "BILL", "OPS"};
    static final String[] SEGMENTS = {"freelancer", "small business", "agency", "enterprise"};
    private static final SourceKind[] KINDS = SourceKind.values();
    private static final Instant CREATED = Instant.parse("2025-01-01T09:00:00Z");

    private Fixtures() {
    }

    /** {@code count} participants P-000.. with segments in turn. */
    static List<Participant> participants(int count) {
        List<Participant> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(new Participant(i + 1, String.format("P-%03d", i), SEGMENTS[i % SEGMENTS.length], i % 3 == 0 ? "owner" : "bookkeeper"));
        }
        return result;
    }

    /**
     * {@code count} pieces of evidence with ids from {@code firstId}: observed up to 600 days before {@link #TODAY}
     * (so FRESH, AGING and STALE all occur against shelf lives of 90–365 days), one in seven re-confirmed, one in ten
     * unattributed, one in fifty retired.
     *
     * @param sectionOf the section of the i-th piece
     */
    static List<Evidence> evidence(long seed, int count, long firstId, String personaKey, List<Participant> participants,
                                   java.util.function.IntFunction<Section> sectionOf) {
        Random random = new Random(seed);
        List<Evidence> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            SourceKind kind = KINDS[random.nextInt(KINDS.length)];
            LocalDate observed = TODAY.minusDays(random.nextInt(600));
            LocalDate reconfirmed = i % 7 == 3 ? observed.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(observed, TODAY) + 1)) : null;
            Participant participant = i % 10 == 9 ? null : participants.get(random.nextInt(participants.size()));
            EvidenceStatus status = i % 50 == 49 ? EvidenceStatus.RETIRED : EvidenceStatus.ACTIVE;
            EvidenceKind evidenceKind = i % 3 == 0 ? EvidenceKind.OBSERVATION : EvidenceKind.QUOTE;
            result.add(new Evidence(id, "Evidence " + id + ": I re-key every invoice by hand because the export never matches the bank feed.",
                    evidenceKind, sectionOf.apply(i), new Source(kind, "Research round " + (i % 12), "https://research.example.com/r/" + id, null),
                    participant, personaKey, PROJECTS[i % PROJECTS.length], observed, reconfirmed, List.of("invoicing", "export"),
                    status, status == EvidenceStatus.RETIRED ? "superseded" : null, null, false, "pm", CREATED, "pm", CREATED, 1));
        }
        return result;
    }
}
