package com.empathyevidence.view;

import com.empathyevidence.rest.RollupJson;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A map item's roll-up in one sentence: "3 pieces of evidence from 2 participants · Fresh — latest 3 weeks ago".
 * Evidence the reader may not see is counted, never described: "Backed by 2 pieces of evidence you can't see".
 */
final class RollupText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private RollupText() {
    }

    static String of(RollupJson r, Texts texts) {
        return of(r, texts, LocalDate.now());
    }

    static String of(RollupJson r, Texts texts, LocalDate today) {
        return of(r, texts, today, false);
    }

    /**
     * @param absoluteDates true where the text outlives the day (PDF, Word, email): "latest 3 weeks ago (10 Nov 2026)"
     */
    static String of(RollupJson r, Texts texts, LocalDate today, boolean absoluteDates) {
        if (r.evidenceCount == 0) {
            // nothing the reader may see: an assumption only when nothing at all backs it
            return r.assumption || r.hiddenEvidence <= 0 ? texts.get("empathy.rollup.assumption")
                    : texts.get("empathy.rollup.hiddenOnly", r.hiddenEvidence);
        }
        LocalDate freshest = r.freshest == null ? null : LocalDate.parse(r.freshest);
        long age = freshest == null ? 0 : ChronoUnit.DAYS.between(freshest, today);
        String state = texts.get("empathy.freshness." + r.freshness.toLowerCase(Locale.ROOT));
        String ago = FreshnessText.age(texts, age);
        if (absoluteDates && freshest != null) {
            ago = texts.get("empathy.map.ageOn", ago, DAY.format(freshest));
        }
        String backed = texts.get("empathy.rollup.backed", r.evidenceCount, r.participants, state, ago);
        return r.hiddenEvidence > 0 ? texts.get("empathy.rollup.alsoHidden", backed, r.hiddenEvidence) : backed;
    }
}
