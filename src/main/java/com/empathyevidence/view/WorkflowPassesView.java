package com.empathyevidence.view;

import java.util.List;

/** The panel's note of transitions the evidence check let pass in warn-only mode (newest first). */
public final class WorkflowPassesView {

    private final String heading;
    private final List<String> lines;

    public WorkflowPassesView(String heading, List<String> lines) {
        this.heading = heading;
        this.lines = List.copyOf(lines);
    }

    public String getHeading() {
        return heading;
    }

    public List<String> getLines() {
        return lines;
    }

    public boolean isAny() {
        return !lines.isEmpty();
    }
}
