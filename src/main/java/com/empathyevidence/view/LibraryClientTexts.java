package com.empathyevidence.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts the library's and the import page's scripts need, from the i18n bundle (keys under
 * {@code empathy.library.client.}), as JSON for a {@code data-} attribute. Placeholders are MessageFormat-style {0}.
 */
final class LibraryClientTexts {

    static final java.util.List<String> KEYS = java.util.List.of(
            "working", "failed", "offline", "selected", "noneSelected", "fixFields", "conflict", "conflictUnknown", "saved", "retired",
            "dryRunOk", "dryRunErrors", "importDone", "importFailed", "progressReading", "progressChecking", "progressWriting",
            "noFile", "exported", "exportFailed", "chooseItem", "loadingItems", "duplicates", "editText", "editSourceTitle",
            "editObservedOn", "editSave", "editCancel", "retireReason", "retireSubmit",
            // workspace-import
            "dryRunDuplicates", "importLinked");

    private static final ObjectMapper JSON = new ObjectMapper();

    private LibraryClientTexts() {
    }

    static String json(Texts texts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : KEYS) {
            out.put(key, texts.forScript("empathy.library.client." + key));
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
