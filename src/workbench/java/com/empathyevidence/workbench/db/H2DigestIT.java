package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.Digest;
import com.empathyevidence.app.DigestHost;
import com.empathyevidence.app.DigestService;
import com.empathyevidence.app.DigestStore;
import com.empathyevidence.app.DigestWriter;
import com.empathyevidence.app.IssueRef;
import com.empathyevidence.domain.DigestRule;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AoDigestStore;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;

/**
 * phasein (issue 16): the weekly digest on real storage (Active Objects on embedded H2): run twice in one week it sends
 * once; a run stopped between the claim and the sending loses nothing and sends nothing twice when the next run comes;
 * two nodes (two entity managers on one database) claim the week once; opting out and a lost browse permission are
 * respected. The host (users, mail, "run as") is a recording stand-in; the app's permission checks run as the owner.
 */
public class H2DigestIT {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private String name;
    private WorkbenchActiveObjects ao;
    private EvidenceStore store;
    /** Who may browse which project (changed by the tests); issue statuses by key. */
    private final Map<String, Set<String>> browses = new java.util.HashMap<>(Map.of("pm", Set.of("DEMO", "BILL"), "admin", Set.of("DEMO", "BILL")));
    private final Map<String, String> statuses = new java.util.HashMap<>(Map.of("DEMO-1", "In Progress", "DEMO-2", "Done", "BILL-1", "To Do"));
    private final Map<String, LocalDate> resolvedOn = new java.util.HashMap<>();
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<String> current = new ThreadLocal<>();
    /** Addresses the mail queue refuses (changed by the tests). */
    private final Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Before
    public void anEmptyDatabase() {
        name = "digest_" + DATABASES.incrementAndGet();
        ao = TestDatabases.h2(name);
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        store = new AoEvidenceStore(ao);
    }

    private Evidence piece(String text, String project, int daysAgo, String by) {
        return store.createEvidence(new NewEvidence(text, EvidenceKind.QUOTE, Section.PAINS, new Source(SourceKind.USABILITY_TEST, "Test", null, null),
                null, null, null, project, TODAY.minusDays(daysAgo), by));
    }

    private final DigestHost host = new DigestHost() {
        @Override
        public Optional<Recipient> recipient(String userKey) {
            return Optional.of(new Recipient(userKey, "User " + userKey, userKey + "@example.com"));
        }

        @Override
        public <T> T runAs(String userKey, Supplier<T> work) {
            String before = current.get();
            current.set(userKey);
            try {
                return work.get();
            } finally {
                current.set(before);
            }
        }

        @Override
        public void send(String to, String subject, String body) {
            if (refused.contains(to)) {
                throw new IllegalStateException("The mail queue refused " + to);
            }
            sent.add(to + "|" + subject + "|" + body);
        }

        @Override
        public String baseUrl() {
            return "http://jira.example.com";
        }
    };

    private final AccessPolicy access = new AccessPolicy() {
        private Set<String> mine() {
            return current.get() == null ? Set.of() : browses.getOrDefault(current.get(), Set.of());
        }
        public Optional<String> currentUser() { return Optional.ofNullable(current.get()); }
        public boolean isAdmin() { return false; }
        public Optional<IssueRef> visibleIssue(String key) {
            String project = key.substring(0, key.indexOf('-'));
            String status = statuses.getOrDefault(key, "To Do");
            return mine().contains(project) ? Optional.of(new IssueRef(key, "Summary of " + key, status, project,
                    "Done".equals(status) ? "done" : "In Progress".equals(status) ? "indeterminate" : "new", resolvedOn.get(key))) : Optional.empty();
        }
        public boolean canBrowseProject(String projectKey) { return mine().contains(projectKey); }
        public boolean canEditProject(String projectKey) { return false; }
        public boolean canEditIssue(String issueKey) { return false; }
        public boolean projectExists(String projectKey) { return true; }
        public List<String> browsableProjects() { return new ArrayList<>(mine()); }
    };

