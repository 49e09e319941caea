package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.app.ArchiveStore;
import com.empathyevidence.app.ArchiveZip;
import com.empathyevidence.app.DigestStore;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceCheck;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.WorkflowPass;
import com.empathyevidence.storage.AoArchiveStore;
import com.empathyevidence.storage.AoDigestStore;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.AoOwnerStore;
import com.empathyevidence.storage.AoWorkflowPasses;
import com.empathyevidence.workbench.DemoData;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Every write path other than "add evidence" under real concurrency (issue 15), on real storage (one subclass per
 * database): several threads write through one path at once — owner hand-over, workflow passes, the digest's claim
 * and sends, an archive import into one empty instance — and every call either succeeds, answers the 409 "busy"
 * Problem (nothing saved), or (the archive) says the instance is not empty; never any other exception. Afterwards
 * the data is consistent: one owner for all pieces, one row per recorded pass, each digest message queued once, one
 * archive's rows. The plugin's transactions run SERIALIZABLE (Active Objects' own {@code Transaction}), so PostgreSQL
 * refuses some of them (SQLState 40001), which each path must retry through {@code storage/Retry}.
 */
public abstract class ConcurrentStoreWritesContract {

    private static final int THREADS = 8;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** A new, empty database (no tables). */
    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    private WorkbenchActiveObjects ao;
    private ExecutorService pool;
    /** What each call answered: "ok", "busy", or a Problem's key; anything else is kept in {@link #unexpected}. */
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());

    @Before
    public void anEmptyDatabaseAndThreads() {
        ao = migrated("writes");
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @After
    public void stopThreads() {
        pool.shutdownNow();
    }

    private WorkbenchActiveObjects migrated(String name) {
        WorkbenchActiveObjects db = openEmptyDatabase(name);
        db.migrate(EvidenceStoreContract.descriptorEntities());
        return db;
    }

    /** A call of a write path that can fail: runs it and counts its answer. */
    private interface Write {
        void run() throws Exception;
    }

    private void call(Write write) {
        answerOf(write);
    }

    /** {@link #call}, telling this thread what its call answered ("ok", a Problem's key, or "unexpected"). */
    private String answerOf(Write write) {
        try {
            write.run();
            answer("ok");
            return "ok";
        } catch (Problem problem) {
            answer(problem.messageKey());
            return problem.messageKey();
        } catch (Throwable other) {
            unexpected.add(other);
            return "unexpected";
        }
    }

    private void answer(String what) {
        answers.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private int answered(String what) {
        AtomicInteger n = answers.get(what);
        return n == null ? 0 : n.get();
    }

    /** Runs {@code perThread} on {@link #THREADS} threads that start together; waits for all of them. */
    private void atOnce(java.util.function.IntConsumer perThread) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                perThread.accept(thread);
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
    }

    private void assertNoUnexpectedException() {
        if (!unexpected.isEmpty()) {
            AssertionError error = new AssertionError(unexpected.size() + " calls failed with something other than busy; answers "
                    + answers + "; first: " + unexpected.get(0));
            error.initCause(unexpected.get(0));
            throw error;
        }
    }

    /** Only the answers {@code allowed}, and at least one call succeeded. */
    private void assertAnswered(String... allowed) {
        assertNoUnexpectedException();
        assertTrue("answers " + answers, new HashSet<>(List.of(allowed)).containsAll(answers.keySet()));
        assertTrue("at least one call succeeded: " + answers, answered("ok") > 0);
    }

    private List<Long> pieces(AoEvidenceStore store, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Evidence e = store.createEvidence(new NewEvidence("Piece " + i, EvidenceKind.QUOTE, Section.PAINS,
                    new Source(SourceKind.INTERVIEW, "Call " + i, null, null), null, null, null, "DEMO", TODAY.minusDays(i), "pm"));
            ids.add(e.id());
        }
        return ids;
    }

    @Test
    public void simultaneousHandOversOfTheSamePiecesLeaveThemAllWithOneOwner() throws Exception {
        List<Long> ids = pieces(new AoEvidenceStore(ao), 20);
        AoOwnerStore owners = new AoOwnerStore(ao);
        atOnce(thread -> {
            for (int k = 0; k < 5; k++) {
                String owner = "owner-" + thread + "-" + k;
                call(() -> owners.handOver(ids, owner));
            }
        });
        assertAnswered("ok", "empathy.error.busy");
        Map<Long, String> after = owners.namedOwners(ids);
        assertEquals("every piece has a named owner: " + after, ids.size(), after.size());
        assertEquals("one hand-over's owner for all pieces (each is one transaction): " + after, 1, new HashSet<>(after.values()).size());
    }

    @Test
    public void simultaneousUnlinksRestoresAndItemDeletionsAnswerOkOrBusyAndLoseNoLink() throws Exception {
        AoEvidenceStore store = new AoEvidenceStore(ao);
        List<Long> ids = pieces(store, THREADS);
        for (long id : ids) {
            store.link("DEMO-2", LinkTarget.evidence(id), Relation.SUPPORTS, "pm", "Linked " + id);
        }
        store.createPersona(new Persona("UNDO", "Undo persona", ""));
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < THREADS * 3; i++) {
            items.add(store.createMapItem("UNDO", Section.PAINS, "Item " + i).id());
        }
        List<String> undoLater = Collections.synchronizedList(new ArrayList<>());
        atOnce(thread -> {
            for (int k = 0; k < 5; k++) {
                String token = "undo-" + thread + "-" + k;
                // unlink, then undo it (each its own transaction); beside them, map items of one persona deleted
                if (!answerOf(() -> store.unlinkForUndo("DEMO-2", LinkTarget.evidence(ids.get(thread)), token, "pm")).equals("ok")) {
                    continue; // busy: the link was not removed
                }
                if (!answerOf(() -> store.restoreLink("DEMO-2", token)).equals("ok")) {
                    undoLater.add(token); // the person is told "busy" and presses Undo again
                    break;
                }
            }
            for (int k = 0; k < 3; k++) {
                long item = items.get(thread * 3 + k);
                call(() -> store.deleteMapItem(item));
            }
        });
        assertAnswered("ok", "empathy.error.busy");
        for (String token : undoLater) {
            store.restoreLink("DEMO-2", token);
        }
        assertEquals("every piece is linked again, once", ids.size(), store.links("DEMO-2").size());
        for (long item : items) {
            assertTrue("no backing or link left of a deleted item", store.mapItems("UNDO").stream().anyMatch(m -> m.id() == item)
                    || store.linksTo(List.of(LinkTarget.mapItem(item))).isEmpty());
        }
    }

    @Test
    public void simultaneousRecomputesOfOneMapGroupSaveOrStandAsideAndNeverFail() throws Exception {
        // the daily job on one node, the start-up run or a map view on another: the same group recomputed at once
        com.empathyevidence.storage.AoMapGroups groups = new com.empathyevidence.storage.AoMapGroups(ao);
        com.empathyevidence.app.MapGroupStore.Stored row = groups.create("ACCOUNTANT", 0, Section.PAINS);
        com.empathyevidence.domain.MapGroup group = com.empathyevidence.domain.MapGroup.build("ACCOUNTANT", 0, Section.PAINS, List.of(), TODAY);
        java.util.Set<String> saved = ConcurrentHashMap.newKeySet();
        atOnce(thread -> {
            for (int k = 0; k < 5; k++) {
                String token = "clean-" + thread + "-" + k;
                call(() -> {
                    if (groups.saveClean(row.rowId(), token, "stamp", group)) {
                        saved.add(token);
                    }
                });
            }
        });
        assertNoUnexpectedException();
        assertEquals("every save answered (saved, or stood aside): " + answers, THREADS * 5, answered("ok"));
        assertTrue("at least one save stored", !saved.isEmpty());
        com.empathyevidence.app.MapGroupStore.Stored after = groups.groups("ACCOUNTANT").get(0);
        assertTrue("the stored clean token is one that was saved: " + after.cleanToken(), saved.contains(after.cleanToken()));
        assertEquals(group, after.group());
        assertEquals("the dirty token is never written by a save", row.dirtyToken(), after.dirtyToken());
    }

    @Test
    public void simultaneousWorkflowPassesAreEachRecordedOnce() throws Exception {
        AoWorkflowPasses passes = new AoWorkflowPasses(ao);
        AoOwnerStore owners = new AoOwnerStore(ao);
        List<Long> ids = pieces(new AoEvidenceStore(ao), 5);
        AtomicInteger recorded = new AtomicInteger();
        atOnce(thread -> {
            for (int k = 0; k < 10; k++) {
                String user = "user-" + thread + "-" + k;
                call(() -> {
                    passes.record(new WorkflowPass("DEMO-1", "Start progress", user, Instant.now(), List.of(EvidenceCheck.GapKind.WEAK)));
                    recorded.incrementAndGet();
                });
                // hand-overs between the passes, so the pass transactions meet writes of the same rows' neighbours
                call(() -> owners.handOver(ids, user));
            }
        });
        assertAnswered("ok", "empathy.error.busy");
        List<WorkflowPass> stored = passes.forIssue("DEMO-1", 10_000);
        assertEquals("one row per pass that answered ok", recorded.get(), stored.size());
        assertEquals("no user twice", stored.size(), new HashSet<>(stored.stream().map(WorkflowPass::userKey).toList()).size());
    }

    @Test
    public void simultaneousClaimsAndSendsOfOneWeekQueueEachMessageOnce() throws Exception {
        AoDigestStore digests = new AoDigestStore(ao);
        String week = "2026-W49";
        List<DigestStore.Message> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            messages.add(new DigestStore.Message(0, week, "owner" + i, "owner" + i + "@example.com", "Your week", "Body " + i));
        }
        AtomicInteger claims = new AtomicInteger();
        Map<String, AtomicInteger> queued = new ConcurrentHashMap<>();
        atOnce(thread -> {
            call(() -> {
                if (digests.claim(week, messages)) {
                    claims.incrementAndGet();
                }
            });
            for (DigestStore.Message m : digests.pending()) {
                call(() -> digests.sendOnce(m, Instant.now(),
                        () -> queued.computeIfAbsent(m.recipient(), k -> new AtomicInteger()).incrementAndGet()));
            }
            // opting out at the same time, as owners do from the message's link
            call(() -> digests.setOptedOut("owner" + (thread % 3), thread % 2 == 0));
        });
        assertAnswered("ok", "empathy.error.busy");
        assertEquals("one claim of the week", 1, claims.get());
        for (DigestStore.Message m : digests.pending()) {
            // what a busy answer left pending goes with the next run
            digests.sendOnce(m, Instant.now(), () -> queued.computeIfAbsent(m.recipient(), k -> new AtomicInteger()).incrementAndGet());
        }
        assertEquals("nothing pending", List.of(), digests.pending());
        assertEquals("every message queued: " + queued, messages.size(), queued.size());
        queued.forEach((recipient, n) -> assertEquals("queued once: " + recipient, 1, n.get()));
    }

    /**
     * The mail queue is not part of the transaction: when the database refuses the send's transaction at commit, after
     * the message was handed to the queue (a serialization failure), the retry records it as sent without queueing it
     * again, and no later run sends it once more.
     */
    @Test
    public void aSendRefusedAfterQueueingIsRecordedWithoutQueueingAgain() {
        AtomicInteger refusals = new AtomicInteger(1);
        com.atlassian.activeobjects.external.ActiveObjects refusingOnce = (com.atlassian.activeobjects.external.ActiveObjects)
                java.lang.reflect.Proxy.newProxyInstance(com.atlassian.activeobjects.external.ActiveObjects.class.getClassLoader(),
                        new Class<?>[] {com.atlassian.activeobjects.external.ActiveObjects.class}, (proxy, method, args) -> {
                            if (method.getName().equals("executeInTransaction") && refusals.getAndDecrement() > 0) {
                                // the work runs, then the database refuses the commit: everything of it is rolled back
                                @SuppressWarnings("unchecked")
                                com.atlassian.sal.api.transaction.TransactionCallback<Object> work = (com.atlassian.sal.api.transaction.TransactionCallback<Object>) args[0];
                                return ao.executeInTransaction(() -> {
                                    work.doInTransaction();
                                    throw new IllegalStateException("Database error", new java.sql.SQLException("could not serialize access", "40001"));
                                });
                            }
                            try {
                                return method.invoke(ao, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
        AoDigestStore plain = new AoDigestStore(ao);
        String week = "2026-W50";
        assertTrue(plain.claim(week, List.of(new DigestStore.Message(0, week, "pm", "pm@example.com", "Your week", "Body"))));
        DigestStore.Message m = plain.pending().get(0);
        AtomicInteger queued = new AtomicInteger();
        assertTrue("sent", new AoDigestStore(refusingOnce).sendOnce(m, Instant.now(), queued::incrementAndGet));
        assertEquals("the first attempt was refused", -1, refusals.get());
        assertEquals("queued once", 1, queued.get());
        assertEquals("recorded as sent: nothing pending", List.of(), plain.pending());
        assertTrue("a later run does not send it again", !plain.sendOnce(m, Instant.now(), queued::incrementAndGet));
        assertEquals(1, queued.get());
    }

    @Test
    public void simultaneousImportsIntoOneEmptyInstanceImportOneArchive() throws Exception {
        WorkbenchActiveObjects filled = migrated("source");
        new DemoData(new AoEvidenceStore(filled), TODAY).seed();
        AoArchiveStore source = new AoArchiveStore(filled);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveZip.write(source, out, "test", Instant.now());
        byte[] archive = out.toByteArray();
        ArchiveStore target = new AoArchiveStore(ao);
        atOnce(thread -> call(() -> target.importAll(ArchiveZip.reader(new ByteArrayInputStream(archive)))));
        assertAnswered("ok", "empathy.error.busy", "empathy.archive.notEmpty");
        assertEquals("one import succeeded: " + answers, 1, answered("ok"));
        assertEquals("the instance holds one archive's rows", source.contents(), target.contents());
    }
}
