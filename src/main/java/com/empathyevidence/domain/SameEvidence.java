package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * When two pieces of evidence are the same (an import does not record a row twice): the same text, participant,
 * source and observed date. Text is compared exactly as stored, that is after the strip of leading and trailing white
 * space every write does (no case folding, no inner white space collapsed: "Too slow" and "too slow" differ). The
 * participant is the alias (or none on both), the source its kind, title, link and moment. Kind, section, persona,
 * project and tags are not compared: the same words from the same moment are one observation wherever they are filed.
 * Only active evidence counts (a retired piece was taken out of use: a row like it is recorded again, active), and only
 * evidence the importer may browse (a piece they may not see is never named).
 */
public record SameEvidence(String text, String participantAlias, SourceKind sourceKind, String sourceTitle, String sourceLink,
                           Integer sourceMoment, LocalDate observedOn) {

    public SameEvidence {
        text = text == null ? "" : text.strip();
        participantAlias = participantAlias == null || participantAlias.isBlank() ? null : participantAlias.strip();
        sourceTitle = sourceTitle == null ? "" : sourceTitle;
        sourceLink = sourceLink == null || sourceLink.isBlank() ? null : sourceLink.strip();
    }

    /** What a new piece would be compared by. */
    public static SameEvidence of(NewEvidence e) {
        Source s = e.source();
        return new SameEvidence(e.text(), e.participantAlias(), s.kind(), s.title(), s.link(), s.momentSeconds(), e.observedOn());
    }
}