    /** Words the digest as the tests read it: the piece texts and their open issues. */
    private static final DigestWriter WRITER = new DigestWriter() {
        @Override
        public String subject(Digest digest) {
            return digest.items().size() + " pieces";
        }

        @Override
        public String body(Digest digest, String baseUrl) {
            StringBuilder b = new StringBuilder();
            for (Digest.Item i : digest.items()) {
                b.append(i.text()).append(" stale on ").append(i.staleOn()).append(" issues ");
                i.openIssues().forEach(issue -> b.append(issue.key()).append(' '));
                b.append(';');
            }
            for (Digest.Request r : digest.requests()) {
                b.append("asked of ").append(r.text()).append(" by ").append(r.requestedBy()).append(": ").append(r.note()).append(';');
            }
            for (Digest.Resolved r : digest.resolved()) {
                b.append(r.issue().key()).append(" resolved on ").append(r.issue().resolvedOn()).append(" addresses ").append(r.pains()).append(';');
            }
            return b.toString();
        }
    };

    private DigestService service(WorkbenchActiveObjects on) {
        com.empathyevidence.storage.AoOwnerStore owners = new com.empathyevidence.storage.AoOwnerStore(on);
        return new DigestService(new AoEvidenceStore(on), new AoDigestStore(on), host, access, WRITER, owners, owners,
                new com.empathyevidence.storage.AoLibraryQueries(on), user -> Optional.of("User " + user));
    }

    /** pm's piece turning stale in 21 days, linked to an open and a done issue; a fresh and a stale piece besides. */
    private void pmsEvidence() {
        Evidence soon = piece("Turns stale soon", "DEMO", 100, "pm");
        store.link("DEMO-1", LinkTarget.evidence(soon.id()), Relation.SUPPORTS, "pm", null);
        store.link("DEMO-2", LinkTarget.evidence(soon.id()), Relation.SUPPORTS, "pm", null);
        piece("Still fresh", "DEMO", 10, "pm");
        piece("Already stale", "DEMO", 200, "pm");
    }

    @Test
    public void runTwiceInOneWeekItSendsOnceWithThePiecesTurningStaleAndTheirOpenIssues() {
        pmsEvidence();
        DigestService.Run first = service(ao).run(TODAY);
        assertEquals(DigestRule.weekOf(TODAY), first.week());
        assertTrue(first.claimedNow());
        assertEquals(1, first.sent());
        assertEquals(List.of("pm@example.com|1 pieces|Turns stale soon stale on " + TODAY.plusDays(21) + " issues DEMO-1 ;"), sent);

        DigestService.Run second = service(ao).run(TODAY.plusDays(3)); // same ISO week (Wednesday to Saturday)
        assertFalse(second.claimedNow());
        assertEquals(0, second.sent());
        assertEquals(1, sent.size());
        assertEquals(Optional.of("2026-W49"), new AoDigestStore(ao).lastWeek());

        // next week is another week: its own digest (a week no run reached is not sent afterwards)
        assertTrue(service(ao).run(TODAY.plusDays(14)).claimedNow());
        assertEquals(Optional.of("2026-W51"), new AoDigestStore(ao).lastWeek());
    }

    @Test
    public void aRunStoppedBetweenTheClaimAndTheSendingLosesNothingAndSendsNothingTwice() {
        pmsEvidence();
        // the node claims the week and stores its messages, then dies before handing any to the mail queue
        DigestService dying = service(ao);
        assertTrue(new AoDigestStore(ao).claim(DigestRule.weekOf(TODAY), dying.compose(TODAY)));
        assertEquals(List.of(), sent);
        assertEquals(1, new AoDigestStore(ao).pending().size());

        // after the restart the job runs again in the same week: the week is not composed again, its message goes out once
        DigestService.Run afterRestart = service(ao).run(TODAY);
        assertFalse(afterRestart.claimedNow());
        assertEquals(1, afterRestart.sent());
        assertEquals(1, sent.size());
        assertEquals(0, service(ao).run(TODAY).sent());
        assertEquals(1, sent.size());
        assertEquals(List.of(), new AoDigestStore(ao).pending());
    }

