package com.empathyevidence.view;

import static org.junit.Assert.assertEquals;

import com.empathyevidence.app.LibraryStore;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.testsupport.BundleI18nResolver;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/** Every text the library and import pages build a key for exists in the bundle, and the counts read right. */
public class LibraryTextsTest {

    private final BundleI18nResolver bundle = BundleI18nResolver.fromClasspath();
    private final Texts texts = new Texts(bundle);

    @Test
    public void everyKeyTheLibraryBuildsExists() throws Exception {
        List<String> keys = new ArrayList<>();
        Field pageKeys = Class.forName("com.empathyevidence.jira.LibraryPages").getDeclaredField("PAGE_KEYS");
        pageKeys.setAccessible(true);
        for (Object k : (List<?>) pageKeys.get(null)) {
            keys.add("empathy.library.page." + k);
        }
        for (String k : LibraryClientTexts.KEYS) {
            keys.add("empathy.library.client." + k);
        }
        for (LibraryStore.BulkAction a : LibraryStore.BulkAction.values()) {
            keys.add("empathy.library.bulk.done." + a.name().toLowerCase(Locale.ROOT));
        }
        for (EvidenceKind k : EvidenceKind.values()) {
            keys.add("empathy.library.kind." + k.name().toLowerCase(Locale.ROOT));
        }
        for (String s : List.of("active", "retired", "all")) {
            keys.add("empathy.library.status." + s);
        }
        for (String s : List.of("observed-desc", "observed-asc", "created-desc", "created-asc")) {
            keys.add("empathy.library.sort." + s);
        }
        List<String> missing = keys.stream().filter(k -> !bundle.getAllTranslationsForPrefix("").containsKey(k)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    public void countsReadRight() {
        assertEquals("No evidence matches.", texts.get("empathy.library.summary", 0, 0, 0));
        assertEquals("1 piece of evidence matches.", texts.get("empathy.library.summary", 1, 1, 1));
        assertEquals("1,200 pieces of evidence match; showing 26 to 50.", texts.get("empathy.library.summary", 1200, 26, 50));
        // more than the library counts: true ("more than"), and it says what to do
        assertEquals("More than 1,000 pieces of evidence match, too many to count: narrow the filters to get the exact number; showing 1,001 to 1,025.",
                texts.get("empathy.library.summaryMore", 1000, 1001, 1025));
        assertEquals("More than 1,000 pieces of evidence match, too many to count: narrow the filters to get the exact number.",
                texts.get("empathy.library.summaryMore", 1000, 0, 0));
        assertEquals("Linked to 1 issue you can\u2019t see", texts.get("empathy.library.hiddenLinks", 1));
        assertEquals("3 issues, 1 map item", texts.get("empathy.library.linksSummary", 3, 1));
        assertEquals("Retired 1 piece of evidence.", texts.get("empathy.library.bulk.done.retire", 1));
    }
}
