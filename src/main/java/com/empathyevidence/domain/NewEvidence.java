package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What it takes to record a piece of evidence. The participant is found by alias, or created with the segment and
 * the consent as answered ({@code participantConsent}).
 * {@link #validate(LocalDate)} lists every problem at once; the store never sees invalid evidence.
 */
public record NewEvidence(String text, EvidenceKind kind, Section section, Source source, String participantAlias,
                          String participantSegment, String personaKey, String projectKey, LocalDate observedOn,
                          String createdBy, List<String> tags, boolean participantConsent) {

    /** Evidence whose participant, should it be created, has consented. */
    public NewEvidence(String text, EvidenceKind kind, Section section, Source source, String participantAlias,
                       String participantSegment, String personaKey, String projectKey, LocalDate observedOn,
                       String createdBy, List<String> tags) {
        this(text, kind, section, source, participantAlias, participantSegment, personaKey, projectKey, observedOn, createdBy, tags, true);
    }

    public NewEvidence(String text, EvidenceKind kind, Section section, Source source, String participantAlias,
                       String participantSegment, String personaKey, String projectKey, LocalDate observedOn,
                       String createdBy) {
        this(text, kind, section, source, participantAlias, participantSegment, personaKey, projectKey, observedOn, createdBy, List.of());
    }

    public NewEvidence {
        tags = tags == null ? List.of() : normaliseTags(tags);
    }

    /** Throws a {@link Problem} naming every invalid field. */
    public void validate(LocalDate today) {
        Validator v = new Validator();
        v.text("text", text, Limits.TEXT_MAX);
        if (kind == null) {
            v.error("kind", "empathy.validation.kind");
        }
        if (section == null) {
            v.error("section", "empathy.validation.section");
        }
        if (source == null) {
            v.error("sourceKind", "empathy.validation.sourceKind");
        } else {
            v.optionalText("sourceTitle", source.title(), Limits.SOURCE_TITLE_MAX);
            v.link("sourceLink", source.link());
            v.range("sourceMomentSeconds", source.momentSeconds(), 0, Limits.MOMENT_MAX_SECONDS);
        }
        if (participantAlias != null && !participantAlias.isBlank()) {
            v.pattern("participant", participantAlias, Limits.ALIAS, Limits.ALIAS_MAX, "empathy.validation.alias");
        }
        v.optionalText("participantSegment", participantSegment, Limits.SEGMENT_MAX);
        if (personaKey != null && !personaKey.isBlank()) {
            v.pattern("persona", personaKey, Limits.PERSONA_KEY, Limits.PERSONA_KEY_MAX, "empathy.validation.personaKey");
        }
        v.pattern("project", projectKey, Limits.PROJECT_KEY, 20, "empathy.validation.projectKey");
        v.observedOn("observedOn", observedOn, today);
        validateTags(v, tags);
        v.check();
    }

    static void validateTags(Validator v, List<String> tags) {
        if (tags.size() > Limits.TAGS_MAX) {
            v.error("tags", "empathy.validation.tooManyTags", Limits.TAGS_MAX);
        }
        for (String tag : tags) {
            if (Validator.loneSurrogate(tag) >= 0) {
                v.error("tags", "empathy.validation.brokenCharacter", Validator.loneSurrogate(tag) + 1);
                break;
            }
            if (Validator.codePoints(tag) > Limits.TAG_MAX || !Limits.TAG.matcher(tag).matches()) {
                v.error("tags", "empathy.validation.tag", tag, Limits.TAG_MAX);
                break;
            }
        }
    }

    static List<String> normaliseTags(List<String> tags) {
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !result.contains(t)) {
                result.add(t);
            }
        }
        return List.copyOf(result);
    }
}
