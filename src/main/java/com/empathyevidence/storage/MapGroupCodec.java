package com.empathyevidence.storage;

import com.empathyevidence.domain.FreshnessTally;
import com.empathyevidence.domain.MapGroup;
import com.empathyevidence.domain.MapGroupFacts;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link MapGroup} as the JSON text of {@code MapGroupEntity.FACTS}, and back. Dates as ISO days. A freshness tally
 * is one string of comma-separated numbers: fresh, aging, stale, then per turn the days since the previous turn (the
 * first since the group's day), how many turn aging and how many turn stale. Text of another format (rows stored before format 2, which kept no
 * turns and held only until a piece's freshness changed) reads as null: the group is not current and is recomputed
 * from its pieces on its next view (or by the daily job), then stored in this format.
 */
final class MapGroupCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The format written; rows of another are recomputed. */
    static final int FORMAT = 2;

    private MapGroupCodec() {
    }

    static String write(MapGroup g) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", FORMAT);
        root.put("item", g.itemId());
        root.put("section", g.section() == null ? null : g.section().name());
        LocalDate on = g.computedOn();
        root.put("on", on.toString());
        ArrayNode cover = root.putArray("cover");
        g.coverKeys().forEach(cover::add);
        ArrayNode parts = root.putArray("parts");
        for (MapGroup.Part p : g.parts()) {
            ObjectNode part = parts.addObject();
            part.put("project", p.projectKey());
            part.set("all", facts(p.all(), on));
            // mostly the same pieces (each backs one item): then written once
            if (p.primary().equals(p.all())) {
                part.put("primary", "all");
            } else {
                part.set("primary", facts(p.primary(), on));
            }
            ArrayNode trust = part.putArray("trust");
            for (MapGroup.TrustCount t : p.trust()) {
                ObjectNode n = trust.addObject();
                ArrayNode keys = n.putArray("issues");
                t.issueKeys().forEach(keys::add);
                n.put("t", tally(t.freshness(), on));
            }
        }
        return root.toString();
    }

    static MapGroup read(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root.path("v").asInt() != FORMAT) {
                return null; // an earlier format: recomputed
            }
            LocalDate on = LocalDate.parse(root.get("on").asText());
            List<String> cover = new ArrayList<>();
            root.get("cover").forEach(n -> cover.add(n.asText()));
            List<MapGroup.Part> parts = new ArrayList<>();
            for (JsonNode part : root.get("parts")) {
                List<MapGroup.TrustCount> trust = new ArrayList<>();
                for (JsonNode t : part.get("trust")) {
                    List<String> keys = new ArrayList<>();
                    t.get("issues").forEach(n -> keys.add(n.asText()));
                    trust.add(new MapGroup.TrustCount(keys, tally(t.get("t"), on)));
                }
                MapGroupFacts all = facts(part.get("all"), on);
                JsonNode primary = part.get("primary");
                parts.add(new MapGroup.Part(text(part.get("project")), all, primary.isTextual() ? all : facts(primary, on), trust));
            }
            String section = text(root.get("section"));
            return new MapGroup(root.get("item").asLong(), section == null ? null : Section.valueOf(section), parts, cover, on);
        } catch (Exception unreadable) {
            return null; // recomputed
        }
    }

    /** The tally as one text of comma-separated numbers (read back without a JSON node per number: large groups have hundreds of turns). */
    private static String tally(FreshnessTally t, LocalDate on) {
        StringBuilder n = new StringBuilder(16 + 10 * t.turns().size()).append(t.fresh()).append(',').append(t.aging()).append(',').append(t.stale());
        LocalDate previous = on;
        for (FreshnessTally.Turn turn : t.turns()) {
            n.append(',').append(ChronoUnit.DAYS.between(previous, turn.day())).append(',').append(turn.toAging()).append(',').append(turn.toStale());
            previous = turn.day();
        }
        return n.toString();
    }

    private static FreshnessTally tally(JsonNode node, LocalDate on) {
        String text = node.asText();
        long[] numbers = new long[Math.max(3, (int) text.chars().filter(c -> c == ',').count() + 1)];
        int count = 0;
        long value = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? ',' : text.charAt(i);
            if (c == ',') {
                numbers[count++] = value;
                value = 0;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
            } else {
                throw new IllegalArgumentException("not a tally: " + text); // read as unreadable: recomputed
            }
        }
        if (count < 3 || (count - 3) % 3 != 0) {
            throw new IllegalArgumentException("not a tally: " + text);
        }
        List<FreshnessTally.Turn> turns = new ArrayList<>((count - 3) / 3);
        LocalDate day = on;
        for (int i = 3; i < count; i += 3) {
            day = day.plusDays(numbers[i]);
            turns.add(new FreshnessTally.Turn(day, (int) numbers[i + 1], (int) numbers[i + 2]));
        }
        return new FreshnessTally((int) numbers[0], (int) numbers[1], (int) numbers[2], turns);
    }

    private static ObjectNode facts(MapGroupFacts f, LocalDate on) {
        ObjectNode n = JSON.createObjectNode();
        n.put("t", tally(f.freshness(), on));
        n.put("earliest", date(f.earliestObserved()));
        n.put("latest", date(f.latestObserved()));
        n.put("freshest", date(f.freshestBasis()));
        n.put("participants", java.util.Base64.getEncoder().encodeToString(f.participants().toByteArray()));
        n.put("unattributed", f.unattributed());
        ArrayNode segments = n.putArray("segments");
        f.segments().forEach(segments::add);
        ArrayNode kinds = n.putArray("kinds");
        f.kinds().forEach(k -> kinds.add(k.name()));
        n.put("quality", f.qualityTenths());
        n.put("weak", f.weak());
        ArrayNode listed = n.putArray("listed");
        for (MapGroupFacts.Listed l : f.listed()) {
            listed.addArray().add(l.id()).add(date(l.date())).add(l.tie());
        }
        return n;
    }

    private static MapGroupFacts facts(JsonNode n, LocalDate on) {
        java.util.BitSet participants = java.util.BitSet.valueOf(java.util.Base64.getDecoder().decode(n.get("participants").asText()));
        Set<String> segments = new HashSet<>();
        n.get("segments").forEach(a -> segments.add(a.asText()));
        Set<SourceKind> kinds = new HashSet<>();
        n.get("kinds").forEach(a -> kinds.add(SourceKind.valueOf(a.asText())));
        List<MapGroupFacts.Listed> listed = new ArrayList<>();
        n.get("listed").forEach(l -> listed.add(new MapGroupFacts.Listed(l.get(0).asLong(), date(l.get(1).asText()), l.get(2).asLong())));
        return new MapGroupFacts(tally(n.get("t"), on), date(text(n.get("earliest"))), date(text(n.get("latest"))),
                date(text(n.get("freshest"))), participants, n.get("unattributed").asInt(), segments, kinds,
                n.get("quality").asLong(), n.get("weak").asInt(), listed);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
