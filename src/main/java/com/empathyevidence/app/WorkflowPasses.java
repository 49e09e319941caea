package com.empathyevidence.app;

import com.empathyevidence.domain.WorkflowPass;
import java.util.List;

/** Where warn-only passes of the workflow evidence check are kept (a narrow store port of its own). */
public interface WorkflowPasses {

    void record(WorkflowPass pass);

    /** The issue's passes, newest first, at most {@code limit}. */
    List<WorkflowPass> forIssue(String issueKey, int limit);
}
