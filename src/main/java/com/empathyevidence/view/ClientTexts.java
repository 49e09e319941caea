package com.empathyevidence.view;

import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The texts the panel's script needs, from the i18n bundle: the script has no English of its own. Handed to the page
 * as JSON in a {@code data-} attribute, which the host's renderer HTML-escapes; the script reads it with JSON.parse.
 * Placeholders are MessageFormat-style {0}, filled by the script.
 */
final class ClientTexts {

    /** Keys under {@code empathy.client.}, passed to the script by their suffix. */
    static final String[] KEYS = {
            "working", "failed", "offline", "added", "linked", "unlinked", "undo", "undone", "relinked", "reconfirmed",
            "required", "link", "futureDate", "dateTooEarly", "date", "alias", "tooLong", "newParticipant", "knownParticipant",
            "noPersona", "anyPersona", "anySection", "anyFreshness", "searching", "noResults", "results", "alreadyLinked",
            "observed", "choose", "reconfirmLegend", "reconfirmNote", "reconfirmSubmit", "cancel", "close", "fixFields",
            "evidenceTab", "itemsTab", "resultsOf", "loadMore", "counter", "discardQuestion", "discard", "keepEditing",
            "relinkedBack", "picked",
    };

    /** Keys under {@code empathy.map.client.}, passed to the map's script by their suffix. */
    static final String[] MAP_KEYS = {
            "addLegend", "statement", "addSubmit", "added", "attachLegend", "search", "attachSubmit", "attached",
            "alreadyAttached", "reconfirmed", "noEvidence",
            "validateLegend", "validateWhere", "summary", "validateSubmit", "validated",
    };

    /** Keys under {@code empathy.client.} the map's script shares with the panel's. */
    static final String[] SHARED_KEYS = {
            "failed", "offline", "required", "tooLong", "searching", "noResults", "results", "observed", "choose",
            "reconfirmLegend", "reconfirmNote", "reconfirmSubmit", "cancel", "close", "fixFields", "working",
            "resultsOf", "loadMore", "picked",
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The texts the map's script needs (empathy-map.js), the same way. */
    static String mapJson(Texts texts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : SHARED_KEYS) {
            out.put(key, texts.forScript("empathy.client." + key));
        }
        for (String key : MAP_KEYS) {
            out.put(key, texts.forScript("empathy.map.client." + key));
        }
        return write(withVocabulary(out, texts));
    }

    private ClientTexts() {
    }

    static String json(Texts texts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : KEYS) {
            out.put(key, texts.forScript("empathy.client." + key));
        }
        withVocabulary(out, texts);
        for (Relation r : Relation.values()) {
            out.put("relation." + r.name(), texts.get("empathy.relation." + r.name().toLowerCase(Locale.ROOT)));
        }
        return write(out);
    }

    /** The names of sections, source kinds and freshness states, which both scripts show. */
    private static Map<String, String> withVocabulary(Map<String, String> out, Texts texts) {
        for (Section s : Section.values()) {
            out.put("section." + s.name(), texts.get("empathy.section." + s.name().toLowerCase(Locale.ROOT)));
        }
        for (SourceKind k : SourceKind.values()) {
            out.put("sourceKind." + k.name(), texts.get("empathy.sourceKind." + k.name().toLowerCase(Locale.ROOT)));
        }
        for (Freshness f : Freshness.values()) {
            out.put("freshness." + f.name(), texts.get("empathy.freshness." + f.name().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static String write(Map<String, String> out) {
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
