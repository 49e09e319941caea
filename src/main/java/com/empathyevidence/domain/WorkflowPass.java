package com.empathyevidence.domain;

import java.time.Instant;
import java.util.List;

/**
 * A transition that the evidence check let pass in warn-only mode although something was missing: who took it, when,
 * which transition, and what was missing. Shown on the issue's evidence panel.
 */
public record WorkflowPass(String issueKey, String transition, String userKey, Instant passedAt, List<EvidenceCheck.GapKind> gaps) {
}
