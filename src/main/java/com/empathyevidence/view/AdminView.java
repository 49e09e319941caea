package com.empathyevidence.view;

import com.empathyevidence.app.AdminStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.SourceKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The app configuration page (Jira administration): freshness policy, participants and the erasures' audit log. */
public final class AdminView {

    /** The texts the page's script needs, under {@code empathy.admin.client.}. */
    static final java.util.List<String> CLIENT_KEYS = java.util.List.of(
            "working", "failed", "offline", "fixFields", "effectNone", "saved", "participantSaved", "conflict", "erased",
            "eraseConfirmMissing",
            // workspace-import: the full archive
            "archiveNoFile", "archiveRestoring");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String project;
    private final List<OptionView> scopes = new ArrayList<>();
    private final List<AdminShelfLifeView> shelfLives = new ArrayList<>();
    private final String q;
    private final List<AdminParticipantView> participants = new ArrayList<>();
    private final String summary;
    private final String previousHref;
    private final String nextHref;
    private final List<AdminErasureView> erasures = new ArrayList<>();
    private final String clientTexts;
    private int agingPercent;
    private String agingHint;

    private AdminView(String project, String q, String summary, String previousHref, String nextHref, String clientTexts) {
        this.project = project;
        this.q = q;
        this.summary = summary;
        this.previousHref = previousHref;
        this.nextHref = nextHref;
        this.clientTexts = clientTexts;
    }

    public static AdminView of(String project, FreshnessPolicies policies, List<String> projects, String q, int start,
                               AdminStore.ParticipantPage page, int pageSize, List<AdminStore.Erasure> erasures, Texts texts) {
        String shown = page.participants().isEmpty() ? texts.get("empathy.admin.participants.none")
                : texts.get("empathy.admin.participants.summary", start + 1, start + page.participants().size(), page.total());
        String base = "admin?" + (project == null ? "" : "project=" + enc(project) + "&") + (q == null || q.isBlank() ? "" : "q=" + enc(q) + "&");
        String previous = start > 0 ? base + "start=" + Math.max(0, start - pageSize) + "#empathy-participants" : null;
        String next = start + page.participants().size() < page.total() ? base + "start=" + (start + pageSize) + "#empathy-participants" : null;
        AdminView view = new AdminView(project == null ? "" : project, q == null ? "" : q, shown, previous, next, clientTexts(texts));
        view.scopes.add(new OptionView("", texts.get("empathy.admin.policy.scopeGlobal"), project == null));
        for (String p : projects) {
            view.scopes.add(new OptionView(p, texts.get("empathy.admin.policy.scopeProject", p), p.equals(project)));
        }
        FreshnessPolicy inForce = policies.forProject(project);
        FreshnessPolicy base2 = project == null ? FreshnessPolicy.defaults() : policies.forProject(null);
        Map<SourceKind, Integer> own = project == null ? policies.globalOverrides() : policies.projectOverrides(project);
        for (SourceKind kind : SourceKind.values()) {
            String label = texts.get("empathy.sourceKind." + kind.name().toLowerCase(Locale.ROOT));
            String hint = own.containsKey(kind)
                    ? texts.get(project == null ? "empathy.admin.policy.changedGlobal" : "empathy.admin.policy.changedProject", base2.shelfLifeDays(kind))
                    : texts.get(project == null ? "empathy.admin.policy.default" : "empathy.admin.policy.inherited");
            view.shelfLives.add(new AdminShelfLifeView(kind.name(), label, inForce.shelfLifeDays(kind), hint));
        }
        view.agingPercent = inForce.agingFromPercent();
        view.agingHint = policies.agingOverride(project) == null
                ? texts.get(project == null ? "empathy.admin.policy.default" : "empathy.admin.policy.inherited")
                : texts.get(project == null ? "empathy.admin.policy.agingChangedGlobal" : "empathy.admin.policy.agingChangedProject",
                        String.valueOf(base2.agingFromPercent()));
        for (Participant p : page.participants()) {
            view.participants.add(new AdminParticipantView(p, texts));
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
        for (AdminStore.Erasure e : erasures) {
            Instant at = Instant.parse(e.at());
            String when = texts.get("empathy.admin.erasures.when", Date.from(at), time.format(at));
            view.erasures.add(new AdminErasureView(e.actor(), when));
        }
        return view;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String clientTexts(Texts texts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : CLIENT_KEYS) {
            out.put(key, texts.forScript("empathy.admin.client." + key));
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getProject() {
        return project;
    }

    public List<OptionView> getScopes() {
        return scopes;
    }

    public List<AdminShelfLifeView> getShelfLives() {
        return shelfLives;
    }

    /** The aging threshold in force for the scope shown (percent). */
    public int getAgingPercent() {
        return agingPercent;
    }

    /** Where the aging threshold comes from: the default, all projects, or this scope itself. */
    public String getAgingHint() {
        return agingHint;
    }

    public int getAgingMin() {
        return com.empathyevidence.domain.Limits.AGING_MIN_PERCENT;
    }

    public int getAgingMax() {
        return com.empathyevidence.domain.Limits.AGING_MAX_PERCENT;
    }

    public String getQ() {
        return q;
    }

    public List<AdminParticipantView> getParticipants() {
        return participants;
    }

    public String getSummary() {
        return summary;
    }

    public String getPreviousHref() {
        return previousHref;
    }

    public String getNextHref() {
        return nextHref;
    }

    public List<AdminErasureView> getErasures() {
        return erasures;
    }

    public boolean isNoErasures() {
        return erasures.isEmpty();
    }

    public String getClientTexts() {
        return clientTexts;
    }
}
