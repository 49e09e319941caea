package com.empathyevidence.view;

import com.empathyevidence.rest.EvidenceJson;
import com.empathyevidence.rest.PersonaMapJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The empathy-map macro's model: a persona and its evidence by section. */
public final class EmpathyMapView {

    private final String name;
    private final String description;
    private final List<SectionView> sections = new ArrayList<>();
    private final String hiddenNotice;

    public EmpathyMapView(PersonaMapJson map, Set<String> shownSections, Texts texts) {
        this.name = map.name;
        this.description = map.description;
        for (PersonaMapJson.SectionJson section : map.sections) {
            if (!shownSections.contains(section.section)) {
                continue;
            }
            List<EvidenceRowView> rows = new ArrayList<>();
            for (EvidenceJson e : section.evidence) {
                rows.add(EvidenceRowView.of(e, texts));
            }
            String key = section.section.toLowerCase(Locale.ROOT);
            sections.add(new SectionView(key, texts.get("empathy.section." + key), rows,
                    texts.get("empathy.map.section.empty")));
        }
        this.hiddenNotice = map.hidden == 0 ? "" : texts.get("empathy.map.hidden", map.hidden);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public List<SectionView> getSections() {
        return sections;
    }

    public String getHiddenNotice() {
        return hiddenNotice;
    }

    /** One section of the map. */
    public static final class SectionView {
        private final String key;
        private final String label;
        private final List<EvidenceRowView> rows;
        private final String emptyText;

        SectionView(String key, String label, List<EvidenceRowView> rows, String emptyText) {
            this.key = key;
            this.label = label;
            this.rows = rows;
            this.emptyText = emptyText;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public List<EvidenceRowView> getRows() {
            return rows;
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public String getEmptyText() {
            return emptyText;
        }
    }
}
