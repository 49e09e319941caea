package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.domain.ValidationTask;
import com.empathyevidence.storage.AoValidationTasks;
import com.empathyevidence.storage.ValidationClaimEntity;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * validation (issue 17): the claim that keeps two people from creating a validation task for one assumption at once,
 * on a real database: of claims made at the same moment by different people (threads released together, each with its
 * own connection from the pool), exactly one wins, every time; one's own claim is taken over, somebody else's holds
 * until {@link ValidationTask#CLAIM_HOLD} has run out, and a release frees only the releaser's claim.
 */
public abstract class ValidationClaimsContract {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @Rule
    public final TestName testName = new TestName();

    protected WorkbenchActiveObjects ao;
    private AoValidationTasks claims;
    private ExecutorService threads;

    protected abstract WorkbenchActiveObjects openEmptyDatabase(String name);

    @Before
    public final void freshMigratedDatabase() {
        ao = openEmptyDatabase("claims_" + testName.getMethodName());
        ao.migrate(EvidenceStoreContract.descriptorEntities());
        claims = new AoValidationTasks(ao);
        threads = Executors.newFixedThreadPool(4);
    }

    @After
    public final void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    public void ofFourPeopleClaimingOneAssumptionAtOnceExactlyOneHoldsIt() throws Exception {
        for (long item = 1; item <= 25; item++) {
            long id = item;
            CyclicBarrier together = new CyclicBarrier(4);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int person = 0; person < 4; person++) {
                String user = "person" + person;
                Callable<Boolean> claim = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return claims.claim(id, user, NOW);
                };
                answers.add(threads.submit(claim));
            }
            int won = 0;
            for (Future<Boolean> answer : answers) {
                won += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals("claims that won on item " + id, 1, won);
            assertEquals(1, ao.count(ValidationClaimEntity.class, "MAP_ITEM_ID = ?", (int) id));
        }
    }

    @Test
    public void aClaimHoldsAgainstOthersUntilItsHoldRunsOutAndNeverAgainstItsHolder() {
        assertTrue(claims.claim(7, "pm", NOW));
        assertTrue("one's own claim is taken over (a second try)", claims.claim(7, "pm", NOW.plusSeconds(5)));
        assertFalse(claims.claim(7, "admin", NOW.plusSeconds(5)));
        assertFalse("the hold counts from the last claim", claims.claim(7, "admin", NOW.plus(ValidationTask.CLAIM_HOLD)));
        assertTrue("a claim whose hold ran out is taken over",
                claims.claim(7, "admin", NOW.plusSeconds(5).plus(ValidationTask.CLAIM_HOLD)));
        assertFalse(claims.claim(7, "pm", NOW.plusSeconds(6).plus(ValidationTask.CLAIM_HOLD)));
        assertTrue("another item is claimed on its own", claims.claim(8, "pm", NOW));
        assertEquals(2, ao.count(ValidationClaimEntity.class));
    }

    @Test
    public void aReleaseFreesOnlyTheReleasersClaim() {
        assertTrue(claims.claim(9, "pm", NOW));
        claims.release(9, "admin");
        assertFalse("somebody else's release leaves the claim", claims.claim(9, "admin", NOW.plusSeconds(1)));
        claims.release(9, "pm");
        assertTrue(claims.claim(9, "admin", NOW.plusSeconds(2)));
        assertEquals(1, ao.count(ValidationClaimEntity.class));
    }
}
