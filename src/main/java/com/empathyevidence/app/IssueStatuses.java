package com.empathyevidence.app;

import java.util.Collection;
import java.util.Set;

/** The port through which the app asks the host which issues are still open work (status category not "done"). */
public interface IssueStatuses {

    /** The keys, of those given, of issues that exist and whose status category is not done. */
    Set<String> open(Collection<String> issueKeys);
}
