package com.empathyevidence.domain;

/** What a Jira issue is linked to: a piece of evidence or a map item, by id. */
public record LinkTarget(Type type, long id) {

    public enum Type { EVIDENCE, MAP_ITEM }

    public static LinkTarget evidence(long id) {
        return new LinkTarget(Type.EVIDENCE, id);
    }

    public static LinkTarget mapItem(long id) {
        return new LinkTarget(Type.MAP_ITEM, id);
    }

    /** The store's unique key for a link from an issue to this target; two links to one target cannot exist. */
    public String linkKey(String issueKey) {
        return issueKey + (type == Type.EVIDENCE ? "|E" : "|M") + id;
    }
}
