package com.empathyevidence.storage;

import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.MapGroup;
import com.empathyevidence.domain.MapGroupFacts;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@link MapGroup} as the JSON text of {@code MapGroupEntity.FACTS}, and back. Dates as ISO days, MAX as "max". */
final class MapGroupCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MapGroupCodec() {
    }

    static String write(MapGroup g) {
        ObjectNode root = JSON.createObjectNode();
        root.put("item", g.itemId());
        root.put("section", g.section() == null ? null : g.section().name());
        root.put("on", date(g.computedOn()));
        root.put("until", date(g.validUntil()));
        ArrayNode cover = root.putArray("cover");
        g.coverKeys().forEach(cover::add);
        ArrayNode parts = root.putArray("parts");
        for (MapGroup.Part p : g.parts()) {
            ObjectNode part = parts.addObject();
            part.put("project", p.projectKey());
            part.set("all", facts(p.all()));
            // mostly the same pieces (each backs one item): then written once
            if (p.primary().equals(p.all())) {
                part.put("primary", "all");
            } else {
                part.set("primary", facts(p.primary()));
            }
            ArrayNode trust = part.putArray("trust");
            for (MapGroup.TrustCount t : p.trust()) {
                ObjectNode n = trust.addObject();
                n.put("f", t.freshness().name());
                n.put("n", t.count());
                ArrayNode keys = n.putArray("issues");
                t.issueKeys().forEach(keys::add);
            }
        }
        return root.toString();
    }

    static MapGroup read(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            List<String> cover = new ArrayList<>();
            root.get("cover").forEach(n -> cover.add(n.asText()));
            List<MapGroup.Part> parts = new ArrayList<>();
            for (JsonNode part : root.get("parts")) {
                List<MapGroup.TrustCount> trust = new ArrayList<>();
                for (JsonNode t : part.get("trust")) {
                    List<String> keys = new ArrayList<>();
                    t.get("issues").forEach(n -> keys.add(n.asText()));
                    trust.add(new MapGroup.TrustCount(Freshness.valueOf(t.get("f").asText()), keys, t.get("n").asInt()));
                }
                MapGroupFacts all = facts(part.get("all"));
                JsonNode primary = part.get("primary");
                parts.add(new MapGroup.Part(text(part.get("project")), all, primary.isTextual() ? all : facts(primary), trust));
            }
            String section = text(root.get("section"));
            return new MapGroup(root.get("item").asLong(), section == null ? null : Section.valueOf(section), parts, cover,
                    date(root.get("on").asText()), date(root.get("until").asText()));
        } catch (Exception unreadable) {
            return null; // recomputed
        }
    }

    private static ObjectNode facts(MapGroupFacts f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("count", f.count());
        n.put("fresh", f.fresh());
        n.put("aging", f.aging());
        n.put("stale", f.stale());
        n.put("earliest", date(f.earliestObserved()));
        n.put("latest", date(f.latestObserved()));
        n.put("freshest", date(f.freshestBasis()));
        n.put("best", f.best() == null ? null : f.best().name());
        n.put("participants", java.util.Base64.getEncoder().encodeToString(f.participants().toByteArray()));
        n.put("unattributed", f.unattributed());
        ArrayNode segments = n.putArray("segments");
        f.segments().forEach(segments::add);
        ArrayNode kinds = n.putArray("kinds");
        f.kinds().forEach(k -> kinds.add(k.name()));
        n.put("weight", f.weightTenths());
        n.put("quality", f.qualityTenths());
        n.put("weak", f.weak());
        ArrayNode listed = n.putArray("listed");
        for (MapGroupFacts.Listed l : f.listed()) {
            listed.addArray().add(l.id()).add(date(l.date())).add(l.tie());
        }
        return n;
    }

    private static MapGroupFacts facts(JsonNode n) {
        java.util.BitSet participants = java.util.BitSet.valueOf(java.util.Base64.getDecoder().decode(n.get("participants").asText()));
        Set<String> segments = new HashSet<>();
        n.get("segments").forEach(a -> segments.add(a.asText()));
        Set<SourceKind> kinds = new HashSet<>();
        n.get("kinds").forEach(a -> kinds.add(SourceKind.valueOf(a.asText())));
        List<MapGroupFacts.Listed> listed = new ArrayList<>();
        n.get("listed").forEach(l -> listed.add(new MapGroupFacts.Listed(l.get(0).asLong(), date(l.get(1).asText()), l.get(2).asLong())));
        String best = text(n.get("best"));
        return new MapGroupFacts(n.get("count").asInt(), n.get("fresh").asInt(), n.get("aging").asInt(), n.get("stale").asInt(),
                date(text(n.get("earliest"))), date(text(n.get("latest"))), date(text(n.get("freshest"))),
                best == null ? null : Freshness.valueOf(best), participants, n.get("unattributed").asInt(), segments, kinds,
                n.get("weight").asLong(), n.get("quality").asLong(), n.get("weak").asInt(), listed);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.equals(LocalDate.MAX) ? "max" : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : s.equals("max") ? LocalDate.MAX : LocalDate.parse(s);
    }
}
