package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.MapGroupStore;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.MapGroup;
import com.empathyevidence.domain.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link MapGroupStore} over Active Objects ({@link MapGroupEntity}), and the marking every write of the map's data
 * does ({@link #touching}, {@link Marks#mark}): a new dirty token on each group the write changes, written inside the
 * write's transaction or after it committed (never before: a recompute in between would take the old pieces for
 * current). Writes that change many groups at once (archive import) forget the persona's groups instead.
 */
@JiraComponent
public class AoMapGroups implements MapGroupStore {

    private static final int IN_CHUNK = 500;
    private static final String ALL = "ID, PERSONA_KEY, ITEM_ID, SECTION, DIRTY_TOKEN, CLEAN_TOKEN, STAMP, FACTS";
    private final ActiveObjects ao;

    @Inject
    public AoMapGroups(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Stored> groups(String personaKey) {
        List<Stored> result = new ArrayList<>();
        for (MapGroupEntity e : ao.find(MapGroupEntity.class, Query.select(ALL).where("PERSONA_KEY = ?", personaKey).order("ID"))) {
            result.add(stored(e));
        }
        return result;
    }

    private static Stored stored(MapGroupEntity e) {
        return new Stored(e.getID(), e.getItemId(), e.getSection() == null ? null : Section.valueOf(e.getSection()),
                e.getDirtyToken(), e.getCleanToken(), e.getStamp(), e.getFacts() == null ? null : MapGroupCodec.read(e.getFacts()));
    }

    @Override
    public Stored create(String personaKey, long itemId, Section section) {
        MapGroupEntity e = ao.executeInTransaction(() -> ao.create(MapGroupEntity.class, new DBParam("PERSONA_KEY", personaKey),
                new DBParam("ITEM_ID", (int) itemId), new DBParam("SECTION", section == null ? null : section.name()),
                new DBParam("DIRTY_TOKEN", token())));
        return new Stored(e.getID(), itemId, section, e.getDirtyToken(), null, null, null);
    }

    @Override
    public String dirtyToken(long rowId) {
        MapGroupEntity[] rows = ao.find(MapGroupEntity.class, Query.select("ID, DIRTY_TOKEN").where("ID = ?", (int) rowId));
        return rows.length == 0 ? null : rows[0].getDirtyToken();
    }

    @Override
    public boolean saveClean(long rowId, String cleanToken, String stamp, MapGroup group) {
        // Two nodes may recompute one group at once (the daily job on one, a view or the start-up run on another): the
        // database refuses one of the two saves, which is tried again (both hold the same facts; a write that marked the
        // group meanwhile left the dirty token, which this never writes, so the group stays dirty). Refused every time,
        // nothing is saved: the group is recomputed at its next use, and the facts just computed are used all the same.
        try {
            return Retry.inTransaction(ao, () -> {
                MapGroupEntity[] rows = ao.find(MapGroupEntity.class, Query.select("ID").where("ID = ?", (int) rowId));
                if (rows.length == 0) {
                    return false;
                }
                // only these three columns are written (Active Objects updates the fields set): never DIRTY_TOKEN
                rows[0].setCleanToken(cleanToken);
                rows[0].setStamp(stamp);
                rows[0].setFacts(MapGroupCodec.write(group));
                rows[0].save();
                return true;
            });
        } catch (com.empathyevidence.domain.Problem busy) {
            if (Retry.BUSY.equals(busy.messageKey())) {
                return false;
            }
            throw busy;
        }
    }

    @Override
    public List<BackingRow> backingOf(long itemId) {
        List<BackingRow> rows = new ArrayList<>();
        for (BackingEntity b : ao.find(BackingEntity.class, Query.select().where("MAP_ITEM_ID = ?", (int) itemId).order("ID"))) {
            rows.add(new BackingRow(b.getID(), b.getEvidenceId()));
        }
        return rows;
    }

    @Override
    public List<Long> unsortedIds(String personaKey, Section section) {
        List<Long> ids = new ArrayList<>();
        for (EvidenceEntity e : ao.find(EvidenceEntity.class, Query.select("ID").where("PERSONA_KEY = ? AND SECTION = ? AND STATUS = ?",
                personaKey, section.name(), EvidenceStatus.ACTIVE.name()))) {
            ids.add((long) e.getID());
        }
        Set<Long> items = new HashSet<>();
        for (MapItemEntity i : ao.find(MapItemEntity.class, Query.select("ID").where("PERSONA_KEY = ?", personaKey))) {
            items.add((long) i.getID());
        }
        Map<Long, List<Long>> backed = itemsBacked(ids);
        List<Long> unsorted = new ArrayList<>();
        for (Long id : ids) {
            if (backed.getOrDefault(id, List.of()).stream().noneMatch(items::contains)) {
                unsorted.add(id);
            }
        }
        return unsorted;
    }

    @Override
    public Map<Long, List<Long>> itemsBacked(Collection<Long> evidenceIds) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (BackingEntity b : findIn(ao, BackingEntity.class, "EVIDENCE_ID", ints(evidenceIds), null)) {
            result.computeIfAbsent((long) b.getEvidenceId(), k -> new ArrayList<>()).add((long) b.getMapItemId());
        }
        return result;
    }

    @Override
    public String stamp() {
        try {
            StringBuilder s = new StringBuilder();
            java.util.TreeMap<Integer, Integer> values = new java.util.TreeMap<>();
            for (IssueLinkEntity row : ao.findWithSQL(IssueLinkEntity.class, "ID", stampSql)) {
                values.put(row.getID() % 100, row.getID() / 100);
            }
            return s.append(values).toString();
        } catch (RuntimeException unsupported) {
            // a database that does not read the statement (tested on H2 and PostgreSQL): the same facts, row by row
            StringBuilder s = new StringBuilder();
            for (ShelfLifeEntity l : ao.find(ShelfLifeEntity.class, Query.select("ID, POLICY_KEY, DAYS").order("ID"))) {
                s.append(l.getPolicyKey()).append('=').append(l.getDays()).append(',');
            }
            for (AgingThresholdEntity a : ao.find(AgingThresholdEntity.class, Query.select("ID, SCOPE, PERCENT").order("ID"))) {
                s.append(a.getScope()).append('=').append(a.getPercent()).append(',');
            }
            return s.toString();
        }
    }

    /**
     * One statement of aggregates over what every group is computed under: the freshness policy (shelf lives, aging
     * thresholds; participants are not: a change to one marks the groups of its pieces), each value tagged with its number in the
     * last two digits of an "ID" (the only column Active Objects reads from raw SQL).
     */
    private static String stampSql() {
        String prefix = AoMapVersions.tablePrefix(AoMapVersions.NAMESPACE);
        String s = " FROM \"" + prefix + "SHELF_LIFE\" s";
        String a = " FROM \"" + prefix + "AGING_THRESHOLD\" a";
        List<String> parts = new ArrayList<>();
        int k = 0;
        for (String[] part : new String[][] {
                {"COUNT(*)", s},
                {"SUM(s.\"ID\" * (COALESCE(s.\"DAYS\", -1) + 2))", s},
                {"SUM(s.\"ID\")", s},
                {"COUNT(*)", a},
                {"SUM(a.\"ID\" * (COALESCE(a.\"PERCENT\", -1) + 2))", a},
                {"SUM(a.\"ID\")", a},
        }) {
            k++;
            parts.add("SELECT " + k + " AS \"K\", CAST(MOD(COALESCE(" + part[0] + ", 0), 20000000) AS INTEGER) AS \"V\"" + part[1]);
        }
        return "SELECT x.\"V\" * 100 + x.\"K\" AS \"ID\" FROM (" + String.join(" UNION ALL ", parts) + ") x";
    }

    private final String stampSql = stampSql();

    @Override
    public void forget(String personaKey) {
        ao.deleteWithSQL(MapGroupEntity.class, "PERSONA_KEY = ?", personaKey);
    }

    // ---------------------------------------------------------------- marking (called by the stores that write)

    /** The groups a write of these pieces may change: their sections' unsorted groups and the items they back. */
    public record Marks(Set<String> unsorted, Set<Long> items, Set<String> personas) {
        public Marks and(Marks other) {
            Set<String> u = new HashSet<>(unsorted);
            u.addAll(other.unsorted);
            Set<Long> i = new HashSet<>(items);
            i.addAll(other.items);
            Set<String> p = new HashSet<>(personas);
            p.addAll(other.personas);
            return new Marks(u, i, p);
        }

        /** A new dirty token on each of these groups (and on every group of {@code personas}). */
        public void mark(ActiveObjects ao) {
            String token = token();
            List<MapGroupEntity> rows = new ArrayList<>();
            if (!items.isEmpty()) {
                rows.addAll(findIn(ao, MapGroupEntity.class, "ITEM_ID", ints(items), null, "ID, DIRTY_TOKEN"));
            }
            for (String u : unsorted) {
                int bar = u.indexOf('|');
                rows.addAll(Arrays.asList(ao.find(MapGroupEntity.class, Query.select("ID, DIRTY_TOKEN")
                        .where("PERSONA_KEY = ? AND ITEM_ID = 0 AND SECTION = ?", u.substring(bar + 1), u.substring(0, bar)))));
            }
            for (String persona : personas) {
                rows.addAll(Arrays.asList(ao.find(MapGroupEntity.class, Query.select("ID, DIRTY_TOKEN").where("PERSONA_KEY = ?", persona))));
            }
            for (MapGroupEntity row : rows) {
                row.setDirtyToken(token);
                row.save();
            }
        }
    }

    /** Nothing to mark. */
    public static final Marks NONE = new Marks(Set.of(), Set.of(), Set.of());

    /** The groups these pieces are in now (read them before a write that moves a piece, and again after it). */
    public static Marks touching(ActiveObjects ao, Collection<Long> evidenceIds) {
        if (evidenceIds.isEmpty()) {
            return NONE;
        }
        Set<String> unsorted = new HashSet<>();
        for (EvidenceEntity e : findIn(ao, EvidenceEntity.class, "ID", ints(evidenceIds), null, "ID, PERSONA_KEY, SECTION")) {
            if (e.getPersonaKey() != null && e.getSection() != null) {
                unsorted.add(e.getSection() + "|" + e.getPersonaKey());
            }
        }
        Set<Long> items = new HashSet<>();
        for (BackingEntity b : findIn(ao, BackingEntity.class, "EVIDENCE_ID", ints(evidenceIds), null)) {
            items.add((long) b.getMapItemId());
        }
        return new Marks(unsorted, items, Set.of());
    }

    /** The groups of these items, and of every piece backing them (which may move to or from unsorted, or primary). */
    public static Marks touchingItems(ActiveObjects ao, Collection<Long> itemIds) {
        List<Long> pieces = new ArrayList<>();
        for (BackingEntity b : findIn(ao, BackingEntity.class, "MAP_ITEM_ID", ints(itemIds), null)) {
            pieces.add((long) b.getEvidenceId());
        }
        return new Marks(Set.of(), new HashSet<>(itemIds), Set.of()).and(touching(ao, pieces));
    }

    /** Every group of these personas. */
    public static Marks personas(Collection<String> personaKeys) {
        return new Marks(Set.of(), Set.of(), new HashSet<>(personaKeys));
    }

    static String token() {
        return UUID.randomUUID().toString();
    }

    private static List<Integer> ints(Collection<Long> ids) {
        List<Integer> result = new ArrayList<>();
        for (Long id : ids) {
            if (id != null && id >= 1 && id <= Integer.MAX_VALUE) {
                result.add(id.intValue());
            }
        }
        return result;
    }

    private static <T extends net.java.ao.RawEntity<Integer>> List<T> findIn(ActiveObjects ao, Class<T> type, String column,
                                                                            Collection<?> ids, String extra) {
        return findIn(ao, type, column, ids, extra, null);
    }

    private static <T extends net.java.ao.RawEntity<Integer>> List<T> findIn(ActiveObjects ao, Class<T> type, String column,
                                                                            Collection<?> ids, String extra, String fields) {
        List<T> result = new ArrayList<>();
        List<Object> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Object> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String clause = column + " IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")"
                    + (extra == null ? "" : " AND " + extra);
            Query q = fields == null ? Query.select() : Query.select(fields);
            result.addAll(Arrays.asList(ao.find(type, q.where(clause, chunk.toArray()))));
        }
        return result;
    }
}
