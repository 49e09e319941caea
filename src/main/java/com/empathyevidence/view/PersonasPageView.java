package com.empathyevidence.view;

import com.empathyevidence.domain.Section;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The personas page (Jira): whether the reader may change personas and maps, the sections to choose from, and the
 * texts its script needs (keys under {@code empathy.personas.client.}) as JSON for a {@code data-} attribute.
 */
public final class PersonasPageView {

    static final java.util.List<String> CLIENT_KEYS = java.util.List.of(
            "working", "failed", "offline", "fixFields", "none", "noItems", "assumption", "backedBy", "hiddenEvidence",
            "edit", "save", "cancel", "delete", "deleted", "moveTo", "back", "unback", "searchEvidence",
            "search", "noResults", "created", "saved", "itemAdded", "itemSaved", "itemMoved", "backed", "unbacked",
            "statement", "section", "name", "description", "loading", "readOnly", "choose",
            "retired", "retiredLine", "retiredDone", "restoredDone", "reason", "trust", "trustPartial");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean editable;
    private final List<OptionView> sections = new ArrayList<>();
    private final String clientTexts;

    private PersonasPageView(boolean editable, Texts texts) {
        this.editable = editable;
        Map<String, String> out = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            String label = texts.get("empathy.section." + s.name().toLowerCase(Locale.ROOT));
            sections.add(new OptionView(s.name(), label, false));
            out.put("section." + s.name(), label);
        }
        for (String key : CLIENT_KEYS) {
            out.put(key, texts.forScript("empathy.personas.client." + key));
        }
        try {
            clientTexts = JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PersonasPageView of(boolean editable, Texts texts) {
        return new PersonasPageView(editable, texts);
    }

    public boolean isEditable() {
        return editable;
    }

    public List<OptionView> getSections() {
        return sections;
    }

    public String getClientTexts() {
        return clientTexts;
    }
}
