package com.empathyevidence.view;

import java.util.List;

/** phasein (issue 16): one issue of the preview: its key, link, title and the warnings it would show. */
public final class PanelPreviewRowView {
    private final String key;
    private final String href;
    private final String title;
    private final List<LabelView> warnings;

    PanelPreviewRowView(String key, String href, String title, List<LabelView> warnings) {
        this.key = key;
        this.href = href;
        this.title = title;
        this.warnings = warnings;
    }

    public String getKey() {
        return key;
    }

    public String getHref() {
        return href;
    }

    public String getTitle() {
        return title;
    }

    public List<LabelView> getWarnings() {
        return warnings;
    }
}