    @Test
    public void twoNodesOnOneDatabaseClaimTheWeekOnce() throws Exception {
        pmsEvidence();
        WorkbenchActiveObjects other = TestDatabases.h2(name); // a second entity manager on the same database: another node
        DigestService a = service(ao);
        DigestService b = service(other);
        List<DigestStore.Message> messages = a.compose(TODAY);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> both = List.of(() -> new AoDigestStore(ao).claim("2026-W49", messages),
                    () -> new AoDigestStore(other).claim("2026-W49", messages));
            int claims = 0;
            for (Future<Boolean> f : pool.invokeAll(both)) {
                claims += f.get() ? 1 : 0;
            }
            assertEquals(1, claims);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, a.sendPending() + b.sendPending());
        assertEquals(1, sent.size());
    }

    /** Three owners with a piece turning stale each: three messages in the week. */
    private List<DigestStore.Message> threeOwnersClaimed() {
        browses.put("ux", Set.of("DEMO"));
        piece("pm's piece", "DEMO", 100, "pm");
        piece("admin's piece", "DEMO", 100, "admin");
        piece("ux's piece", "DEMO", 100, "ux");
        List<DigestStore.Message> messages = service(ao).compose(TODAY);
        assertEquals(3, messages.size());
        assertTrue(new AoDigestStore(ao).claim(DigestRule.weekOf(TODAY), messages));
        return messages;
    }

    @Test
    public void aMessageTheMailQueueRefusesIsNotRecordedAsSentAndGoesOutOnceOnTheNextRun() {
        threeOwnersClaimed();
        refused.add("admin@example.com");
        assertEquals(2, service(ao).sendPending());
        assertEquals(2, sent.size());
        List<DigestStore.Message> left = new AoDigestStore(ao).pending();
        assertEquals(1, left.size());
        assertEquals("admin", left.get(0).recipient());
        refused.clear();
        DigestService.Run next = service(ao).run(TODAY);
        assertFalse(next.claimedNow());
        assertEquals(1, next.sent());
        assertEquals(3, sent.size());
        assertEquals(3, sent.stream().map(m -> m.substring(0, m.indexOf('|'))).distinct().count());
        assertEquals(List.of(), new AoDigestStore(ao).pending());
    }

    @Test
    public void twoNodesSendingTheSameWeekAtOnceHandEachMessageOverOnce() throws Exception {
        List<DigestStore.Message> messages = threeOwnersClaimed();
        WorkbenchActiveObjects other = TestDatabases.h2(name);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int handed = 0;
            for (Future<Integer> f : pool.invokeAll(List.<Callable<Integer>>of(() -> service(ao).sendPending(), () -> service(other).sendPending()))) {
                handed += f.get();
            }
            assertEquals(3, handed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, sent.size());
        assertEquals(3, sent.stream().map(m -> m.substring(0, m.indexOf('|'))).distinct().count());
        // a message still listed as pending by a slow run (read before the other node sent it) is not sent again
        for (DigestStore.Message m : messages) {
            assertFalse(new AoDigestStore(other).sendOnce(new DigestStore.Message(1, m.week(), m.recipient(), m.to(), m.subject(), m.body()),
                    java.time.Instant.now(), () -> sent.add("again")));
        }
        assertEquals(3, sent.size());
    }

    @Test
    public void someoneWhoSwitchedItOffGetsNothingAndOthersStillDo() {
        pmsEvidence();
        piece("Admin's piece turning stale", "BILL", 110, "admin");
        new AoDigestStore(ao).setOptedOut("pm", true);
        service(ao).run(TODAY);
        assertEquals(1, sent.size());
        assertTrue(sent.get(0), sent.get(0).startsWith("admin@example.com|1 pieces|Admin's piece turning stale"));
        new AoDigestStore(ao).setOptedOut("pm", false);
        assertFalse(new AoDigestStore(ao).optedOut("pm"));
    }

    @Test
    public void whatTheOwnerMayNoLongerBrowseIsLeftOutAndNothingLeftMeansNoMessage() {
        Evidence billPiece = piece("Billing piece turning stale", "BILL", 100, "pm");
        Evidence demoPiece = piece("Demo piece turning stale", "DEMO", 100, "pm");
        store.link("BILL-1", LinkTarget.evidence(demoPiece.id()), Relation.SUPPORTS, "pm", null);
        store.link("DEMO-1", LinkTarget.evidence(demoPiece.id()), Relation.SUPPORTS, "pm", null);
        store.link("BILL-1", LinkTarget.evidence(billPiece.id()), Relation.SUPPORTS, "pm", null);
        browses.put("pm", Set.of("DEMO")); // pm lost BILL
        service(ao).run(TODAY);
        assertEquals(List.of("pm@example.com|1 pieces|Demo piece turning stale stale on " + TODAY.plusDays(21) + " issues DEMO-1 ;"), sent);

        // next week pm may browse nothing: no message at all
        browses.put("pm", Set.of());
        service(ao).run(TODAY.plusDays(7));
        assertEquals(1, sent.size());
    }

    @Test
    public void theOwnersMessageListsTheOpenRequestsOnTheirEvidenceTheyMayStillBrowse() {
        com.empathyevidence.storage.AoOwnerStore requests = new com.empathyevidence.storage.AoOwnerStore(ao);
        Evidence fresh = piece("Fresh but doubted", "DEMO", 10, "pm"); // not turning stale: only the request puts it in
        Evidence billing = piece("Billing piece doubted", "BILL", 10, "pm");
        Evidence answered = piece("Answered already", "DEMO", 10, "pm");
        requests.request(fresh.id(), "Is this still true after the redesign?", "admin");
        requests.request(billing.id(), "And this?", "admin");
        requests.request(answered.id(), "", "admin");
        store.reconfirm(answered.id(), TODAY, "Checked with two clients", "pm"); // closes its request
        browses.put("pm", Set.of("DEMO")); // pm lost BILL: its request is not theirs to read any more
        service(ao).run(TODAY);
        assertEquals(List.of("pm@example.com|0 pieces|asked of Fresh but doubted by User admin: Is this still true after the redesign?;"), sent);
    }

    @Test
    public void aResolvedIssueAddressingAPainIsToldOnceToTheOwnersOfItsEvidenceWhoMayBrowseIt() {
        store.createPersona(new com.empathyevidence.domain.Persona("accountant", "Accountant", "Keeps the books"));
        Evidence pmsPiece = piece("It takes me three days to reconcile", "DEMO", 10, "pm");
        Evidence adminsPiece = piece("Reconciling is the worst part of the month", "DEMO", 10, "admin");
        com.empathyevidence.domain.MapItem pain = store.createMapItem("accountant", Section.PAINS, "Reconciling invoices takes days");
        store.back(pain.id(), pmsPiece.id());
        store.back(pain.id(), adminsPiece.id());
        store.link("DEMO-53", LinkTarget.mapItem(pain.id()), Relation.ADDRESSES, "pm", null);
        store.link("BILL-1", LinkTarget.evidence(adminsPiece.id()), Relation.ADDRESSES, "pm", null);
        store.link("DEMO-1", LinkTarget.evidence(pmsPiece.id()), Relation.SUPPORTS, "pm", null); // supports: not addressing
        statuses.putAll(Map.of("DEMO-53", "Done", "BILL-1", "Done", "DEMO-1", "Done"));
        resolvedOn.putAll(Map.of("DEMO-53", TODAY.minusDays(3), "BILL-1", TODAY.minusDays(3), "DEMO-1", TODAY.minusDays(3)));
        browses.put("pm", Set.of("DEMO")); // pm may not browse BILL-1: not told of it

        service(ao).run(TODAY); // W49: tells what was resolved in W48
        assertEquals(2, sent.size());
        assertEquals("pm@example.com|0 pieces|DEMO-53 resolved on 2026-11-29 addresses [Reconciling invoices takes days];", sent.get(0));
        assertEquals("same day: by key", "admin@example.com|0 pieces|BILL-1 resolved on 2026-11-29 addresses [Reconciling invoices takes days];"
                + "DEMO-53 resolved on 2026-11-29 addresses [Reconciling invoices takes days];", sent.get(1));

        // next week: nothing new resolved, nothing told again
        service(ao).run(TODAY.plusDays(7));
        assertEquals(2, sent.size());

        // reopened and resolved again on Thursday of W50: told in W51's digest, once
        resolvedOn.put("DEMO-53", TODAY.plusDays(8));
        service(ao).run(TODAY.plusDays(14));
        assertEquals(4, sent.size());
        assertTrue(sent.get(2), sent.get(2).endsWith("DEMO-53 resolved on 2026-12-10 addresses [Reconciling invoices takes days];"));
        service(ao).run(TODAY.plusDays(21));
        assertEquals(4, sent.size());
    }
}
