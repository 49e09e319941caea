package com.empathyevidence.view;

import java.util.List;

/** One section of the map. */
public final class MapSectionView {
    private final String key;
    private final String label;
    private final List<MapItemView> items;
    private final int shown;
    private final String moreItemsLabel;
    private final List<EvidenceRowView> unsorted;
    private final String state;
    private final String unsortedLabel;
    private final String unsortedMore;
    private final Texts texts;

    MapSectionView(String key, String label, List<MapItemView> items, int shown, String moreItemsLabel, List<EvidenceRowView> unsorted,
                   String state, String unsortedLabel, String unsortedMore, Texts texts) {
        this.key = key;
        this.label = label;
        this.items = items;
        this.shown = shown;
        this.moreItemsLabel = moreItemsLabel;
        this.unsorted = unsorted;
        this.state = state;
        this.unsortedLabel = unsortedLabel;
        this.unsortedMore = unsortedMore;
        this.texts = texts;
    }

    /** How many items are always visible; the rest sit behind the "Show n more items" disclosure. */
    public int getShown() {
        return shown;
    }

    public boolean isAnyMoreItems() {
        return shown < items.size();
    }

    /** "Show 7 more items"; empty when all are shown. */
    public String getMoreItemsLabel() {
        return moreItemsLabel;
    }

    /** "and 312 more in Jira" when not every unsorted piece is listed; empty otherwise. */
    public String getUnsortedMore() {
        return unsortedMore;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public List<MapItemView> getItems() {
        return items;
    }

    public boolean isAnyItem() {
        return !items.isEmpty();
    }

    public boolean isAnyUnsorted() {
        return !unsorted.isEmpty();
    }

    public List<EvidenceRowView> getUnsorted() {
        return unsorted;
    }

    /** "No evidence here yet." or "Everything here is stale ..."; empty otherwise. */
    public String getState() {
        return state;
    }

    public String getUnsortedLabel() {
        return unsortedLabel;
    }

    /** "Add item to Pains": the accessible name of the section's Add item button. */
    public String getAddItemLabel() {
        return texts.get("empathy.map.action.addItemTo", label);
    }
}
