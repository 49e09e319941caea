package com.empathyevidence.view;

import com.empathyevidence.domain.EvidenceCheck;
import com.empathyevidence.domain.WorkflowPass;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workflow evidence check in words: its configuration screens (Jira's {@code input-parameters},
 * {@code edit-parameters} and {@code view} resources of the validator and condition modules), the one sentence per
 * missing thing a blocked transition shows, and the panel's lines for warn-only passes.
 */
public final class EvidenceCheckView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Texts texts;
    private final EvidenceCheck.Requirements requirements;

    public EvidenceCheckView(Texts texts, EvidenceCheck.Requirements requirements) {
        this.texts = texts;
        this.requirements = requirements;
    }

    /**
     * What is missing, one sentence a PM can act on per gap ("DEMO-7 rests on stale evidence: re-confirm 2 pieces or
     * link fresh evidence."), most serious first.
     */
    public static String sentences(Texts texts, String issueKey, List<EvidenceCheck.Gap> gaps) {
        List<String> out = new ArrayList<>();
        for (EvidenceCheck.Gap gap : gaps) {
            out.add(switch (gap.kind()) {
                case NO_EVIDENCE -> texts.get("empathy.workflow.gap.noEvidence", issueKey);
                case WEAK -> texts.get("empathy.workflow.gap.weak", issueKey, gap.count(), gap.needed());
                case FEW_PARTICIPANTS -> texts.get("empathy.workflow.gap.participants", issueKey, gap.count(), gap.needed());
                case STALE_SUPPORT -> texts.get("empathy.workflow.gap.stale", issueKey, gap.count());
                case UNANSWERED_COUNTER -> texts.get("empathy.workflow.gap.counter", issueKey, gap.count());
            });
        }
        return String.join(" ", out);
    }

    /** The panel's line for a warn-only pass: "pm took “Start progress” on 2 Dec 2026 although it rests on stale evidence." */
    public static String passLine(Texts texts, WorkflowPass pass, String userName) {
        List<String> missing = new ArrayList<>();
        for (EvidenceCheck.GapKind kind : pass.gaps()) {
            missing.add(texts.get("empathy.workflow.pass.gap." + kind.name().toLowerCase(Locale.ROOT)));
        }
        return texts.get("empathy.workflow.pass.line", userName, pass.transition(),
                DAY.format(pass.passedAt().atZone(ZoneId.systemDefault())), String.join(texts.get("empathy.workflow.pass.and"), missing));
    }

    public String getIntro() {
        return texts.get("empathy.workflow.config.intro");
    }

    public String getMinStrengthLabel() {
        return texts.get("empathy.workflow.config.minStrength");
    }

    public String getMinStrength() {
        return String.valueOf(requirements.minStrength());
    }

    public String getNoStaleLabel() {
        return texts.get("empathy.workflow.config.noStale");
    }

    public boolean isNoStale() {
        return requirements.noStaleSupport();
    }

    public String getMinParticipantsLabel() {
        return texts.get("empathy.workflow.config.minParticipants");
    }

    public String getMinParticipants() {
        return String.valueOf(requirements.minParticipants());
    }

    public String getMaxParticipants() {
        return String.valueOf(EvidenceCheck.MAX_PARTICIPANTS);
    }

    public String getNoCounterLabel() {
        return texts.get("empathy.workflow.config.noCounter");
    }

    public boolean isNoCounter() {
        return requirements.noUnacknowledgedCounter();
    }

    public String getWarnOnlyLabel() {
        return texts.get("empathy.workflow.config.warnOnly");
    }

    public boolean isWarnOnly() {
        return requirements.warnOnly();
    }

    /** What the validator asks, for the transition's list of validators: "Evidence check: strength at least 40; no stale supporting evidence." */
    public String getSummary() {
        String summary = texts.get("empathy.workflow.view.validator", asks());
        return requirements.warnOnly() ? summary + " " + texts.get("empathy.workflow.view.warnOnly") : summary;
    }

    /** What the condition asks, for the transition's list of conditions. */
    public String getConditionSummary() {
        return texts.get("empathy.workflow.view.condition", asks());
    }

    private String asks() {
        List<String> parts = new ArrayList<>();
        if (requirements.minStrength() > 0) {
            parts.add(texts.get("empathy.workflow.view.minStrength", requirements.minStrength()));
        }
        if (requirements.minParticipants() > 0) {
            parts.add(texts.get("empathy.workflow.view.minParticipants", requirements.minParticipants()));
        }
        if (requirements.noStaleSupport()) {
            parts.add(texts.get("empathy.workflow.view.noStale"));
        }
        if (requirements.noUnacknowledgedCounter()) {
            parts.add(texts.get("empathy.workflow.view.noCounter"));
        }
        return parts.isEmpty() ? texts.get("empathy.workflow.view.none") : String.join("; ", parts);
    }
}
