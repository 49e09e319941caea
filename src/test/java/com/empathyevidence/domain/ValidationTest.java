package com.empathyevidence.domain;

import static com.empathyevidence.domain.Fixtures.TODAY;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Input validation: every wrong field is listed at once, each with its field name (as the API spells it) and its
 * message key and arguments. Limits from {@link Limits}.
 */
public class ValidationTest {

    /** The field errors of the {@link Problem} the action throws; fails when it throws none. */
    static List<FieldError> errors(Runnable action) {
        try {
            action.run();
        } catch (Problem p) {
            assertEquals(Problem.Kind.INVALID, p.kind());
            assertEquals("empathy.error.invalid", p.messageKey());
            assertArrayEquals(new Serializable[] {p.fieldErrors().size()}, p.args());
            return p.fieldErrors();
        }
        fail("expected the input to be rejected");
        return null;
    }

    private static FieldError error(String field, String key, Serializable... args) {
        return new FieldError(field, key, args);
    }

    // ------------------------------------------------------------------------------------------------ characters

    @Test
    public void halfOfASurrogatePairIsFoundByItsPositionInCodePoints() {
        assertEquals(-1, Validator.loneSurrogate("fine \uD83D\uDE00 text"));
        assertEquals(-1, Validator.loneSurrogate(""));
        assertEquals(0, Validator.loneSurrogate("\uDE00abc"));
        assertEquals(2, Validator.loneSurrogate("\uD83D\uDE00a\uD83D"));
        assertEquals(1, Validator.loneSurrogate("a\uD83Db"));
        assertEquals(3, Validator.codePoints("\uD83D\uDE00a\uD83D\uDE00"));
    }

    @Test
    public void brokenCharactersAreRefusedByFieldAndLengthsCountCodePoints() {
        Validator v = new Validator();
        v.text("text", "Oh \uD83D no", 10);
        v.optionalText("sourceTitle", "\uD83D\uDE00".repeat(200), 200);
        v.optionalText("role", "\uD83D\uDE00".repeat(101), 100);
        v.pattern("persona", "AB\uDC00", Limits.PERSONA_KEY, 32, "empathy.validation.personaKey");
        v.link("sourceLink", "https://example.com/\uD83D");
        assertEquals(List.of(error("text", "empathy.validation.brokenCharacter", 4),
                error("role", "empathy.validation.tooLong", 100, 101),
                error("persona", "empathy.validation.brokenCharacter", 3),
                error("sourceLink", "empathy.validation.brokenCharacter", 21)), v.errors());
    }

