package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.PersonaRetirement;
import com.empathyevidence.domain.PersonaRevisions;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Revision;
import com.empathyevidence.domain.Section;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link PersonaRevisions} over Active Objects: version claims in {@link RevisionEntity}, retirements in
 * {@link PersonaRetiredEntity}, and the persona and map-item rows of {@link AoEvidenceStore} (the same entities).
 * Each write is one transaction that claims the next version first.
 */
@JiraComponent
public class AoPersonaRevisions implements PersonaRevisions {

    static final String PERSONA = "persona:";
    static final String ITEM = "item:";

    private final ActiveObjects ao;

    @Inject
    public AoPersonaRevisions(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Revision persona(String personaKey) {
        return latest(PERSONA + personaKey);
    }

    @Override
    public Map<String, Revision> personas() {
        Map<String, Revision> result = new HashMap<>();
        for (RevisionEntity r : ao.find(RevisionEntity.class, Query.select().where("TARGET LIKE ?", PERSONA + "%"))) {
            keepLatest(result, r.getTarget().substring(PERSONA.length()), r);
        }
        return result;
    }

    @Override
    public Revision mapItem(long mapItemId) {
        return latest(ITEM + mapItemId);
    }

    @Override
    public Map<Long, Revision> mapItems(String personaKey) {
        Map<Long, Revision> result = new HashMap<>();
        for (RevisionEntity r : ao.find(RevisionEntity.class, Query.select().where("PERSONA_KEY = ?", personaKey))) {
            if (r.getTarget().startsWith(ITEM)) {
                keepLatest(result, Long.parseLong(r.getTarget().substring(ITEM.length())), r);
            }
        }
        return result;
    }

    @Override
    public Optional<PersonaRetirement> retirement(String personaKey) {
        PersonaRetiredEntity[] rows = ao.find(PersonaRetiredEntity.class, Query.select().where("PERSONA_KEY = ?", personaKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRetirement(rows[0]));
    }

    @Override
    public Map<String, PersonaRetirement> retirements() {
        Map<String, PersonaRetirement> result = new HashMap<>();
        for (PersonaRetiredEntity r : ao.find(PersonaRetiredEntity.class, Query.select())) {
            result.put(r.getPersonaKey(), toRetirement(r));
        }
        return result;
    }

    @Override
    public Persona updatePersona(Persona persona, int expectedVersion, String by, String byName) {
        return Retry.inTransaction(ao, () -> {
            PersonaEntity entity = personaRow(persona.key());
            claimPersona(persona.key(), expectedVersion, by, byName);
            entity.setName(persona.name());
            entity.setDescription(persona.description());
            entity.save();
            return new Persona(entity.getPersonaKey(), entity.getName(), entity.getDescription() == null ? "" : entity.getDescription());
        });
    }

    @Override
    public MapItem updateMapItem(long id, Section section, String statement, int expectedVersion, String by, String byName) {
        return Retry.inTransaction(ao, () -> {
            MapItemEntity entity = id < 1 || id > Integer.MAX_VALUE ? null : ao.get(MapItemEntity.class, (int) id);
            if (entity == null) {
                throw Problem.notFound("empathy.error.mapItemNotFound", String.valueOf(id));
            }
            String target = ITEM + id;
            Revision current = latest(target);
            if (current.version() != expectedVersion) {
                throw staleItem(current);
            }
            if (!claim(target, entity.getPersonaKey(), expectedVersion + 1, by, byName)) {
                // another edit claimed this version at the same moment (the transaction is spoiled: nothing more is read)
                throw Problem.conflict("empathy.error.busy");
            }
            entity.setSection(section.name());
            entity.setStatement(statement);
            entity.save();
            return new MapItem(entity.getID(), entity.getPersonaKey(), Section.valueOf(entity.getSection()), entity.getStatement());
        });
    }

    @Override
    public void retire(String personaKey, PersonaRetirement retirement, Integer expectedVersion) {
        Retry.inTransaction(ao, () -> {
            personaRow(personaKey);
            if (retirement(personaKey).isPresent()) {
                throw Problem.conflict("empathy.error.personaAlreadyRetired", personaKey);
            }
            claimPersona(personaKey, expectedVersion == null ? persona(personaKey).version() : expectedVersion,
                    retirement.by(), retirement.byName());
            try {
                ao.create(PersonaRetiredEntity.class, new DBParam("PERSONA_KEY", personaKey), new DBParam("REASON", retirement.reason()),
                        new DBParam("RETIRED_BY", retirement.by()), new DBParam("RETIRED_BY_NAME", retirement.byName()),
                        new DBParam("RETIRED_AT", retirement.at().toString()));
            } catch (RuntimeException lostTheRace) {
                throw Problem.conflict("empathy.error.personaAlreadyRetired", personaKey);
            }
            return null;
        });
    }

    @Override
    public void restore(String personaKey, String by, String byName, Integer expectedVersion) {
        Retry.inTransaction(ao, () -> {
            personaRow(personaKey);
            if (retirement(personaKey).isEmpty()) {
                throw Problem.conflict("empathy.error.personaNotRetired", personaKey);
            }
            claimPersona(personaKey, expectedVersion == null ? persona(personaKey).version() : expectedVersion, by, byName);
            ao.deleteWithSQL(PersonaRetiredEntity.class, "PERSONA_KEY = ?", personaKey);
            return null;
        });
    }

    // ---------------------------------------------------------------- helpers (also used by the archive)

    private PersonaEntity personaRow(String personaKey) {
        PersonaEntity[] rows = ao.find(PersonaEntity.class, Query.select().where("PERSONA_KEY = ?", personaKey));
        if (rows.length == 0) {
            throw Problem.notFound("empathy.error.personaNotFound", personaKey);
        }
        return rows[0];
    }

    private void claimPersona(String personaKey, int expectedVersion, String by, String byName) {
        String target = PERSONA + personaKey;
        Revision current = latest(target);
        if (current.version() != expectedVersion) {
            throw stalePersona(personaKey, current);
        }
        if (!claim(target, personaKey, expectedVersion + 1, by, byName)) {
            throw Problem.conflict("empathy.error.busy");
        }
    }

    /** Inserts the claim on one version; false when another edit claimed it first. */
    private boolean claim(String target, String personaKey, int version, String by, String byName) {
        try {
            ao.create(RevisionEntity.class, new DBParam("CLAIM_KEY", target + "|" + version), new DBParam("TARGET", target),
                    new DBParam("PERSONA_KEY", personaKey), new DBParam("VERSION", version), new DBParam("EDITED_BY", by),
                    new DBParam("EDITED_BY_NAME", byName), new DBParam("EDITED_AT", Instant.now().toString()));
            return true;
        } catch (RuntimeException lostTheRace) {
            return false;
        }
    }

    private static Problem stalePersona(String personaKey, Revision current) {
        return Problem.conflict("empathy.error.stalePersona", personaKey, current.who(), current.when());
    }

    private static Problem staleItem(Revision current) {
        return Problem.conflict("empathy.error.staleMapItem", current.who(), current.when());
    }

    private Revision latest(String target) {
        Map<String, Revision> latest = new HashMap<>();
        for (RevisionEntity r : ao.find(RevisionEntity.class, Query.select().where("TARGET = ?", target))) {
            keepLatest(latest, target, r);
        }
        return latest.getOrDefault(target, Revision.NONE);
    }

    private static <K> void keepLatest(Map<K, Revision> result, K key, RevisionEntity row) {
        Revision known = result.get(key);
        if (known == null || known.version() < row.getVersion()) {
            result.put(key, toRevision(row));
        }
    }

    static Revision toRevision(RevisionEntity r) {
        return new Revision(r.getVersion(), r.getEditedBy(), r.getEditedByName(), instant(r.getEditedAt()));
    }

    static PersonaRetirement toRetirement(PersonaRetiredEntity r) {
        return new PersonaRetirement(r.getReason(), r.getRetiredBy(), r.getRetiredByName(), instant(r.getRetiredAt()));
    }

    private static Instant instant(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
