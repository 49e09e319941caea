package com.empathyevidence.view;

/** One erasure in the audit log: who and when, never whom. */
public final class AdminErasureView {

    private final String actor;
    private final String when;

    AdminErasureView(String actor, String when) {
        this.actor = actor;
        this.when = when;
    }

    public String getActor() {
        return actor;
    }

    public String getWhen() {
        return when;
    }
}
