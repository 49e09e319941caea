package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The counts an issue's strength ({@link StrengthRule}) and warnings ({@link WarningRule}) are judged on: nothing
 * about a piece but what the rules count, so that the store can answer them with aggregate queries whatever the
 * number of links ({@code storage/AoPanelAggregates}), and {@link #of} computes the same counts from the pieces in
 * memory. Both paths must give equal tallies (a randomised test compares them on H2 and PostgreSQL).
 *
 * <p>Strength counts: {@code strengthSupporting} active pieces with relation ADDRESSES or SUPPORTS, the distinct
 * {@code participants} (by alias), {@code kinds} and non-blank {@code segments} behind them, the sums of their freshness
 * weights and method qualities in tenths, and the distinct {@code counterVoices} of active CONTRADICTS pieces (a
 * participant, or an unattributed piece). Warning counts: {@code active} and {@code retired} pieces, active
 * {@code stale} ones, active contradicting ones not stale ({@code counter}) and stale ({@code staleCounter}), active
 * pieces not contradicting ({@code supporting}), the distinct participants behind those
 * ({@code supportingParticipants}) and whether one of them is unattributed, and the active pieces not stale that turn
 * stale within {@value WarningRule#TURNING_STALE_DAYS} days ({@code turning}) with the earliest day one does.
 * On an issue every piece has a relation, so the two "supporting" counts are equal there. Confidence counts
 * ({@link ConfidenceRule}), over the strength's supporting pieces: the distinct {@code supportingVoices} (a participant
 * by id, or an unattributed piece), the {@code weakSupporting} ones of method quality at most 0.5, the
 * {@code staleSupporting} and {@code agingSupporting} ones, and the {@code offPersona} ones about a persona not among
 * the finding's personas (none counted when it names no personas).
 */
public record IssueTallies(int strengthSupporting, int participants, int kinds, int segments, long weightTenths,
                           long qualityTenths, int counterVoices,
                           int active, int retired, int stale, int counter, int staleCounter, int supporting,
                           int supportingParticipants, boolean unattributedSupport, int turning, LocalDate soonestStale,
                           int supportingVoices, int weakSupporting, int staleSupporting, int agingSupporting, int offPersona) {

    /** Method quality at most this (in tenths) is weak for CERQual's methodological limitations. */
    public static final long WEAK_QUALITY_TENTHS = 5;

    /** The weight of a piece's freshness in the recency part, in tenths: FRESH 1, AGING 0.5, STALE 0.1. */
    public static int weightTenths(Freshness freshness) {
        return switch (freshness) {
            case FRESH -> 10;
            case AGING -> 5;
            case STALE -> 1;
        };
    }

    /** A source kind's method quality ({@link StrengthRule#QUALITY}) in tenths. */
    public static long qualityTenths(SourceKind kind) {
        return Math.round(StrengthRule.QUALITY.get(kind) * 10);
    }

    /** True when the piece turns stale within the warning's window: not stale yet, and at most 30 days left. */
    public static boolean turning(FreshnessAssessment f, LocalDate today) {
        return f.freshness() != Freshness.STALE && f.daysUntilStale(today) <= WarningRule.TURNING_STALE_DAYS;
    }

    /** The tallies of pieces in memory, each assessed on {@code today}, the finding naming no personas. */
    public static IssueTallies of(List<AssessedEvidence> linked, LocalDate today) {
        return of(linked, today, Set.of());
    }

    /** The tallies of pieces in memory, each assessed on {@code today}, for a finding about {@code personas}. */
    public static IssueTallies of(List<AssessedEvidence> linked, LocalDate today, Set<String> personas) {
        int strengthSupporting = 0;
        Set<String> participants = new HashSet<>();
        Set<SourceKind> kinds = new HashSet<>();
        Set<String> segments = new HashSet<>();
        long weight = 0;
        long quality = 0;
        Set<String> counterVoices = new HashSet<>();
        int active = 0;
        int retired = 0;
        int stale = 0;
        int counter = 0;
        int staleCounter = 0;
        int supporting = 0;
        Set<String> supportingParticipants = new HashSet<>();
        boolean unattributed = false;
        int turning = 0;
        LocalDate soonest = null;
        Set<String> voices = new HashSet<>();
        int weak = 0;
        int staleSupporting = 0;
        int agingSupporting = 0;
        int offPersona = 0;
        for (AssessedEvidence a : linked) {
            Evidence e = a.evidence();
            if (!e.isActive()) {
                retired++;
                continue;
            }
            active++;
            Freshness f = a.freshness().freshness();
            if (f == Freshness.STALE) {
                stale++;
            } else if (turning(a.freshness(), today)) {
                turning++;
                LocalDate staleOn = a.freshness().staleAfter().plusDays(1);
                soonest = soonest == null || staleOn.isBefore(soonest) ? staleOn : soonest;
            }
            if (a.relation() == Relation.CONTRADICTS) {
                counterVoices.add(e.participant() == null ? "#" + e.id() : "P" + e.participant().id());
                if (f != Freshness.STALE) {
                    counter++;
                } else {
                    staleCounter++;
                }
                continue;
            }
            supporting++;
            if (e.participant() == null) {
                unattributed = true;
            } else {
                supportingParticipants.add(e.participant().alias());
            }
            if (a.relation() == null) {
                continue; // not linked: no part of the strength
            }
            strengthSupporting++;
            if (e.participant() != null) {
                participants.add(e.participant().alias());
                if (e.participant().segment() != null && !e.participant().segment().isBlank()) {
                    segments.add(e.participant().segment());
                }
            }
            kinds.add(e.source().kind());
            weight += weightTenths(f);
            quality += qualityTenths(e.source().kind());
            voices.add(e.participant() == null ? "#" + e.id() : "P" + e.participant().id());
            weak += qualityTenths(e.source().kind()) <= WEAK_QUALITY_TENTHS ? 1 : 0;
            staleSupporting += f == Freshness.STALE ? 1 : 0;
            agingSupporting += f == Freshness.AGING ? 1 : 0;
            String persona = e.personaKey();
            offPersona += !personas.isEmpty() && persona != null && !personas.contains(persona) ? 1 : 0;
        }
        return new IssueTallies(strengthSupporting, participants.size(), kinds.size(), segments.size(), weight, quality,
                counterVoices.size(), active, retired, stale, counter, staleCounter, supporting, supportingParticipants.size(),
                unattributed, turning, soonest,
                voices.size(), weak, staleSupporting, agingSupporting, offPersona);
    }
}
