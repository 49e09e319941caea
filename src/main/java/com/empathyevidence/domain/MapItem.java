package com.empathyevidence.domain;

/** One statement on a persona's map, in one section, e.g. "Re-keys every invoice by hand" under PAINS. */
public record MapItem(long id, String personaKey, Section section, String statement) {

    public static void validate(String personaKey, Section section, String statement) {
        Validator v = new Validator();
        v.pattern("persona", personaKey, Limits.PERSONA_KEY, Limits.PERSONA_KEY_MAX, "empathy.validation.personaKey");
        if (section == null) {
            v.error("section", "empathy.validation.section");
        }
        v.text("statement", statement, Limits.STATEMENT_MAX);
        v.check();
    }
}
