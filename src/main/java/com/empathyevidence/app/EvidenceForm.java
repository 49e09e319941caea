package com.empathyevidence.app;

import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Evidence as a person typed it: strings, parsed here so that every unreadable value becomes a field error with
 * the field's own name, alongside the domain's validation.
 */
public record EvidenceForm(String text, String kind, String section, String sourceKind, String sourceTitle,
                           String sourceLink, Integer sourceMomentSeconds, String participant, String participantSegment,
                           String persona, String project, String observedOn, List<String> tags, Integer version,
                           Boolean participantConsent) {

    public EvidenceForm(String text, String kind, String section, String sourceKind, String sourceTitle, String sourceLink,
                        Integer sourceMomentSeconds, String participant, String participantSegment, String persona, String project,
                        String observedOn, List<String> tags, Integer version) {
        this(text, kind, section, sourceKind, sourceTitle, sourceLink, sourceMomentSeconds, participant, participantSegment, persona,
                project, observedOn, tags, version, null);
    }

    /**
     * The same form with whitespace before and after every value removed (inside a value it is kept exactly), as
     * everywhere in the app (docs/evidence-model.md): limits count what is stored.
     */
    public EvidenceForm stripped() {
        return new EvidenceForm(strip(text), strip(kind), strip(section), strip(sourceKind), strip(sourceTitle), strip(sourceLink),
                sourceMomentSeconds, strip(participant), strip(participantSegment), strip(persona), strip(project), strip(observedOn),
                tags == null ? null : tags.stream().map(EvidenceForm::strip).toList(), version, participantConsent);
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** This form with another owning project. */
    public EvidenceForm withProject(String projectKey) {
        return new EvidenceForm(text, kind, section, sourceKind, sourceTitle, sourceLink, sourceMomentSeconds, participant,
                participantSegment, persona, projectKey, observedOn, tags, version, participantConsent);
    }

    /** The parsed values; fields that could not be parsed are null and have an error in {@code v}. */
    record Parsed(EvidenceKind kind, Section section, Source source, LocalDate observedOn) {
    }

    Parsed parse(Validator v) {
        EvidenceKind k = null;
        if (kind == null || kind.isBlank()) {
            k = EvidenceKind.QUOTE;
        } else {
            try {
                k = EvidenceKind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.error("kind", "empathy.validation.kind");
            }
        }
        Section s = Section.parse(section).orElse(null);
        if (s == null) {
            v.error("section", "empathy.validation.section");
        }
        SourceKind sk = SourceKind.parse(sourceKind).orElse(null);
        if (sk == null) {
            v.error("sourceKind", "empathy.validation.sourceKind");
            // without a source the domain cannot check the rest of it: check it here, so every problem is named at once
            v.optionalText("sourceTitle", sourceTitle, com.empathyevidence.domain.Limits.SOURCE_TITLE_MAX);
            v.link("sourceLink", sourceLink);
            v.range("sourceMomentSeconds", sourceMomentSeconds, 0, com.empathyevidence.domain.Limits.MOMENT_MAX_SECONDS);
        }
        LocalDate observed = date(v, "observedOn", observedOn);
        Source src = sk == null ? null : new Source(sk, sourceTitle, blankToNull(sourceLink), sourceMomentSeconds);
        return new Parsed(k, s, src, observed);
    }

    static LocalDate date(Validator v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.error(field, "empathy.validation.date");
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            v.error(field, "empathy.validation.date");
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
