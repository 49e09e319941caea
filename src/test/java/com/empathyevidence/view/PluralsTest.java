package com.empathyevidence.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.testsupport.BundleI18nResolver;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Every message of the bundle (the only language it has, English) agrees with its numbers: each is formatted with
 * MessageFormat as the hosts do, every argument 0, 1, 2, 3 and 21 in turn, and no "1 pieces", "2 piece", "1 values"
 * may come out. Then the warnings' verbs and pronouns, which a noun check cannot see.
 */
public class PluralsTest {

    private static final String NOUNS = "piece|participant|day|week|month|year|item|field|problem|source kind|kind|segment|value|column"
            + "|issue|row|project|tag|character|point|voice|error|result";
    private static final Pattern SINGULAR_AFTER_MANY = Pattern.compile("(?<![\\d.,])(0|[2-9]|[1-9]\\d+) (?:more )?(?:" + NOUNS + ")(?![a-z]| segment| kind)");
    private static final Pattern PLURAL_AFTER_ONE = Pattern.compile("(?<![\\d.,])1 (?:more )?(?:" + NOUNS.replace("|", "s|") + "s)(?![a-z])");

    /** Messages whose arguments are never all equal, named with why; each is checked below with real values. */
    private static final Map<String, String> NOT_ALL_EQUAL = Map.of(
            "empathy.warning.some_stale", "{0} stale of {2} active: only raised when some but not all are stale",
            "empathy.import.tooManyRows", "{1} rows is always more than the limit {0}",
            "empathy.export.tooMany", "{0} rows is always more than the limit {1}",
            "empathy.client.tooLong", "filled by the panel's script, which substitutes {0} plainly (no choice format); the limits are 32, 200 and 5,000",
            "empathy.client.counter", "filled by the panel's script with {1} a field's limit (32 to 5,000, never 1) and shown from 80 % of it");

    private final BundleI18nResolver bundle = BundleI18nResolver.fromClasspath();
    private final Texts texts = new Texts(bundle);

