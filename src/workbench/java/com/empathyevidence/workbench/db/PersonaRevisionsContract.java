package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.PersonaRetirement;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Section;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.storage.AoPersonaRevisions;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * {@link AoPersonaRevisions} on a real database: versions of personas and map items (a stale edit changes nothing
 * and names who made the current version), exactly one winner among simultaneous edits from one version, and
 * retiring and restoring a persona. Run on H2 and PostgreSQL by its subclasses.
 */
public abstract class PersonaRevisionsContract {

    private static final int THREADS = 6;

    @Rule
    public final TestName testName = new TestName();

    private EvidenceStore store;
    private AoPersonaRevisions revisions;

    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    @Before
    public final void freshMigratedDatabase() {
        WorkbenchActiveObjects ao = openEmptyDatabase(testName.getMethodName());
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        store = new AoEvidenceStore(ao);
        revisions = new AoPersonaRevisions(ao);
        store.savePersona(new Persona("ACC", "Amira", "The accountant"));
    }

    @Test
    public void aPersonaEditFromAStaleVersionChangesNothingAndNamesWhoChangedIt() {
        assertEquals(1, revisions.persona("ACC").version());
        Persona saved = revisions.updatePersona(new Persona("ACC", "Amira A.", "The accountant"), 1, "admin", "Alex Admin");
        assertEquals("Amira A.", saved.name());
        assertEquals(2, revisions.persona("ACC").version());
        assertEquals("Alex Admin", revisions.persona("ACC").who());
        try {
            revisions.updatePersona(new Persona("ACC", "Lost update", ""), 1, "pm", "Priya Patel");
            fail("a stale edit must be refused");
        } catch (Problem p) {
            assertEquals(Problem.Kind.CONFLICT, p.kind());
            assertEquals("empathy.error.stalePersona", p.messageKey());
            assertEquals("Alex Admin", p.args()[1]);
            assertTrue(String.valueOf(p.args()[2]).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC"));
        }
        assertEquals("Amira A.", store.persona("ACC").orElseThrow().name());
        assertEquals(2, revisions.personas().get("ACC").version());
    }

    @Test
    public void simultaneousItemEditsFromOneVersionHaveExactlyOneWinner() throws Exception {
        MapItem item = store.createMapItem("ACC", Section.PAINS, "Original");
        List<Throwable> errors = new ArrayList<>();
        List<MapItem> won = new ArrayList<>();
        race(i -> revisions.updateMapItem(item.id(), Section.GAINS, "Writer " + i, 1, "user" + i, null), won, errors);
        assertEquals("exactly one winner: " + errors, 1, won.size());
        for (Throwable e : errors) {
            assertTrue(String.valueOf(e), e instanceof Problem && ((Problem) e).kind() == Problem.Kind.CONFLICT);
        }
        MapItem stored = store.mapItem(item.id()).orElseThrow();
        assertEquals(won.get(0).statement(), stored.statement());
        assertEquals(2, revisions.mapItem(item.id()).version());
        assertEquals("user" + stored.statement().substring("Writer ".length()), revisions.mapItems("ACC").get(item.id()).who());
    }

    @Test
    public void aPersonaIsRetiredOnceAndRestored() throws Exception {
        List<Throwable> errors = new ArrayList<>();
        List<Boolean> won = new ArrayList<>();
        race(i -> {
            revisions.retire("ACC", new PersonaRetirement("Reason " + i, "user" + i, null, Instant.now()), null);
            return true;
        }, won, errors);
        assertEquals("exactly one retirement: " + errors, 1, won.size());
        PersonaRetirement r = revisions.retirement("ACC").orElseThrow();
        assertTrue(r.reason().startsWith("Reason "));
        assertEquals(1, revisions.retirements().size());
        assertEquals(2, revisions.persona("ACC").version());

        revisions.restore("ACC", "pm", "Priya Patel", 2);
        assertTrue(revisions.retirement("ACC").isEmpty());
        assertEquals(3, revisions.persona("ACC").version());
        try {
            revisions.restore("ACC", "pm", null, null);
            fail("restoring a persona in use must be refused");
        } catch (Problem p) {
            assertEquals("empathy.error.personaNotRetired", p.messageKey());
        }
        assertFalse(revisions.retirements().containsKey("ACC"));
        assertNull(revisions.personas().get("NOBODY"));
    }

    private <T> void race(IntFunction<T> action, List<T> won, List<Throwable> errors) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return action.apply(n);
                }));
            }
            assertTrue("threads ready", ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            for (Future<T> f : futures) {
                try {
                    won.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    errors.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a racing thread did not finish in 60 s", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
