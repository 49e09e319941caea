package com.opensymphony.module.propertyset;

// Mirrors OpenSymphony PropertySet 1.5 (com.opensymphony.module.propertyset.PropertySet, as bundled by Jira; subset: none of its methods is called)

public interface PropertySet {
}
