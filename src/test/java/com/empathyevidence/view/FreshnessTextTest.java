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
    public void freshnessSaysWhyAndWhenItWentOrGoesStale() {
        assertEquals("Stale \u2014 usability tests go stale after 120 days; observed 4 months ago, stale since 12 Aug 2026",
                FreshnessText.labelWithWhy(texts, "STALE", false, 130, "USABILITY_TEST", 120, java.time.LocalDate.of(2026, 8, 12)));
        assertEquals("\u2014 interviews go stale after 365 days; re-confirmed 3 weeks ago, stale from 5 Nov 2027",
                FreshnessText.why(texts, "FRESH", true, 21, "INTERVIEW", 365, java.time.LocalDate.of(2027, 11, 5)));
        assertEquals("\u2014 usage analytics go stale after 1,000 days; observed today, stale from 1 Jan 2029",
                FreshnessText.why(texts, "AGING", false, 0, "USAGE_ANALYTICS", 1000, java.time.LocalDate.of(2029, 1, 1)));
        assertEquals("\u2014 other sources go stale after 1 day; observed 2 days ago, stale since 1 Jan 2029",
                FreshnessText.why(texts, "STALE", false, 2, "OTHER", 1, java.time.LocalDate.of(2029, 1, 1)));
        for (com.empathyevidence.domain.SourceKind kind : com.empathyevidence.domain.SourceKind.values()) {
            assertTrue(kind.name(), FreshnessText.why(texts, "FRESH", false, 1, kind.name(), kind.defaultShelfLifeDays(), java.time.LocalDate.of(2029, 1, 1))
                    .contains(" go stale after " + String.format(java.util.Locale.ENGLISH, "%,d", kind.defaultShelfLifeDays()) + " days"));
        }
    }

    @Test
    public void datesReadAsPeopleWriteThem() {
        assertEquals("1 Dec 2026", FreshnessText.date(texts, java.time.LocalDate.of(2026, 12, 1)));
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
        assertEquals("1 more piece of evidence you can’t see: it belongs to a Jira project you can’t browse. The strength and warnings above count it.",
                texts.arg("empathy.panel.hidden", 1));
        assertEquals("1 piece of evidence is hidden because you can’t see its Jira project.", texts.arg("empathy.map.hidden", 1));
    }

    /**
     * In a choice branch that contains an argument ("{0} ..."), MessageFormat formats the branch again, so one
     * quote level is consumed twice: "''" in the properties file becomes no apostrophe at all ("cant").
     */
    @Test
    public void hiddenNoticesKeepTheirApostropheInThePlural() {
        assertEquals("2 more pieces of evidence you can’t see: they belong to Jira projects you can’t browse. The strength and warnings above count them.",
                texts.arg("empathy.panel.hidden", 2));
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
