package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Every input limit, in one place. Documented in docs/evidence-model.md; the validation messages quote them.
 */
public final class Limits {

    public static final int TEXT_MAX = 5000;
    public static final int SOURCE_TITLE_MAX = 200;
    public static final int LINK_MAX = 2000;
    /** A recording moment may be up to 24 hours into it. */
    public static final int MOMENT_MAX_SECONDS = 24 * 3600;
    public static final int ALIAS_MAX = 32;
    public static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    public static final int SEGMENT_MAX = 100;
    public static final int ROLE_MAX = 100;
    public static final int PERSONA_KEY_MAX = 32;
    public static final Pattern PERSONA_KEY = Pattern.compile("[A-Z][A-Z0-9_-]*");
    public static final int PERSONA_NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int STATEMENT_MAX = 300;
    public static final int NOTE_MAX = 1000;
    public static final int REASON_MAX = 500;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 40;
    public static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
    public static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    public static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,9}");
    /** Research older than this is almost certainly a typo in the date. */
    public static final LocalDate EARLIEST_OBSERVATION = LocalDate.of(1990, 1, 1);
    public static final int SHELF_LIFE_MIN_DAYS = 7;
    public static final int SHELF_LIFE_MAX_DAYS = 3650;
    /**
     * The aging threshold, a share of the shelf life: below 50 % evidence would be called aging for most of its life
     * (the warning would stop meaning "re-confirm soon"); above 95 % a short shelf life leaves no time to re-confirm
     * before it turns stale (5 % of a 30-day survey is one day).
     */
    public static final int AGING_MIN_PERCENT = 50;
    public static final int AGING_MAX_PERCENT = 95;

    private Limits() {
    }
}
