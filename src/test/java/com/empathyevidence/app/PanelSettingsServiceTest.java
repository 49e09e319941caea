package com.empathyevidence.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.empathyevidence.domain.PanelSetting;
import com.empathyevidence.domain.PhaseInRule;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.WarningsMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** phasein (issue 16): the default fixed at the first read, who sees what, who may change it. */
public class PanelSettingsServiceTest {

    /** The store as a map; which projects own evidence is given. */
    static final class MemoryStore implements PanelSettingsStore {
        final Map<String, PanelSetting> rows = new LinkedHashMap<>();
        final Set<String> withEvidence;

        MemoryStore(Set<String> withEvidence) {
            this.withEvidence = withEvidence;
        }

        @Override
        public Optional<PanelSetting> find(String projectKey) {
            return Optional.ofNullable(rows.get(projectKey));
        }

        @Override
        public boolean hasEvidence(String projectKey) {
            return withEvidence.contains(projectKey);
        }

        @Override
        public PanelSetting storeIfAbsent(PanelSetting setting) {
            return rows.computeIfAbsent(setting.projectKey(), k -> setting);
        }

        @Override
        public PanelSetting save(PanelSetting setting) {
            rows.put(setting.projectKey(), setting);
            return setting;
        }

        @Override
        public List<PanelSetting> all() {
            return new ArrayList<>(rows.values());
        }
    }

    /** One user: signed in or not, browses and administers the given projects, system admin or not. */
    static AccessPolicy user(String key, Set<String> browses, Set<String> administers, boolean systemAdmin) {
        return new AccessPolicy() {
            public Optional<String> currentUser() { return Optional.ofNullable(key); }
            public boolean isAdmin() { return systemAdmin; }
            public Optional<IssueRef> visibleIssue(String issueKey) { return Optional.empty(); }
            public boolean canBrowseProject(String projectKey) { return browses.contains(projectKey); }
            public boolean canEditProject(String projectKey) { return false; }
            public boolean canEditIssue(String issueKey) { return false; }
            public boolean projectExists(String projectKey) { return true; }
            public List<String> browsableProjects() { return new ArrayList<>(browses); }
            @Override public boolean canAdministerProject(String projectKey) { return administers.contains(projectKey); }
        };
    }

    private static final IssueSearch NO_SEARCH = (jql, start, limit) -> new IssueSearch.Page(List.of(), 0);

    private static HostAccessMode readOnly(boolean on) {
        return new HostAccessMode() {
            public boolean readOnly() { return on; }
            public String messageKey() { return "empathy.readOnly.jira"; }
        };
    }

    @Test
    public void theDefaultIsFixedAtTheFirstReadAndEvidenceAddedLaterDoesNotSwitchWarningsOn() {
        MemoryStore store = new MemoryStore(new java.util.HashSet<>(Set.of("OLD")));
        PanelSettingsService service = new PanelSettingsService(store, user("pm", Set.of("OLD", "NEW"), Set.of(), false), NO_SEARCH, readOnly(false));
        assertEquals(WarningsMode.ON, service.settingOf("OLD").warnings());
        assertEquals(WarningsMode.PREVIEW, service.settingOf("new").warnings());
        assertEquals("stored", 2, store.rows.size());
        store.withEvidence.add("NEW");
        assertEquals("fixed", WarningsMode.PREVIEW, service.settingOf("NEW").warnings());
    }

    @Test
    public void whileTheHostIsReadOnlyTheDefaultIsAnsweredAndNotStored() {
        MemoryStore store = new MemoryStore(Set.of());
        PanelSettingsService service = new PanelSettingsService(store, user("pm", Set.of("NEW"), Set.of(), false), NO_SEARCH, readOnly(true));
        assertEquals(WarningsMode.PREVIEW, service.settingOf("NEW").warnings());
        assertTrue(store.rows.isEmpty());
    }

    @Test
    public void inPreviewTheProjectAdministratorSeesTheWarningsAndOthersDoNot() {
        MemoryStore store = new MemoryStore(Set.of());
        PanelSetting preview = new PanelSetting("P", WarningsMode.PREVIEW, false, "admin");
        assertEquals(PhaseInRule.Shown.WARNINGS_IN_PREVIEW,
                new PanelSettingsService(store, user("lead", Set.of("P"), Set.of("P"), false), NO_SEARCH, null).shownTo(preview));
        assertEquals(PhaseInRule.Shown.WARNINGS_IN_PREVIEW,
                new PanelSettingsService(store, user("sys", Set.of("P"), Set.of(), true), NO_SEARCH, null).shownTo(preview));
        assertEquals(PhaseInRule.Shown.NONE,
                new PanelSettingsService(store, user("pm", Set.of("P"), Set.of(), false), NO_SEARCH, null).shownTo(preview));
    }

    @Test
    public void changingNeedsTheProjectsAdministrationAndAValidModeAndKeepsWhatIsLeftOut() {
        MemoryStore store = new MemoryStore(Set.of("P"));
        PanelSettingsService lead = new PanelSettingsService(store, user("lead", Set.of("P"), Set.of("P"), false), NO_SEARCH, null);
        PanelSetting hidden = lead.change("P", null, true);
        assertEquals(new PanelSetting("P", WarningsMode.ON, true, "lead"), hidden);
        assertEquals(new PanelSetting("P", WarningsMode.OFF, true, "lead"), lead.change("p", "off", null));
        expect(Problem.Kind.INVALID, () -> lead.change("P", "SOMETIMES", null));
        expect(Problem.Kind.FORBIDDEN, () -> new PanelSettingsService(store, user("pm", Set.of("P"), Set.of(), false), NO_SEARCH, null)
                .change("P", "ON", null));
        expect(Problem.Kind.NOT_FOUND, () -> new PanelSettingsService(store, user("viewer", Set.of(), Set.of(), false), NO_SEARCH, null)
                .change("P", "ON", null));
        expect(Problem.Kind.NOT_SIGNED_IN, () -> new PanelSettingsService(store, user(null, Set.of(), Set.of(), false), NO_SEARCH, null)
                .read("P"));
        assertEquals("nothing changed by the refused ones", WarningsMode.OFF, store.rows.get("P").warnings());
    }

    private static void expect(Problem.Kind kind, Runnable action) {
        try {
            action.run();
            fail("expected " + kind);
        } catch (Problem p) {
            assertEquals(kind, p.kind());
        }
    }
}
