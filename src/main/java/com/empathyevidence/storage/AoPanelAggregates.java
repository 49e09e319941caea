package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.PanelAggregates;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.IssueTallies;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.WarningRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jakarta.inject.Inject;
import net.java.ao.Query;

/**
 * {@link PanelAggregates} over Active Objects: the issue's evidence counted in the database, not loaded. The issue's
 * pieces are two flat joins ({@link #halves}): those linked directly, and the backing of linked map items that is not
 * linked directly and backs no earlier linked item (so each piece counts once, reached the first way, as
 * {@code IssueEvidenceService.allLinked} lists them). Each piece's basis date is computed from the existing columns (the
 * later of the observed date and the latest re-confirmation), its age in days on the given day, and its freshness class
 * and "turns stale soon" from the shelf life of its project and source kind, with the cut-offs of the domain
 * ({@link FreshnessPolicy#shelfLifeDays}, {@link FreshnessPolicy#agingFromDays} of the piece's scope, which rounds each
 * scope's own aging threshold up to whole days, {@link WarningRule#TURNING_STALE_DAYS}), exactly as {@code FreshnessRule}
 * assesses a piece. The confidence's counts come from the same groups, the voices for the finding from the participants'
 * ids, and the pieces about another persona than the finding's from one more count. No nested derived tables: H2 plans each again for every plan it
 * tries, which cost more than the counting (docs/performance.md).
 *
 * <p>Active Objects reads only the key column from raw SQL, so every value comes back as the {@code "ID"} of a row,
 * packed with a tag (as the map's stamp is, {@link AoMapGroups#stamp}): {@code (value * 2 + measure) * 2048 + group}, where the group codes
 * status, relation, source kind, freshness class, "turns stale soon", attributed and visible (1,296 groups) and a few
 * more codes tag the distinct counts. Tested on H2 and PostgreSQL (the date arithmetic is {@code CAST(CAST(a AS DATE)
 * - CAST(b AS DATE) AS INTEGER)}, which both read); on another database a statement fails and the methods answer
 * empty, so the caller takes the full path (never an error).
 */
@JiraComponent
public class AoPanelAggregates implements PanelAggregates {

    private static final int IN_CHUNK = 500;
    private static final int GROUPS = 2048;
    private static final int CODE_PARTICIPANTS = 1296;
    private static final int CODE_SEGMENTS = 1297;
    private static final int CODE_COUNTER_VOICES = 1298;
    private static final int CODE_VOICES = 1299;
    private static final int CODE_SUPPORTING_VOICES = 1300;
    private static final int CODE_OFF_PERSONA = 1301;

    private final ActiveObjects ao;
    private final String e;
    private final String l;
    private final String i;
    private final String b;
    private final String r;
    private final String p;

    @Inject
    public AoPanelAggregates(@JiraImport ActiveObjects ao) {
        this.ao = ao;
        String prefix = AoMapVersions.tablePrefix(AoMapVersions.NAMESPACE);
        e = q(prefix + "EVIDENCE");
        l = q(prefix + "ISSUE_LINK");
        i = q(prefix + "MAP_ITEM");
        b = q(prefix + "BACKING");
        r = q(prefix + "RECONFIRMATION");
        p = q(prefix + "PARTICIPANT");
    }

