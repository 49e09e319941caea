package com.empathyevidence.view;

import com.empathyevidence.rest.RollupJson;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A map item's roll-up in one sentence: "3 pieces of evidence from 2 participants · Fresh — latest 3 weeks ago". */
final class RollupText {

    private RollupText() {
    }

    static String of(RollupJson r, Texts texts) {
        return of(r, texts, LocalDate.now());
    }

    static String of(RollupJson r, Texts texts, LocalDate today) {
        if (r.assumption) {
            return texts.get("empathy.rollup.assumption");
        }
        long age = r.freshest == null ? 0 : ChronoUnit.DAYS.between(LocalDate.parse(r.freshest), today);
        String state = texts.get("empathy.freshness." + r.freshness.toLowerCase(java.util.Locale.ROOT));
        return texts.get("empathy.rollup.backed", r.evidenceCount, r.participants, state, FreshnessText.age(texts, age));
    }
}
