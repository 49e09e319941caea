package com.empathyevidence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The workflow evidence check (one place): what an issue's evidence must show before a workflow transition lets it
 * move on, and what is missing when it does not. Used by the Jira workflow validator and condition alike.
 *
 * <p>Counter-evidence counts as <em>acknowledged</em> when the CONTRADICTS link carries a note: someone wrote down
 * why the work goes ahead anyway (the note is given when the piece, or the map item it backs, is linked). Only active
 * evidence counts; the issue's own figures are used (all of its evidence, whoever reads it), as on the panel.
 */
public final class EvidenceCheck {

    /** The most participants a check may ask for. */
    public static final int MAX_PARTICIPANTS = 50;

    private EvidenceCheck() {
    }

    /**
     * What a transition asks of an issue's evidence.
     *
     * @param minStrength            0 (no minimum) to 100
     * @param noStaleSupport         no STALE piece among the supporting (SUPPORTS, ADDRESSES) evidence
     * @param minParticipants        0 (no minimum) to {@value #MAX_PARTICIPANTS} distinct participants behind the support
     * @param noUnacknowledgedCounter no live counter-evidence whose link has no note
     * @param warnOnly               let the transition pass anyway, and record that it did
     */
    public record Requirements(int minStrength, boolean noStaleSupport, int minParticipants, boolean noUnacknowledgedCounter,
                               boolean warnOnly) {

        public Requirements {
            minStrength = Math.max(0, Math.min(100, minStrength));
            minParticipants = Math.max(0, Math.min(MAX_PARTICIPANTS, minParticipants));
        }

        /** The argument names a workflow descriptor keeps them under. */
        public static final String MIN_STRENGTH = "minStrength";
        public static final String NO_STALE = "noStaleSupport";
        public static final String MIN_PARTICIPANTS = "minParticipants";
        public static final String NO_COUNTER = "noUnacknowledgedCounter";
        public static final String WARN_ONLY = "warnOnly";

        /** Read from stored arguments (strings); anything missing or unreadable is "no requirement". */
        public static Requirements of(Map<?, ?> args) {
            return new Requirements(number(args.get(MIN_STRENGTH)), flag(args.get(NO_STALE)), number(args.get(MIN_PARTICIPANTS)),
                    flag(args.get(NO_COUNTER)), flag(args.get(WARN_ONLY)));
        }

        /** As stored in a workflow descriptor's arguments. */
        public Map<String, String> toArgs() {
            return Map.of(MIN_STRENGTH, String.valueOf(minStrength), NO_STALE, String.valueOf(noStaleSupport),
                    MIN_PARTICIPANTS, String.valueOf(minParticipants), NO_COUNTER, String.valueOf(noUnacknowledgedCounter),
                    WARN_ONLY, String.valueOf(warnOnly));
        }

        private static int number(Object value) {
            try {
                return value == null ? 0 : Integer.parseInt(value.toString().trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static boolean flag(Object value) {
            return value != null && "true".equals(value.toString().trim().toLowerCase(Locale.ROOT));
        }
    }

    /** What can be missing, most serious first. */
    public enum GapKind { NO_EVIDENCE, WEAK, FEW_PARTICIPANTS, STALE_SUPPORT, UNANSWERED_COUNTER }

    /**
     * One thing missing.
     *
     * @param count  what the issue has (its strength, its participants, its stale or unanswered pieces)
     * @param needed what the transition asks (0 where it asks for none at all)
     */
    public record Gap(GapKind kind, int count, int needed) {
    }

    /**
     * @param linked       every piece the issue rests on (as {@code IssueEvidenceService.allLinked} gives them)
     * @param acknowledged ids of counter-evidence whose CONTRADICTS link has a note
     * @return what is missing, most serious first; empty when the issue may move on
     */
    public static List<Gap> check(Requirements requirements, List<AssessedEvidence> linked, Set<Long> acknowledged) {
        List<AssessedEvidence> active = linked.stream().filter(a -> a.evidence().isActive()).toList();
        List<Gap> gaps = new ArrayList<>();
        boolean asksForEvidence = requirements.minStrength() > 0 || requirements.minParticipants() > 0;
        if (active.isEmpty() && asksForEvidence) {
            gaps.add(new Gap(GapKind.NO_EVIDENCE, 0, 0));
            return gaps;
        }
        Strength strength = StrengthRule.score(linked);
        if (strength.score() < requirements.minStrength()) {
            gaps.add(new Gap(GapKind.WEAK, strength.score(), requirements.minStrength()));
        }
        if (strength.participants() < requirements.minParticipants()) {
            gaps.add(new Gap(GapKind.FEW_PARTICIPANTS, strength.participants(), requirements.minParticipants()));
        }
        if (requirements.noStaleSupport()) {
            int stale = (int) active.stream()
                    .filter(a -> a.relation() != Relation.CONTRADICTS && a.freshness().freshness() == Freshness.STALE).count();
            if (stale > 0) {
                gaps.add(new Gap(GapKind.STALE_SUPPORT, stale, 0));
            }
        }
        if (requirements.noUnacknowledgedCounter()) {
            int unanswered = (int) active.stream()
                    .filter(a -> a.relation() == Relation.CONTRADICTS && !acknowledged.contains(a.evidence().id())).count();
            if (unanswered > 0) {
                gaps.add(new Gap(GapKind.UNANSWERED_COUNTER, unanswered, 0));
            }
        }
        return gaps;
    }
}
