package com.empathyevidence.domain;

import java.util.Collection;

/**
 * Where the work addressing a pain stands (closing the loop), from the Jira status category of each issue: SHIPPED
 * (category "done"), IN_PROGRESS ("indeterminate"), TO_DO (anything else: "new", "undefined", unknown).
 */
public enum Delivery {
    SHIPPED, IN_PROGRESS, TO_DO;

    /** @param statusCategoryKey Jira's status category key ({@code new}, {@code indeterminate}, {@code done}) */
    public static Delivery of(String statusCategoryKey) {
        if ("done".equals(statusCategoryKey)) {
            return SHIPPED;
        }
        return "indeterminate".equals(statusCategoryKey) ? IN_PROGRESS : TO_DO;
    }

    /** How a pain counts in the persona's header. */
    public enum PainState { SHIPPED, IN_PROGRESS, OPEN, NOT_KNOWN }

    /**
     * A pain is addressed by shipped work when one issue the reader sees covering it is done, in progress when one is
     * in progress, and open when nothing covers it or only issues still to do do. When issues the reader may not see
     * cover it too and what they see is not shipped, the reader cannot be told how far it is: NOT_KNOWN (counted as
     * "addressed by issues you can't see"), never a state that might be false.
     *
     * @param visible the delivery of each covering issue the reader may see
     * @param hidden  covering issues the reader may not see
     */
    public static PainState painState(Collection<Delivery> visible, int hidden) {
        if (visible.contains(SHIPPED)) {
            return PainState.SHIPPED;
        }
        if (hidden > 0) {
            return PainState.NOT_KNOWN;
        }
        return visible.contains(IN_PROGRESS) ? PainState.IN_PROGRESS : PainState.OPEN;
    }
}
