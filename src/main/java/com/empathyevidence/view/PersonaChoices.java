package com.empathyevidence.view;

import com.empathyevidence.domain.Persona;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Personas as a list to choose from: those in use first, then the retired ones, each named "… (retired)". */
public final class PersonaChoices {

    private PersonaChoices() {
    }

    public static List<Persona> of(List<Persona> personas, Set<String> retiredKeys, Texts texts) {
        List<Persona> inUse = new ArrayList<>();
        List<Persona> retired = new ArrayList<>();
        for (Persona p : personas) {
            if (retiredKeys.contains(p.key())) {
                retired.add(new Persona(p.key(), texts.get("empathy.personas.retiredName", p.name()), p.description()));
            } else {
                inUse.add(p);
            }
        }
        inUse.addAll(retired);
        return inUse;
    }
}
