package com.empathyevidence.view;

import com.empathyevidence.domain.Participant;

/** One participant row of the configuration page. */
public final class AdminParticipantView {

    private final Participant p;
    private final String consentLabel;

    AdminParticipantView(Participant p, Texts texts) {
        this.p = p;
        this.consentLabel = texts.get(p.erased() ? "empathy.admin.participants.erasedState"
                : p.consent() ? "empathy.admin.participants.consentYes" : "empathy.admin.participants.consentNo");
    }

    public long getId() {
        return p.id();
    }

    public String getAlias() {
        return p.alias();
    }

    public String getSegment() {
        return p.segment() == null ? "" : p.segment();
    }

    public String getRole() {
        return p.role() == null ? "" : p.role();
    }

    public boolean isConsent() {
        return p.consent();
    }

    public boolean isErased() {
        return p.erased();
    }

    public int getVersion() {
        return p.version();
    }

    public String getConsentLabel() {
        return consentLabel;
    }
}
