package com.empathyevidence.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.empathyevidence.domain.Problem;
import com.empathyevidence.testsupport.BundleI18nResolver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * The one retry of every storage write (issue 15), with worked examples: which refusals of the database are tried
 * again (SQLState class 40, H2's lock timeout, PostgreSQL's lock_not_available; class 23 only when asked), how many
 * attempts, that anything else passes through at once, and that the last refusal is the 409 "busy" Problem.
 */
public class RetryTest {

    /** An exception as Active Objects throws it: the driver's SQLException as the cause of a runtime exception. */
    private static RuntimeException refusal(String sqlState) {
        return new IllegalStateException("wrapped by AO", new SQLException("the database says no", sqlState));
    }

    /** A write that fails with {@code failures} in turn, then answers "done"; counts its attempts. */
    private static final class Write implements Supplier<String> {
        final List<RuntimeException> failures;
        final AtomicInteger attempts = new AtomicInteger();

        Write(RuntimeException... failures) {
            this.failures = new ArrayList<>(List.of(failures));
        }

        @Override
        public String get() {
            int attempt = attempts.incrementAndGet();
            if (attempt <= failures.size()) {
                throw failures.get(attempt - 1);
            }
            return "done";
        }
    }

    @Test
    public void aSerializationFailureADeadlockAndALockTimeoutAreTriedAgain() {
        // PostgreSQL 40001 (serialization failure), 40P01 (deadlock), H2 HYT00 (lock timeout): three refusals, four attempts
        Write write = new Write(refusal("40001"), refusal("40P01"), refusal("HYT00"));
        AtomicInteger beforeRetry = new AtomicInteger();
        assertEquals("done", Retry.run(write, false, beforeRetry::incrementAndGet));
        assertEquals(4, write.attempts.get());
        assertEquals("runs before each attempt after the first", 3, beforeRetry.get());
    }

    @Test
    public void postgresLockNotAvailableIsTriedAgain() {
        Write write = new Write(refusal("55P03"));
        assertEquals("done", Retry.run(write, false, () -> { }));
        assertEquals(2, write.attempts.get());
    }

    @Test
    public void theFourthRefusalBecomesTheBusyProblemWithItsMessage() {
        Write write = new Write(refusal("40001"), refusal("40001"), refusal("40001"), refusal("40001"));
        try {
            Retry.run(write, false, () -> { });
            fail("four refusals must answer busy");
        } catch (Problem busy) {
            assertEquals(Problem.Kind.CONFLICT, busy.kind());
            assertEquals("empathy.error.busy", busy.messageKey());
            assertEquals("Someone else was changing the same data at the same moment, so nothing was saved. Reload the page and try again.",
                    BundleI18nResolver.fromClasspath().getText(busy.messageKey(), busy.args()));
        }
        assertEquals(Retry.ATTEMPTS, write.attempts.get());
        assertEquals(4, Retry.ATTEMPTS);
    }

    @Test
    public void aUniqueKeyRefusalIsTriedAgainOnlyWhenAskedFor() {
        Write asked = new Write(refusal("23505"));
        assertEquals("done", Retry.run(asked, true, () -> { }));
        assertEquals(2, asked.attempts.get());

        RuntimeException duplicate = refusal("23505");
        Write notAsked = new Write(duplicate);
        try {
            Retry.run(notAsked, false, () -> { });
            fail("a unique key refusal passes through when not asked for");
        } catch (IllegalStateException passed) {
            assertSame(duplicate, passed);
        }
        assertEquals(1, notAsked.attempts.get());
    }

    @Test
    public void anythingElsePassesThroughAtOnce() {
        RuntimeException syntax = refusal("42601"); // a syntax error: trying again cannot help
        Write write = new Write(syntax);
        try {
            Retry.run(write, true, () -> { });
            fail();
        } catch (IllegalStateException passed) {
            assertSame(syntax, passed);
        }
        assertEquals(1, write.attempts.get());

        RuntimeException noSqlState = new IllegalStateException("no SQLException in the chain");
        Write plain = new Write(noSqlState);
        try {
            Retry.run(plain, true, () -> { });
            fail();
        } catch (IllegalStateException passed) {
            assertSame(noSqlState, passed);
        }
        assertEquals(1, plain.attempts.get());
    }

    @Test
    public void aProblemPassesThroughAtOnceEvenWithARefusalAsItsCause() {
        Problem stale = Problem.conflict("empathy.error.staleVersion", "7", "");
        stale.initCause(new SQLException("rolled back", "40001"));
        Write write = new Write(stale);
        try {
            Retry.run(write, true, () -> { });
            fail();
        } catch (Problem passed) {
            assertSame(stale, passed);
        }
        assertEquals(1, write.attempts.get());
    }

    @Test
    public void aWriteThatCannotRunAgainAnswersBusyAfterOneRefusalUnlessItsExplanationSaysMore() {
        Write write = new Write(refusal("40001"));
        AtomicInteger explained = new AtomicInteger();
        try {
            Retry.once(write, true, explained::incrementAndGet);
            fail();
        } catch (Problem busy) {
            assertEquals("empathy.error.busy", busy.messageKey());
        }
        assertEquals(1, write.attempts.get());
        assertEquals(1, explained.get());

        Problem notEmpty = Problem.conflict("empathy.archive.notEmpty");
        try {
            Retry.once(new Write(refusal("23505")), true, () -> { throw notEmpty; });
            fail();
        } catch (Problem better) {
            assertSame(notEmpty, better);
        }
        // not refused: the explanation does not run
        assertEquals("done", Retry.once(new Write(), true, () -> { throw notEmpty; }));
    }

    @Test
    public void theRulesReadTheWholeCauseChain() {
        RuntimeException deep = new RuntimeException(new RuntimeException(new SQLException("x", "40P01")));
        assertTrue(Retry.isTransactionRollback(deep));
        assertFalse(Retry.isConstraintViolation(deep));
        assertTrue(Retry.isConstraintViolation(new RuntimeException(new SQLException("x", "23503"))));
        assertFalse(Retry.isTransactionRollback(new RuntimeException(new SQLException("x", (String) null))));
        assertFalse(Retry.refused(new RuntimeException(new SQLException("x", "23505")), false));
        assertTrue(Retry.refused(new RuntimeException(new SQLException("x", "23505")), true));
    }
}
