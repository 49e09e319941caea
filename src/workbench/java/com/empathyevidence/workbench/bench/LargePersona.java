package com.empathyevidence.workbench.bench;

import com.empathyevidence.app.Today;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.workbench.WorkbenchServer;
import com.empathyevidence.workbench.web.PagesServlet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A persona with 1,000 pieces of evidence over all nine sections, for the macro's size test and benchmark: 8 map
 * items per section (so item lists collapse), each but one backed by 10 pieces, 120 participants, every source
 * kind and age, the rest unsorted; half the pains covered by BILL-2. Created in the test or benchmark set-up, never in
 * the default demo, so the workbench's first start stays quick. Shown on the page {@code /wiki/spaces/RES/pages/large-map}.
 */
public final class LargePersona {

    public static final String KEY = "LARGE-PERSONA";
    public static final String PAGE = "large-map";
    public static final int EVIDENCE = 1000;
    public static final int ITEMS_PER_SECTION = 8;

    private LargePersona() {
    }

    /** Creates the persona once per workbench (idempotent) and registers its page. */
    public static synchronized void ensure(WorkbenchServer workbench) {
        PagesServlet.PAGES.putIfAbsent(PAGE, new PagesServlet.DemoPage(PAGE, "Persona: Lena, the large-practice partner",
                "A persona with a thousand pieces of evidence: the map stays readable and quick.",
                Map.of("persona", KEY, "layout", "extended")));
        EvidenceStore store = workbench.jiraPlugin().component(AoEvidenceStore.class);
        if (store.persona(KEY).isPresent()) {
            return;
        }
        LocalDate today = workbench.jiraPlugin().component(Today.class).get();
        store.savePersona(new Persona(KEY, "Lena, the large-practice partner",
                "Leads a 40-person accounting firm; the most researched persona we have."));
        SourceKind[] kinds = SourceKind.values();
        Section[] sections = Section.values();
        List<List<Evidence>> bySection = new ArrayList<>();
        for (int s = 0; s < sections.length; s++) {
            bySection.add(new ArrayList<>());
        }
        for (int i = 0; i < EVIDENCE; i++) {
            Section section = sections[i % sections.length];
            EvidenceKind kind = i % 3 == 0 ? EvidenceKind.OBSERVATION : EvidenceKind.QUOTE;
            String text = kind == EvidenceKind.QUOTE
                    ? "Quote " + i + ": month end at a large practice means chasing forty people for the same three numbers."
                    : "Observation " + i + ": opened the same client ledger " + (i % 7 + 2) + " times in one session.";
            Evidence e = store.createEvidence(new NewEvidence(text, kind, section,
                    new Source(kinds[i % kinds.length], "Large-practice study, round " + (i % 5 + 1), null, null),
                    "L-" + (i % 120), "Large practice", KEY, i % 4 == 3 ? "BILL" : "DEMO", today.minusDays(i % 700), "pm"));
            bySection.get(section.ordinal()).add(e);
        }
        for (Section section : sections) {
            List<Evidence> pool = bySection.get(section.ordinal());
            for (int n = 0; n < ITEMS_PER_SECTION; n++) {
                MapItem item = store.createMapItem(KEY, section, section.name().charAt(0)
                        + section.name().substring(1).toLowerCase() + " statement " + (n + 1) + " for a large practice");
                if (n == ITEMS_PER_SECTION - 1) {
                    continue; // one assumption per section
                }
                for (int k = 0; k < 10; k++) {
                    store.back(item.id(), pool.get((n * 10 + k) % pool.size()).id());
                }
                if (section == Section.PAINS && n % 2 == 0) {
                    // BILL-2 only: other tests count the evidence on the DEMO issues of the shared workbench
                    store.link("BILL-2", LinkTarget.mapItem(item.id()), Relation.ADDRESSES, "pm", null);
                }
            }
        }
    }
}
