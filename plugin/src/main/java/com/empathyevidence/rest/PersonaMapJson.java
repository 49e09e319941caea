package com.empathyevidence.rest;

import com.empathyevidence.app.AssessedEvidence;
import com.empathyevidence.app.PersonaMap;
import com.empathyevidence.domain.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /personas/{key}/map}: the map the Confluence macro renders, fetched from Jira. */
public class PersonaMapJson {
    public String personaKey;
    public String name;
    public String description;
    /** Today on the Jira side, so the macro words ages as Jira computed them. */
    public String asOf;
    public List<SectionJson> sections = new ArrayList<>();
    public int hidden;

    /** One section of the map with its evidence. */
    public static class SectionJson {
        public String section;
        public List<EvidenceJson> evidence = new ArrayList<>();
    }

    public static PersonaMapJson of(PersonaMap map, java.time.LocalDate asOf) {
        PersonaMapJson json = new PersonaMapJson();
        json.personaKey = map.persona().key();
        json.name = map.persona().name();
        json.description = map.persona().description();
        json.asOf = asOf.toString();
        for (Map.Entry<Section, List<AssessedEvidence>> entry : map.sections().entrySet()) {
            SectionJson section = new SectionJson();
            section.section = entry.getKey().name();
            for (AssessedEvidence e : entry.getValue()) {
                section.evidence.add(EvidenceJson.of(e));
            }
            json.sections.add(section);
        }
        json.hidden = map.hiddenCount();
        return json;
    }
}
