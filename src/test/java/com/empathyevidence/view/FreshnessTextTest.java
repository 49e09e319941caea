package com.empathyevidence.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.testsupport.BundleI18nResolver;
import org.junit.Test;

/** Freshness in words, through the real i18n bundle and MessageFormat. */
public class FreshnessTextTest {

    private final Texts texts = new Texts(BundleI18nResolver.fromClasspath());

    @Test
    public void labels() {
        assertEquals("Stale \u2014 observed 14 months ago", FreshnessText.label(texts, "STALE", false, 426));
        assertEquals("Fresh \u2014 re-confirmed 3 weeks ago", FreshnessText.label(texts, "FRESH", true, 21));
        assertEquals("Aging \u2014 observed 9 months ago", FreshnessText.label(texts, "AGING", false, 274));
        assertEquals("Fresh \u2014 observed today", FreshnessText.label(texts, "fresh", false, 0));
    }

    @Test
    public void ages() {
        assertEquals("today", FreshnessText.age(texts, 0));
        assertEquals("today", FreshnessText.age(texts, -3));
        assertEquals("1 day ago", FreshnessText.age(texts, 1));
        assertEquals("2 days ago", FreshnessText.age(texts, 2));
        assertEquals("13 days ago", FreshnessText.age(texts, 13));
        assertEquals("2 weeks ago", FreshnessText.age(texts, 14));
        assertEquals("3 weeks ago", FreshnessText.age(texts, 27));
        assertEquals("8 weeks ago", FreshnessText.age(texts, 59));
        assertEquals("2 months ago", FreshnessText.age(texts, 60));
        assertEquals("14 months ago", FreshnessText.age(texts, 426));
        assertEquals("24 months ago", FreshnessText.age(texts, 729));
        assertEquals("2 years ago", FreshnessText.age(texts, 730));
        assertEquals("3 years ago", FreshnessText.age(texts, 3 * 365 + 10));
    }

    @Test
    public void lozengeIsOnlyASecondSignal() {
        assertEquals("aui-lozenge-success", FreshnessText.lozenge("FRESH"));
        assertEquals("aui-lozenge-moved", FreshnessText.lozenge("AGING"));
        assertEquals("aui-lozenge-removed", FreshnessText.lozenge("STALE"));
    }

    @Test
    public void countsAreWorded() {
        assertEquals("1 piece of evidence", texts.arg("empathy.panel.count", 1));
        assertEquals("3 pieces of evidence", texts.arg("empathy.panel.count", 3));
    }

    @Test
    public void hiddenNoticesKeepTheirApostropheInTheSingular() {
        assertEquals("1 linked item is hidden because you can’t see its project.", texts.arg("empathy.panel.hidden", 1));
        assertEquals("1 piece of evidence is hidden because you can’t see its Jira project.", texts.arg("empathy.map.hidden", 1));
    }

    /**
     * In a choice branch that contains an argument ("{0} ..."), MessageFormat formats the branch again, so one
     * quote level is consumed twice: "''" in the properties file becomes no apostrophe at all ("cant").
     */
    @Test
    public void hiddenNoticesKeepTheirApostropheInThePlural() {
        assertEquals("2 linked items are hidden because you can’t see their projects.", texts.arg("empathy.panel.hidden", 2));
        assertEquals("5 pieces of evidence are hidden because you can’t see their Jira projects.", texts.arg("empathy.map.hidden", 5));
    }

    /**
     * The hosts read bundles as ISO-8859-1 in places; every character beyond ASCII must be written as a Unicode
     * escape (\u2019), never raw.
     */
    @Test
    public void theBundleFileIsPureAscii() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/main/resources/i18n/empathy-evidence.properties"));
        for (int i = 0; i < bytes.length; i++) {
            assertTrue("non-ASCII byte at offset " + i + ": write it as a \\uXXXX escape", bytes[i] >= 0);
        }
    }

    /**
     * MessageFormat eats a plain ASCII apostrophe (it starts a quote), and in choice branches it eats even a doubled
     * one. The bundle therefore uses the typographic apostrophe only: no value may contain an ASCII one.
     */
    @Test
    public void noMessageUsesAnAsciiApostrophe() {
        BundleI18nResolver i18n = BundleI18nResolver.fromClasspath();
        java.util.List<String> broken = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, String> e : i18n.getAllTranslationsForPrefix("").entrySet()) {
            if (e.getValue().contains("'")) {
                broken.add(e.getKey());
            }
        }
        assertTrue("Use \u2019 instead of an ASCII apostrophe in: " + broken, broken.isEmpty());
    }
}