    @Test
    public void everyMessageAgreesWithItsNumbers() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : bundle.getAllTranslationsForPrefix("").entrySet()) {
            if (NOT_ALL_EQUAL.containsKey(e.getKey())) {
                continue;
            }
            for (int n : new int[] {0, 1, 2, 3, 21}) {
                Object[] args = new Object[6];
                for (int i = 0; i < args.length; i++) {
                    args[i] = e.getValue().contains("{" + i + ",date") ? new java.util.Date() : (Object) n;
                }
                String out = new MessageFormat(e.getValue(), Locale.ENGLISH).format(args);
                Matcher many = SINGULAR_AFTER_MANY.matcher(out);
                Matcher one = PLURAL_AFTER_ONE.matcher(out);
                if (many.find()) {
                    wrong.add(e.getKey() + " with " + n + ": \u201c" + many.group() + "\u201d in " + out);
                }
                if (one.find()) {
                    wrong.add(e.getKey() + " with " + n + ": \u201c" + one.group() + "\u201d in " + out);
                }
            }
        }
        assertEquals("messages that disagree with their numbers (use {n,choice,...})", List.of(), wrong);
    }

    /**
     * A count is worded with its noun ("2 rows", "1 quote was redacted"), never put after a label ("Rows: 2",
     * "backed by evidence: 1", "Quotes redacted: 1"), which the noun check above cannot see.
     */
    private static final Pattern LABELLED_COUNT = Pattern.compile(
            "(?i)\\b(?:results?|evidence|redacted|selected|rows?|problems?|participants?|created|pieces?|quotes?|items?|issues?|links?|errors?)"
                    + "(?: [a-z\u2019]+)*: (?:0|1|2|3|21)(?=[.;)]|$)");

    /** Messages with a label before an argument that is not a count, named with what it is. */
    private static final Map<String, String> LABELLED_NOT_COUNTS = Map.of(
            "empathy.library.validation.locked", "{1} lists the pieces' project keys",
            "empathy.library.validation.unseen", "{1} lists the pieces' ids",
            "empathy.library.validation.retired", "{1} lists the pieces' ids",
            "empathy.library.validation.notesNotSelected", "{1} lists the pieces' ids",
            "empathy.phasein.page.title", "{0} is the project's name",
            "empathy.workflow.view.validator", "{0} lists the check's configured requirements",
            "empathy.workflow.view.condition", "{0} lists the check's configured requirements");

    @Test
    public void noCountIsPutAfterALabel() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : bundle.getAllTranslationsForPrefix("").entrySet()) {
            if (LABELLED_NOT_COUNTS.containsKey(e.getKey())) {
                continue;
            }
            for (int n : new int[] {0, 1, 2, 3, 21}) {
                Object[] args = new Object[6];
                java.util.Arrays.fill(args, n);
                String out = new MessageFormat(e.getValue(), Locale.ENGLISH).format(args);
                Matcher m = LABELLED_COUNT.matcher(out);
                if (m.find()) {
                    wrong.add(e.getKey() + " with " + n + ": \u201c" + m.group() + "\u201d in " + out);
                    break;
                }
            }
        }
        assertEquals("counts after a label (word them with {n,choice,...})", List.of(), wrong);
    }

    @Test
    public void theCountsOfTheWorkspacePagesReadRight() {
        assertEquals("backed by 1 piece of evidence", texts.get("empathy.personas.client.backedBy", 1));
        assertEquals("backed by 2 pieces of evidence", texts.get("empathy.personas.client.backedBy", 2));
        assertEquals("1 piece of evidence in this section is from projects you can\u2019t see.", texts.get("empathy.personas.client.hiddenEvidence", 1));
        assertEquals("3 pieces of evidence in this section are from projects you can\u2019t see.", texts.get("empathy.personas.client.hiddenEvidence", 3));
        assertEquals("Participant P-1 is erased. 1 quote was redacted.", texts.get("empathy.admin.client.erased", "P-1", 1));
        assertEquals("Participant P-1 is erased. No quotes were redacted.", texts.get("empathy.admin.client.erased", "P-1", 0));
        assertEquals("1 result", texts.get("empathy.client.results", 1));
        assertEquals("1,000 results", texts.get("empathy.client.results", 1000));
        assertTrue(texts.get("empathy.library.client.dryRunErrors", 1, 2).startsWith("The file cannot be imported yet: 1 problem in 2 rows."));
    }

    @Test
    public void theMessagesWithUnequalArgumentsReadRight() {
        assertEquals("1 of 6 pieces of evidence is stale. Re-confirm it with users, or replace it with newer research.",
                texts.get("empathy.warning.some_stale", 1, "", 6));
        assertEquals("2 of 6 pieces of evidence are stale. Re-confirm them with users, or replace them with newer research.",
                texts.get("empathy.warning.some_stale", 2, "", 6));
        assertTrue(texts.get("empathy.import.tooManyRows", 10000, 10001).startsWith("One import takes at most 10,000 rows; this file has 10,001."));
        assertTrue(texts.get("empathy.export.tooMany", 10001, 10000).startsWith("The export would have 10,001 rows; one file holds at most 10,000."));
    }

    @Test
    public void counterEvidenceArguesAndIsReadInTheRightNumber() {
        assertEquals("1 piece of counter-evidence argues against this issue. Read it before you decide.",
                texts.get("empathy.warning.counter_evidence", 1, "", 6));
        assertEquals("2 pieces of counter-evidence argue against this issue. Read them before you decide.",
                texts.get("empathy.warning.counter_evidence", 2, "", 6));
        assertEquals("1 piece of counter-evidence, now stale, still argues against this issue. Check it again with users.",
                texts.get("empathy.warning.stale_counter_evidence", 1, "", 3));
        assertEquals("2 pieces of counter-evidence, now stale, still argue against this issue. Check them again with users.",
                texts.get("empathy.warning.stale_counter_evidence", 2, "", 3));
    }

    @Test
    public void staleEvidenceIsReConfirmedInTheRightNumber() {
        assertEquals("The only piece of evidence is stale. Re-confirm it with users, or replace it with newer research.",
                texts.get("empathy.warning.all_stale", 1, "", 1));
        assertEquals("All 2 pieces of evidence are stale. Re-confirm them with users, or replace them with newer research.",
                texts.get("empathy.warning.all_stale", 2, "", 2));
        assertEquals("1 piece of evidence turns stale on 20 Dec 2026. Re-confirm it if it still holds.",
                texts.get("empathy.warning.turning_stale", 1, "20 Dec 2026", 4));
        assertEquals("3 pieces of evidence turn stale within 30 days, the first on 20 Dec 2026. Re-confirm them if they still hold.",
                texts.get("empathy.warning.turning_stale", 3, "20 Dec 2026", 4));
        assertEquals("1 linked piece of evidence was retired. Unlink it or link its successor.", texts.get("empathy.warning.retired_linked", 1, "", 2));
        assertEquals("2 linked pieces of evidence were retired. Unlink them or link their successors.", texts.get("empathy.warning.retired_linked", 2, "", 2));
    }

    @Test
    public void aCountOfNothingIsNotOne() {
        assertEquals("No evidence you can see", texts.get("empathy.panel.count", 0));
        assertEquals("This row has 1 value but the header has 13 columns. Check for a missing comma, or a comma inside a value that isn\u2019t in double quotes.",
                texts.get("empathy.import.fieldCount", 13, 1));
    }
}