    @Override
    public Optional<Set<String>> projects(String issueKey) {
        try {
            String[] halves = halves(false, false);
            String sql = selectOf("SELECT MIN(e.\"ID\") AS \"ID\"" + halves[0] + " AND e.\"PROJECT_KEY\" IS NOT NULL GROUP BY e.\"PROJECT_KEY\""
                    + " UNION ALL SELECT MIN(e.\"ID\") AS \"ID\"" + halves[1] + " AND e.\"PROJECT_KEY\" IS NOT NULL GROUP BY e.\"PROJECT_KEY\"");
            List<Integer> ids = new ArrayList<>();
            for (IssueLinkEntity row : ao.findWithSQL(IssueLinkEntity.class, "ID", sql, issueKey, issueKey, issueKey, issueKey)) {
                ids.add(row.getID());
            }
            Set<String> projects = new TreeSet<>();
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
                for (EvidenceEntity piece : ao.find(EvidenceEntity.class, Query.select().where("ID IN (" + in + ")", chunk.toArray()))) {
                    projects.add(piece.getProjectKey());
                }
            }
            return Optional.of(projects);
        } catch (RuntimeException unsupported) {
            return Optional.empty();
        }
    }

    /**
     * The two halves of the issue's pieces as flat joins, no derived table (H2 plans every nested derived table again
     * for each plan it tries: that, not the counting, was the cost of the nested form): the pieces linked directly, and
     * the backing of linked map items that is neither linked directly nor backs an earlier linked item. Each is
     * {@code FROM ... WHERE ...} over {@code e} (the piece), {@code pa} (its participant), {@code r} (its latest
     * re-confirmation) and {@code l} (the link it is reached by); two parameters for the first, four for the second.
     * The participant is joined only with {@code participant} and the latest re-confirmation only with
     * {@code reconfirmation} (each joins at most one row to a piece, so the rows are the same without them): the row
     * selection and the projects read neither, the parts that count voices read no freshness.
     */
    private String[] halves(boolean participant, boolean reconfirmation) {
        String joins = (participant ? " LEFT JOIN " + p + " pa ON pa.\"ID\" = e.\"PARTICIPANT_ID\"" : "")
                + (!reconfirmation ? "" : " LEFT JOIN " + r + " r ON r.\"EVIDENCE_ID\" = e.\"ID\""
                + " AND NOT EXISTS (SELECT 1 FROM " + r + " r2 WHERE r2.\"EVIDENCE_ID\" = e.\"ID\" AND (r2.\"CONFIRMED_ON\" > r.\"CONFIRMED_ON\""
                + " OR (r2.\"CONFIRMED_ON\" = r.\"CONFIRMED_ON\" AND r2.\"ID\" > r.\"ID\")))");
        String direct = " FROM " + l + " l JOIN " + e + " e ON e.\"ID\" = l.\"TARGET_ID\"" + joins
                + " WHERE l.\"ISSUE_KEY\" = ? AND l.\"TARGET_TYPE\" = 'EVIDENCE'";
        String viaItems = " FROM " + l + " l JOIN " + i + " i ON i.\"ID\" = l.\"TARGET_ID\" JOIN " + b + " b ON b.\"MAP_ITEM_ID\" = i.\"ID\" JOIN "
                + e + " e ON e.\"ID\" = b.\"EVIDENCE_ID\"" + joins
                + " WHERE l.\"ISSUE_KEY\" = ? AND l.\"TARGET_TYPE\" = 'MAP_ITEM'"
                + " AND NOT EXISTS (SELECT 1 FROM " + l + " d WHERE d.\"ISSUE_KEY\" = ? AND d.\"TARGET_TYPE\" = 'EVIDENCE' AND d.\"TARGET_ID\" = b.\"EVIDENCE_ID\")"
                + " AND NOT EXISTS (SELECT 1 FROM " + l + " l2 JOIN " + i + " i2 ON i2.\"ID\" = l2.\"TARGET_ID\" JOIN " + b + " b2 ON b2.\"MAP_ITEM_ID\" = i2.\"ID\""
                + " WHERE l2.\"ISSUE_KEY\" = ? AND l2.\"TARGET_TYPE\" = 'MAP_ITEM' AND b2.\"EVIDENCE_ID\" = b.\"EVIDENCE_ID\" AND l2.\"ID\" < l.\"ID\")";
        return new String[] {direct, viaItems};
    }

    private static final java.util.regex.Pattern PROJECT_KEY = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

    /** A project key as an SQL literal; keys are letters, digits and underscores (anything else: the full path). */
    private static String literal(String projectKey) {
        if (!PROJECT_KEY.matcher(projectKey).matches()) {
            throw new IllegalArgumentException("not a project key: the full path answers");
        }
        return "'" + projectKey + "'";
    }

    /**
     * The group code of a piece, {@code (active, relation, kind, freshness class, turning, attributed, visible)}, and its
     * days until stale, as expressions over {@code e}, {@code pa}, {@code r}, {@code l}. No parameters: today and the
     * project keys are literals (a date, and keys checked by {@link #literal}), so that PostgreSQL can group by the
     * expression the select list repeats.
     */
    private static String[] codeAndDays(FreshnessPolicies policies, LocalDate today, Set<String> visibleProjects) {
        String basis = "(CASE WHEN r.\"CONFIRMED_ON\" > e.\"OBSERVED_ON\" THEN r.\"CONFIRMED_ON\" ELSE e.\"OBSERVED_ON\" END)";
        String age = "CAST(DATE '" + today + "' - CAST(" + basis + " AS DATE) AS INTEGER)";
        StringBuilder shelf = new StringBuilder("(CASE");
        // the first aging day of each scope and kind, as the domain rounds it (FreshnessPolicy.agingFromDays)
        StringBuilder agingFrom = new StringBuilder("(CASE");
        FreshnessPolicy global = policies.forProject(null);
        for (String project : new TreeSet<>(policies.projectsWithOverrides())) {
            FreshnessPolicy own = policies.forProject(project);
            for (SourceKind kind : SourceKind.values()) {
                String when = " WHEN e.\"PROJECT_KEY\" = " + literal(project) + " AND e.\"SOURCE_KIND\" = '" + kind.name() + "' THEN ";
                if (own.shelfLifeDays(kind) != global.shelfLifeDays(kind)) {
                    shelf.append(when).append(own.shelfLifeDays(kind));
                }
                if (own.agingFromDays(kind) != global.agingFromDays(kind)) {
                    agingFrom.append(when).append(own.agingFromDays(kind));
                }
            }
        }
        StringBuilder kindIndex = new StringBuilder("(CASE e.\"SOURCE_KIND\"");
        for (SourceKind kind : SourceKind.values()) {
            shelf.append(" WHEN e.\"SOURCE_KIND\" = '").append(kind.name()).append("' THEN ").append(global.shelfLifeDays(kind));
            agingFrom.append(" WHEN e.\"SOURCE_KIND\" = '").append(kind.name()).append("' THEN ").append(global.agingFromDays(kind));
            kindIndex.append(" WHEN '").append(kind.name()).append("' THEN ").append(kind.ordinal());
        }
        shelf.append(" END)");
        agingFrom.append(" END)");
        kindIndex.append(" END)");
        StringBuilder visible = new StringBuilder("(CASE WHEN e.\"PROJECT_KEY\" IS NULL THEN 1");
        if (!visibleProjects.isEmpty()) {
            List<String> keys = new ArrayList<>();
            new TreeSet<>(visibleProjects).forEach(k -> keys.add(literal(k)));
            visible.append(" WHEN e.\"PROJECT_KEY\" IN (").append(String.join(",", keys)).append(") THEN 1");
        }
        visible.append(" ELSE 0 END)");
        String stale = age + " > " + shelf;
        String aging = "(CASE WHEN " + age + " < 0 THEN 0 ELSE " + age + " END) >= " + agingFrom;
        String days = "(" + shelf + " - " + age + " + 1)";
        String turn = "(CASE WHEN " + age + " <= " + shelf + " AND " + days + " <= " + WarningRule.TURNING_STALE_DAYS + " THEN 1 ELSE 0 END)";
        String code = "((CASE WHEN e.\"STATUS\" = 'ACTIVE' THEN 1 ELSE 0 END) * 648"
                + " + (CASE l.\"RELATION\" WHEN 'ADDRESSES' THEN 0 WHEN 'SUPPORTS' THEN 1 ELSE 2 END) * 216 + " + kindIndex + " * 24"
                + " + (CASE WHEN " + stale + " THEN 2 WHEN " + aging + " THEN 1 ELSE 0 END) * 8 + " + turn + " * 4"
                + " + (CASE WHEN pa.\"ID\" IS NULL THEN 0 ELSE 2 END) + " + visible + ")";
        return new String[] {code, days, turn, visible.toString()};
    }

    @Override
    public Optional<Tallies> tallies(String issueKey, FreshnessPolicies policies, LocalDate today, Set<String> visibleProjects,
                                     Set<String> personas) {
        try {
            List<Object> params = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            String[] x = codeAndDays(policies, today, visibleProjects);
            String group = x[0];
            String[] halves = halves(true, true);
            String[] voiceHalves = halves(true, false);
            for (int half = 0; half < 2; half++) {
                // one flat level of columns under each aggregate: H2 does not match a grouped expression this long
                String columns = "SELECT " + group + " AS \"CODE\", " + x[1] + " AS \"DUS\", " + x[2] + " AS \"TURN\", " + x[3] + " AS \"VIS\","
                        + " pa.\"ID\" AS \"PID\", CASE WHEN l.\"RELATION\" = 'CONTRADICTS' THEN 1 ELSE 0 END AS \"AGAINST\","
                        + " CASE WHEN e.\"STATUS\" = 'ACTIVE' THEN 1 ELSE 0 END AS \"ACTIVE\", e.\"PERSONA_KEY\" AS \"PERSONA\"" + halves[half];
                // the parts that count voices and personas read no freshness: no shelf lives, no re-confirmation per row
                String voiceColumns = "SELECT " + x[3] + " AS \"VIS\", pa.\"ID\" AS \"PID\","
                        + " CASE WHEN l.\"RELATION\" = 'CONTRADICTS' THEN 1 ELSE 0 END AS \"AGAINST\","
                        + " CASE WHEN e.\"STATUS\" = 'ACTIVE' THEN 1 ELSE 0 END AS \"ACTIVE\", e.\"PERSONA_KEY\" AS \"PERSONA\"" + voiceHalves[half];
                Object[] keys = half == 0 ? new Object[] {issueKey} : new Object[] {issueKey, issueKey, issueKey};
                parts.add("SELECT CAST((COUNT(*) * 2) * " + GROUPS + " + c.\"CODE\" AS INTEGER) AS \"ID\" FROM (" + columns + ") c GROUP BY c.\"CODE\"");
                params.addAll(List.of(keys));
                parts.add("SELECT CAST((MIN(c.\"DUS\") * 2 + 1) * " + GROUPS + " + c.\"CODE\" AS INTEGER) AS \"ID\" FROM (" + columns + ") c"
                        + " WHERE c.\"ACTIVE\" = 1 AND c.\"TURN\" = 1 GROUP BY c.\"CODE\"");
                params.addAll(List.of(keys));
                // the participants behind active pieces, each once per role (0 supporting, 1 contradicting) and visibility:
                // their aliases and segments are read from their rows (as many as there are participants, not pieces)
                parts.add("SELECT DISTINCT CAST(((c.\"PID\" * 2 + c.\"VIS\") * 2 + c.\"AGAINST\") * 2 * " + GROUPS + " + " + CODE_VOICES
                        + " AS INTEGER) AS \"ID\" FROM (" + voiceColumns + ") c WHERE c.\"ACTIVE\" = 1 AND c.\"PID\" IS NOT NULL");
                params.addAll(List.of(keys));
                if (!personas.isEmpty()) {
                    // the active supporting pieces about another persona than the finding's (none judged without personas)
                    List<String> sorted = new ArrayList<>(new TreeSet<>(personas));
                    parts.add("SELECT CAST((COUNT(*) * 2) * " + GROUPS + " + " + CODE_OFF_PERSONA + " AS INTEGER) AS \"ID\" FROM (" + voiceColumns + ") c"
                            + " WHERE c.\"ACTIVE\" = 1 AND c.\"AGAINST\" = 0 AND c.\"PERSONA\" IS NOT NULL AND c.\"PERSONA\" NOT IN ("
                            + String.join(",", Collections.nCopies(sorted.size(), "?")) + ")");
                    params.addAll(List.of(keys));
                    params.addAll(sorted);
                }
            }
            String sql = selectOf(String.join(" UNION ALL ", parts));
            Map<Integer, Integer> counts = new HashMap<>();
            Map<Integer, Integer> soonest = new HashMap<>();
            List<int[]> voices = new ArrayList<>(); // participant id, visible, contradicting
            int offPersona = 0;
            for (IssueLinkEntity row : ao.findWithSQL(IssueLinkEntity.class, "ID", sql, params.toArray())) {
                int packed = row.getID();
                int code = Math.floorMod(packed, GROUPS);
                int rest = Math.floorDiv(packed, GROUPS);
                int measure = Math.floorMod(rest, 2);
                int value = Math.floorDiv(rest, 2);
                if (code == CODE_VOICES) {
                    voices.add(new int[] {value / 4, value / 2 % 2, value % 2});
                } else if (code == CODE_OFF_PERSONA) {
                    offPersona += value;
                } else if (measure == 0) {
                    counts.merge(code, value, Integer::sum);
                } else {
                    soonest.merge(code, value, Math::min);
                }
            }
            Map<Integer, ParticipantEntity> participants = participants(voices);
            Set<String> participantAliases = new TreeSet<>();
            Set<String> segments = new TreeSet<>();
            Set<Integer> counterVoices = new TreeSet<>();
            Set<Integer> supportingVoices = new TreeSet<>();
            Set<String> supporters = new TreeSet<>();
            Set<String> against = new TreeSet<>();
            for (int[] voice : voices) {
                ParticipantEntity who = participants.get(voice[0]);
                if (who == null) {
                    continue;
                }
                if (voice[2] == 1) {
                    counterVoices.add(voice[0]);
                    if (voice[1] == 1) {
                        against.add(who.getAlias());
                    }
                    continue;
                }
                supportingVoices.add(voice[0]);
                participantAliases.add(who.getAlias());
                if (who.getSegment() != null && !who.getSegment().isBlank()) {
                    segments.add(who.getSegment());
                }
                if (voice[1] == 1) {
                    supporters.add(who.getAlias());
                }
            }
            Map<Integer, Integer> distinct = Map.of(CODE_PARTICIPANTS, participantAliases.size(), CODE_SEGMENTS, segments.size(),
                    CODE_COUNTER_VOICES, counterVoices.size(), CODE_SUPPORTING_VOICES, supportingVoices.size(), CODE_OFF_PERSONA, offPersona);
            return Optional.of(tallies(counts, soonest, distinct, today, supporters, against));
        } catch (RuntimeException unsupported) {
            return Optional.empty();
        }
    }

    /** The participants' rows, one read per 500 participants. */
    private Map<Integer, ParticipantEntity> participants(List<int[]> voices) {
        List<Integer> ids = new ArrayList<>(new TreeSet<>(voices.stream().map(v -> v[0]).toList()));
        Map<Integer, ParticipantEntity> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            for (ParticipantEntity participant : ao.find(ParticipantEntity.class, Query.select().where("ID IN (" + in + ")", chunk.toArray()))) {
                rows.put(participant.getID(), participant);
            }
        }
        return rows;
    }

    /** The rules' counts from the groups: the same sums {@link IssueTallies#of} takes over the pieces. */
    static Tallies tallies(Map<Integer, Integer> counts, Map<Integer, Integer> soonest, Map<Integer, Integer> distinct, LocalDate today,
                           Set<String> supporters, Set<String> against) {
        int strengthSupporting = 0;
        long weight = 0;
        long quality = 0;
        Set<SourceKind> kinds = java.util.EnumSet.noneOf(SourceKind.class);
        int activeCount = 0;
        int retired = 0;
        int stale = 0;
        int counter = 0;
        int staleCounter = 0;
        int supporting = 0;
        boolean unattributed = false;
        int turning = 0;
        Integer soonestDays = null;
        int hidden = 0;
        int unnamedAgainst = 0;
        int unattributedSupporting = 0;
        int weak = 0;
        int staleSupporting = 0;
        int agingSupporting = 0;
        Map<Relation, Integer> visible = new EnumMap<>(Relation.class);
        for (Map.Entry<Integer, Integer> group : counts.entrySet()) {
            int code = group.getKey();
            int n = group.getValue();
            boolean active = code / 648 == 1;
            Relation relation = Relation.values()[code % 648 / 216];
            SourceKind kind = SourceKind.values()[code % 216 / 24];
            Freshness freshness = Freshness.values()[code % 24 / 8];
            boolean turns = code % 8 / 4 == 1;
            boolean attributed = code % 4 / 2 == 1;
            boolean seen = code % 2 == 1;
            if (seen) {
                visible.merge(relation, n, Integer::sum);
            } else {
                hidden += n;
            }
            if (!active) {
                retired += n;
                continue;
            }
            activeCount += n;
            if (freshness == Freshness.STALE) {
                stale += n;
            } else if (turns) {
                turning += n;
                int days = soonest.get(code);
                soonestDays = soonestDays == null ? days : Math.min(soonestDays, days);
            }
            if (relation == Relation.CONTRADICTS) {
                if (freshness != Freshness.STALE) {
                    counter += n;
                } else {
                    staleCounter += n;
                }
                if (seen && !attributed) {
                    unnamedAgainst += n;
                }
                continue;
            }
            supporting += n;
            strengthSupporting += n;
            unattributed |= !attributed;
            unattributedSupporting += attributed ? 0 : n; // each unattributed supporting piece is a voice of its own
            weak += IssueTallies.qualityTenths(kind) <= IssueTallies.WEAK_QUALITY_TENTHS ? n : 0;
            staleSupporting += freshness == Freshness.STALE ? n : 0;
            agingSupporting += freshness == Freshness.AGING ? n : 0;
            kinds.add(kind);
            weight += (long) n * IssueTallies.weightTenths(freshness);
            quality += n * IssueTallies.qualityTenths(kind);
        }
        int unattributedVoices = 0;
        for (Map.Entry<Integer, Integer> group : counts.entrySet()) {
            int code = group.getKey();
            if (code / 648 == 1 && code % 648 / 216 == 2 && code % 4 / 2 == 0) {
                unattributedVoices += group.getValue(); // each unattributed contradicting piece is a voice of its own
            }
        }
        int participants = distinct.getOrDefault(CODE_PARTICIPANTS, 0);
        // the day the first of them turns stale: days until stale counts from today (1 = tomorrow)
        LocalDate soonestStale = soonestDays == null ? null : today.plusDays(soonestDays);
        IssueTallies all = new IssueTallies(strengthSupporting, participants, kinds.size(), distinct.getOrDefault(CODE_SEGMENTS, 0), weight, quality,
                distinct.getOrDefault(CODE_COUNTER_VOICES, 0) + unattributedVoices, activeCount, retired, stale, counter, staleCounter, supporting,
                participants, unattributed, turning, soonestStale,
                distinct.getOrDefault(CODE_SUPPORTING_VOICES, 0) + unattributedSupporting, weak, staleSupporting, agingSupporting,
                distinct.getOrDefault(CODE_OFF_PERSONA, 0));
        return new Tallies(all, hidden, visible, supporters, against, unnamedAgainst);
    }

    @Override
    public Optional<List<Row>> rows(String issueKey, Set<String> visibleProjects, Map<Relation, Integer> limits) {
        try {
            List<Object> params = new ArrayList<>();
            String sql = "SELECT CAST(w.\"EID\" * 4 + w.\"RELIDX\" AS INTEGER) AS \"ID\" FROM (SELECT c.\"EID\", c.\"RELIDX\", c.\"SRC\", c.\"LID\", c.\"BID\","
                    + " ROW_NUMBER() OVER (PARTITION BY c.\"RELIDX\" ORDER BY c.\"SRC\", c.\"LID\", c.\"BID\") AS \"N\" FROM ("
                    + visibleRows(visibleProjects, params, issueKey) + ") c) w"
                    + " WHERE w.\"N\" <= CASE w.\"RELIDX\" WHEN 0 THEN " + limit(limits, Relation.ADDRESSES) + " WHEN 1 THEN "
                    + limit(limits, Relation.SUPPORTS) + " ELSE " + limit(limits, Relation.CONTRADICTS) + " END"
                    + " ORDER BY w.\"SRC\", w.\"LID\", w.\"BID\"";
            List<Row> rows = new ArrayList<>();
            for (IssueLinkEntity row : ao.findWithSQL(IssueLinkEntity.class, "ID", sql, params.toArray())) {
                int packed = row.getID();
                rows.add(new Row(packed / 4, Relation.values()[packed % 4]));
            }
            return Optional.of(rows);
        } catch (RuntimeException unsupported) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<List<ItemLink>> linkedItems(String issueKey) {
        List<IssueLinkEntity> links = List.of(ao.find(IssueLinkEntity.class,
                Query.select().where("ISSUE_KEY = ? AND TARGET_TYPE = ?", issueKey, "MAP_ITEM").order("ID")));
        if (links.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Integer> itemIds = new ArrayList<>();
        links.forEach(link -> itemIds.add(link.getTargetId()));
        Map<Integer, com.empathyevidence.domain.MapItem> items = new HashMap<>();
        Map<Integer, List<BackingEntity>> backing = new HashMap<>();
        for (int from = 0; from < itemIds.size(); from += IN_CHUNK) {
            List<Integer> chunk = itemIds.subList(from, Math.min(itemIds.size(), from + IN_CHUNK));
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            for (MapItemEntity m : ao.find(MapItemEntity.class, Query.select().where("ID IN (" + in + ")", chunk.toArray()))) {
                items.put(m.getID(), new com.empathyevidence.domain.MapItem(m.getID(), m.getPersonaKey(),
                        com.empathyevidence.domain.Section.valueOf(m.getSection()), m.getStatement()));
            }
            for (BackingEntity row : ao.find(BackingEntity.class, Query.select().where("MAP_ITEM_ID IN (" + in + ")", chunk.toArray()))) {
                backing.computeIfAbsent(row.getMapItemId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<ItemLink> result = new ArrayList<>();
        for (IssueLinkEntity link : links) {
            com.empathyevidence.domain.MapItem item = items.get(link.getTargetId());
            if (item == null) {
                continue;
            }
            List<BackingEntity> rows = new ArrayList<>(backing.getOrDefault(link.getTargetId(), List.of()));
            rows.sort(java.util.Comparator.comparingInt(BackingEntity::getID));
            List<Long> ids = new ArrayList<>();
            rows.forEach(row -> ids.add((long) row.getEvidenceId()));
            result.add(new ItemLink(item, new com.empathyevidence.domain.IssueLink(link.getID(), link.getIssueKey(),
                    new com.empathyevidence.domain.LinkTarget(com.empathyevidence.domain.LinkTarget.Type.valueOf(link.getTargetType()), link.getTargetId()),
                    Relation.valueOf(link.getRelation()), link.getLinkedBy(),
                    link.getLinkedAt() == null ? null : java.time.Instant.parse(link.getLinkedAt()), link.getNote()), ids));
        }
        return Optional.of(result);
    }

    /** The visible pieces with their relation index and the panel's order (no freshness: the rows are assessed once loaded). */
    private String visibleRows(Set<String> visibleProjects, List<Object> params, String issueKey) {
        StringBuilder visible = new StringBuilder(" AND (e.\"PROJECT_KEY\" IS NULL");
        if (!visibleProjects.isEmpty()) {
            List<String> keys = new ArrayList<>();
            new TreeSet<>(visibleProjects).forEach(k -> keys.add(literal(k)));
            visible.append(" OR e.\"PROJECT_KEY\" IN (").append(String.join(",", keys)).append(")");
        }
        visible.append(")");
        String relation = "CASE l.\"RELATION\" WHEN 'ADDRESSES' THEN 0 WHEN 'SUPPORTS' THEN 1 ELSE 2 END AS \"RELIDX\"";
        String[] halves = halves(false, false);
        params.add(issueKey);
        params.add(issueKey);
        params.add(issueKey);
        params.add(issueKey);
        return "SELECT e.\"ID\" AS \"EID\", " + relation + ", 0 AS \"SRC\", l.\"ID\" AS \"LID\", 0 AS \"BID\"" + halves[0] + visible
                + " UNION ALL SELECT e.\"ID\", " + relation + ", 1, l.\"ID\", b.\"ID\"" + halves[1] + visible;
    }

    private static int limit(Map<Relation, Integer> limits, Relation relation) {
        return Math.max(0, limits.getOrDefault(relation, Integer.MAX_VALUE / 8));
    }

    /**
     * A union's ids under one plain SELECT: H2 keeps the parsed plan of a SELECT per connection for the next view, never
     * that of a statement whose top is a UNION (which it parses and plans again every time: most of the panel's cost).
     */
    private static String selectOf(String union) {
        return "SELECT u.\"ID\" FROM (" + union + ") u";
    }

    private static String q(String identifier) {
        return "\"" + identifier + "\"";
    }
}
