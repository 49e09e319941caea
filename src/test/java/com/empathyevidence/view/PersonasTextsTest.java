package com.empathyevidence.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.testsupport.BundleI18nResolver;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Every text the personas page and its script use exists in the bundle, and the script gets every section's label. */
public class PersonasTextsTest {

    private final BundleI18nResolver bundle = BundleI18nResolver.fromClasspath();
    private final Texts texts = new Texts(bundle);

    @Test
    public void everyKeyThePersonasPageBuildsExists() throws Exception {
        List<String> keys = new ArrayList<>();
        Field pageKeys = Class.forName("com.empathyevidence.jira.PersonaPages").getDeclaredField("PAGE_KEYS");
        pageKeys.setAccessible(true);
        for (Object k : (List<?>) pageKeys.get(null)) {
            keys.add("empathy.personas.page." + k);
        }
        for (String k : PersonasPageView.CLIENT_KEYS) {
            keys.add("empathy.personas.client." + k);
        }
        keys.add("empathy.personas.web.item");
        Map<String, String> all = bundle.getAllTranslationsForPrefix("");
        assertEquals(List.of(), keys.stream().filter(k -> !all.containsKey(k)).toList());
    }

    @Test
    public void theScriptGetsSectionLabelsAndTheEditFlag() {
        PersonasPageView view = PersonasPageView.of(false, texts);
        assertTrue(view.getClientTexts(), view.getClientTexts().contains("\"section.PAINS\":\"Pains\""));
        assertEquals(9, view.getSections().size());
        assertEquals("Feels", view.getSections().get(3).getLabel());
        assertEquals(false, view.isEditable());
        assertEquals("backed by 3 pieces of evidence", texts.get("empathy.personas.client.backedBy", 3));
        // the script words the count itself: it gets the choice format as it is, not formatted without its number
        assertTrue(view.getClientTexts(), view.getClientTexts().contains("\"backedBy\":\"backed by {0,choice,0#no evidence|1#1 piece of evidence|1<{0} pieces of evidence}\""));
    }
}