    @Test
    public void tenTagsOfFortyCodePointsOfA4ByteLetterAreAllowed() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < Limits.TAGS_MAX; i++) {
            tags.add((char) ('a' + i) + "\uD835\uDC00".repeat(Limits.TAG_MAX - 1));
        }
        Validator v = new Validator();
        NewEvidence.validateTags(v, tags);
        assertEquals(List.of(), v.errors());
        NewEvidence.validateTags(v, List.of("a" + "\uD835\uDC00".repeat(Limits.TAG_MAX)));
        assertEquals(List.of(error("tags", "empathy.validation.tag", "a" + "\uD835\uDC00".repeat(Limits.TAG_MAX), Limits.TAG_MAX)), v.errors());
    }

    // ------------------------------------------------------------------------------------------------ NewEvidence

    /** A valid piece; each test changes what it needs through {@link Input}. */
    private static final class Input {
        String text = "I re-key every line of the bank statement.";
        EvidenceKind kind = EvidenceKind.QUOTE;
        Section section = Section.PAINS;
        Source source = new Source(SourceKind.INTERVIEW, "Accountant interviews", "https://research.example.com/r/7", 1312);
        String alias = "P-014";
        String segment = "3-person practice";
        String persona = "ACCOUNTANT";
        String project = "DEMO";
        LocalDate observedOn = TODAY.minusDays(21);
        List<String> tags = List.of("bank-import", "csv");

        NewEvidence build() {
            return new NewEvidence(text, kind, section, source, alias, segment, persona, project, observedOn, "pm", tags);
        }

        List<FieldError> errors() {
            NewEvidence e = build();
            return ValidationTest.errors(() -> e.validate(TODAY));
        }

        void valid() {
            build().validate(TODAY);
        }
    }

    private static Input input() {
        return new Input();
    }

    @Test
    public void aValidPiecePasses() {
        input().valid();
        Input minimal = input();
        minimal.source = new Source(SourceKind.OTHER, null, null, null);
        minimal.alias = null;
        minimal.segment = null;
        minimal.persona = null;
        minimal.tags = null;
        minimal.valid();
        Input blanks = input();
        blanks.alias = "  ";
        blanks.persona = "";
        blanks.source = new Source(SourceKind.OTHER, "", " ", null);
        blanks.valid();
    }

    @Test
    public void everyWrongFieldIsListedAtOnce() {
        Input in = input();
        in.text = "   ";
        in.kind = null;
        in.section = null;
        in.source = new Source(SourceKind.INTERVIEW, "t".repeat(201), "javascript:alert(1)", -1);
        in.alias = "P 014";
        in.segment = "s".repeat(101);
        in.persona = "accountant";
        in.project = "demo";
        in.observedOn = TODAY.plusDays(1);
        in.tags = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "no spaces");
        assertEquals(List.of(
                error("text", "empathy.validation.required"),
                error("kind", "empathy.validation.kind"),
                error("section", "empathy.validation.section"),
                error("sourceTitle", "empathy.validation.tooLong", 200, 201),
                error("sourceLink", "empathy.validation.linkScheme", "javascript"),
                error("sourceMomentSeconds", "empathy.validation.range", 0, 86400),
                error("participant", "empathy.validation.alias"),
                error("participantSegment", "empathy.validation.tooLong", 100, 101),
                error("persona", "empathy.validation.personaKey"),
                error("project", "empathy.validation.projectKey"),
                error("observedOn", "empathy.validation.futureDate", TODAY.toString()),
                error("tags", "empathy.validation.tooManyTags", 10),
                error("tags", "empathy.validation.tag", "no spaces", 40)), in.errors());
    }

    @Test
    public void missingKindSectionSourceAndDate() {
        Input in = input();
        in.kind = null;
        in.section = null;
        in.source = null;
        in.observedOn = null;
        in.project = null;
        assertEquals(List.of(
                error("kind", "empathy.validation.kind"),
                error("section", "empathy.validation.section"),
                error("sourceKind", "empathy.validation.sourceKind"),
                error("project", "empathy.validation.required"),
                error("observedOn", "empathy.validation.date")), in.errors());
    }

    @Test
    public void textIsRequired() {
        for (String blank : new String[] {null, "", " \n\t "}) {
            Input in = input();
            in.text = blank;
            assertEquals(List.of(error("text", "empathy.validation.required")), in.errors());
        }
    }

    @Test
    public void textUpToFiveThousandCodePoints() {
        Input in = input();
        in.text = "a".repeat(5000);
        in.valid();
        in.text = "a".repeat(5001);
        assertEquals(List.of(error("text", "empathy.validation.tooLong", 5000, 5001)), in.errors());
    }

    @Test
    public void anEmojiCountsAsOneCharacter() {
        Input in = input();
        // "😀" is one code point but two UTF-16 chars: 5,000 of them are 10,000 chars and still allowed
        in.text = "😀".repeat(5000);
        assertEquals(10000, in.text.length());
        in.valid();
        in.text = "😀".repeat(5001);
        assertEquals(List.of(error("text", "empathy.validation.tooLong", 5000, 5001)), in.errors());
    }

    @Test
    public void observedDate() {
        Input in = input();
        in.observedOn = TODAY;
        in.valid();
        in.observedOn = LocalDate.of(1990, 1, 1);
        in.valid();
        in.observedOn = TODAY.plusDays(1);
        assertEquals(List.of(error("observedOn", "empathy.validation.futureDate", "2025-06-15")), in.errors());
        in.observedOn = LocalDate.of(1989, 12, 31);
        assertEquals(List.of(error("observedOn", "empathy.validation.dateTooEarly", "1990-01-01")), in.errors());
        in.observedOn = null;
        assertEquals(List.of(error("observedOn", "empathy.validation.date")), in.errors());
    }

    @Test
    public void onlyHttpAndHttpsLinksWithAHost() {
        for (String ok : new String[] {"https://research.example.com/r/7?t=1312", "http://intranet/recordings/7",
                                       "HTTPS://EXAMPLE.COM", " https://example.com/padded "}) {
            Input in = input();
            in.source = new Source(SourceKind.INTERVIEW, "", ok, null);
            in.valid();
        }
        // each refusal says why: the scheme it has, a missing server name, or the character that cannot be in a link
        Map<String, FieldError> bad = new java.util.LinkedHashMap<>();
        bad.put("javascript:alert(1)", error("sourceLink", "empathy.validation.linkScheme", "javascript"));
        bad.put("JavaScript://example.com/%0Aalert(1)", error("sourceLink", "empathy.validation.linkScheme", "javascript"));
        bad.put("data:text/html,<script>alert(1)</script>", error("sourceLink", "empathy.validation.linkScheme", "data"));
        bad.put("ftp://files.example.com/r.mp4", error("sourceLink", "empathy.validation.linkScheme", "ftp"));
        bad.put("mailto:pm@example.com", error("sourceLink", "empathy.validation.linkScheme", "mailto"));
        bad.put("/recordings/7", error("sourceLink", "empathy.validation.link"));
        bad.put("recordings/7", error("sourceLink", "empathy.validation.link"));
        bad.put("www.example.com", error("sourceLink", "empathy.validation.link"));
        bad.put("http:///no-host", error("sourceLink", "empathy.validation.linkHost", "http"));
        bad.put("https://exa mple.com", error("sourceLink", "empathy.validation.linkHost", "https"));
        bad.put("https://example.com/100%/x", error("sourceLink", "empathy.validation.linkUnreadable", 24, "%"));
        for (Map.Entry<String, FieldError> b : bad.entrySet()) {
            Input in = input();
            in.source = new Source(SourceKind.INTERVIEW, "", b.getKey(), null);
            assertEquals(b.getKey(), List.of(b.getValue()), in.errors());
        }
    }

    @Test
    public void aWebAddressWithSpacesIsEncodedNotRefused() {
        Input in = input();
        in.source = new Source(SourceKind.INTERVIEW, "", " https://contoso.sharepoint.com/sites/Research/Shared Documents/Interview 3.mp4 ", null);
        in.valid();
        assertEquals("https://contoso.sharepoint.com/sites/Research/Shared%20Documents/Interview%203.mp4", in.source.link());
        assertEquals("an encoded address stays as it is", "https://example.com/a%20b?q=x%7Cy",
                WebLinks.encode("https://example.com/a%20b?q=x|y"));
        assertEquals("https://example.com/a%E2%80%AFb%09c", WebLinks.encode("https://example.com/a\u202Fb\tc"));
        assertEquals(List.of(), new Validator().link("sourceLink", "https://contoso.sharepoint.com/Shared Documents/a b.docx").errors());
    }

    @Test
    public void linkUpToTwoThousandCharacters() {
        String base = "https://example.com/";
        Input in = input();
        in.source = new Source(SourceKind.INTERVIEW, "", base + "a".repeat(2000 - base.length()), null);
        in.valid();
        in.source = new Source(SourceKind.INTERVIEW, "", base + "a".repeat(2001 - base.length()), null);
        assertEquals(List.of(error("sourceLink", "empathy.validation.tooLong", 2000, 2001)), in.errors());
    }

    @Test
    public void momentWithinTwentyFourHours() {
        for (Integer ok : new Integer[] {null, 0, 1312, 86400}) {
            Input in = input();
            in.source = new Source(SourceKind.INTERVIEW, "", null, ok);
            in.valid();
        }
        for (int bad : new int[] {-1, 86401}) {
            Input in = input();
            in.source = new Source(SourceKind.INTERVIEW, "", null, bad);
            assertEquals(List.of(error("sourceMomentSeconds", "empathy.validation.range", 0, 86400)), in.errors());
        }
    }

    @Test
    public void participantAlias() {
        for (String ok : new String[] {"P-014", "p.014_x", "7", "A".repeat(32)}) {
            Input in = input();
            in.alias = ok;
            in.valid();
        }
        for (String bad : new String[] {"P 014", "-P1", ".hidden", "Anna Müller", "P/14"}) {
            Input in = input();
            in.alias = bad;
            assertEquals(bad, List.of(error("participant", "empathy.validation.alias")), in.errors());
        }
        Input in = input();
        in.alias = "A".repeat(33);
        assertEquals(List.of(error("participant", "empathy.validation.tooLong", 32, 33)), in.errors());
    }

    @Test
    public void personaKey() {
        for (String ok : new String[] {"ACCOUNTANT", "OPS-MANAGER", "P_2", "A".repeat(32)}) {
            Input in = input();
            in.persona = ok;
            in.valid();
        }
        for (String bad : new String[] {"accountant", "1ACC", "-ACC", "OPS MANAGER"}) {
            Input in = input();
            in.persona = bad;
            assertEquals(bad, List.of(error("persona", "empathy.validation.personaKey")), in.errors());
        }
        Input in = input();
        in.persona = "A".repeat(33);
        assertEquals(List.of(error("persona", "empathy.validation.tooLong", 32, 33)), in.errors());
    }

    @Test
    public void projectKey() {
        for (String ok : new String[] {"A", "DEMO", "DEMO_2", "A".repeat(20)}) {
            Input in = input();
            in.project = ok;
            in.valid();
        }
        for (String bad : new String[] {"demo", "DEMO-1", "2DEMO", "_DEMO"}) {
            Input in = input();
            in.project = bad;
            assertEquals(bad, List.of(error("project", "empathy.validation.projectKey")), in.errors());
        }
        Input in = input();
        in.project = "A".repeat(21);
        assertEquals(List.of(error("project", "empathy.validation.tooLong", 20, 21)), in.errors());
        in.project = " ";
        assertEquals(List.of(error("project", "empathy.validation.required")), in.errors());
    }

    @Test
    public void tagsAreNormalisedThenCheckedForNumberAndShape() {
        NewEvidence normalised = new NewEvidence("t", EvidenceKind.QUOTE, Section.SAYS, new Source(SourceKind.OTHER, null, null, null),
                null, null, null, "DEMO", TODAY, "pm", java.util.Arrays.asList(" CSV ", "csv", null, "", "Bank-Import", "Überweisung"));
        assertEquals(List.of("csv", "bank-import", "überweisung"), normalised.tags());
        normalised.validate(TODAY);

        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add("tag" + i);
        }
        Input in = input();
        in.tags = ten;
        in.valid();
        List<String> elevenWithDuplicate = new ArrayList<>(ten);
        elevenWithDuplicate.add("TAG0");
        in.tags = elevenWithDuplicate;
        in.valid();
        List<String> eleven = new ArrayList<>(ten);
        eleven.add("tag10");
        in.tags = eleven;
        assertEquals(List.of(error("tags", "empathy.validation.tooManyTags", 10)), in.errors());

        in.tags = List.of("x".repeat(40));
        in.valid();
        for (String bad : new String[] {"x".repeat(41), "no spaces", "-lead", "a/b", "#hash"}) {
            in.tags = List.of("fine", bad);
            String shown = bad.toLowerCase(java.util.Locale.ROOT);
            assertEquals(bad, List.of(error("tags", "empathy.validation.tag", shown, 40)), in.errors());
        }
        in.tags = List.of("bad one", "bad two");
        assertEquals("the first bad tag is named, once", List.of(error("tags", "empathy.validation.tag", "bad one", 40)),
                in.errors());
    }

    @Test
    public void evidenceChangesValidateLikeNewEvidence() {
        EvidenceChanges bad = new EvidenceChanges(" ", EvidenceKind.OBSERVATION, Section.DOES,
                new Source(SourceKind.USABILITY_TEST, "", "ftp://x.example.com", null), "P 1", "acc",
                TODAY.plusDays(3), List.of("Fine", "Fine "), 4, "pm");
        assertEquals(List.of("fine"), bad.tags());
        assertEquals(List.of(
                error("text", "empathy.validation.required"),
                error("sourceLink", "empathy.validation.linkScheme", "ftp"),
                error("participant", "empathy.validation.alias"),
                error("persona", "empathy.validation.personaKey"),
                error("project", "empathy.validation.projectKey"),
                error("observedOn", "empathy.validation.futureDate", "2025-06-15")),
                errors(() -> bad.validate(TODAY, "demo")));
        EvidenceChanges good = new EvidenceChanges("Copied VAT totals by hand", EvidenceKind.OBSERVATION, Section.DOES,
                new Source(SourceKind.FIELD_OBSERVATION, "Site visit", null, null), null, null, TODAY, null, 1, "pm");
        good.validate(TODAY, "DEMO");
        assertTrue(good.tags().isEmpty());
    }

    // --------------------------------------------------------------------------------------------- Reconfirmation

    private static final LocalDate OBSERVED = TODAY.minusDays(300);

    @Test
    public void reconfirmationBetweenObservationAndToday() {
        Reconfirmation.validate(TODAY, "Heard it again in three calls", OBSERVED, TODAY);
        Reconfirmation.validate(OBSERVED, null, OBSERVED, TODAY);
        Reconfirmation.validate(TODAY.minusDays(20), "n".repeat(1000), OBSERVED, TODAY);
    }

    @Test
    public void reconfirmationInTheFuture() {
        assertEquals(List.of(error("confirmedOn", "empathy.validation.futureDate", "2025-06-15")),
                errors(() -> Reconfirmation.validate(TODAY.plusDays(1), null, OBSERVED, TODAY)));
    }

    @Test
    public void reconfirmationBeforeTheObservation() {
        assertEquals(List.of(error("confirmedOn", "empathy.validation.beforeObserved", OBSERVED.toString())),
                errors(() -> Reconfirmation.validate(OBSERVED.minusDays(1), null, OBSERVED, TODAY)));
    }

    @Test
    public void reconfirmationNoteTooLongAndDateMissingTogether() {
        assertEquals(List.of(
                error("confirmedOn", "empathy.validation.date"),
                error("note", "empathy.validation.tooLong", 1000, 1001)),
                errors(() -> Reconfirmation.validate(null, "😀".repeat(1001), OBSERVED, TODAY)));
    }

    // ----------------------------------------------------------------------------------------------------- MapItem

    @Test
    public void mapItemValid() {
        MapItem.validate("ACCOUNTANT", Section.PAINS, "Re-keys every bank statement line by hand");
        MapItem.validate("FREELANCER", Section.FEELS, "s".repeat(300));
    }

    @Test
    public void mapItemEveryWrongFieldAtOnce() {
        assertEquals(List.of(
                error("persona", "empathy.validation.required"),
                error("section", "empathy.validation.section"),
                error("statement", "empathy.validation.required")),
                errors(() -> MapItem.validate(null, null, " ")));
        assertEquals(List.of(
                error("persona", "empathy.validation.personaKey"),
                error("statement", "empathy.validation.tooLong", 300, 301)),
                errors(() -> MapItem.validate("accountant", Section.SAYS, "s".repeat(301))));
        assertEquals(List.of(error("persona", "empathy.validation.tooLong", 32, 33)),
                errors(() -> MapItem.validate("A".repeat(33), Section.SAYS, "ok")));
    }

    // ----------------------------------------------------------------------------------------------------- Erasure

    @Test
    public void erasureWords() {
        assertEquals("ERASED-14", Erasure.anonymousAlias(14));
        assertEquals("[redacted]", Erasure.REDACTED_TEXT);
        assertTrue("an erased alias is itself a valid alias", Limits.ALIAS.matcher(Erasure.anonymousAlias(14)).matches());
    }
}
