package com.empathyevidence.app;

import java.util.List;

/**
 * What one issue rests on, as the current viewer may see it.
 *
 * @param hiddenCount linked evidence the viewer may not see: counted, never shown
 */
public record IssueEvidence(IssueRef issue, List<AssessedEvidence> evidence, int hiddenCount) {
}
