package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.empathyevidence.domain.Problem;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The one retry of every write of the storage layer (issue 15). The database may refuse a transaction because of a
 * simultaneous writer: it chose it to break a deadlock, a serializable transaction could not be ordered (SQLState
 * class 40: PostgreSQL 40001 and 40P01, H2 40001), or it stopped waiting for a lock (H2's lock timeout HYT00, which is
 * how H2 ends a deadlock; PostgreSQL's 55P03). Nothing of a refused transaction is left, so it runs once more, after a
 * pause that grows and differs between the writers that collided, at most {@link #ATTEMPTS} times in all; then it
 * answers CONFLICT {@code empathy.error.busy} ("nothing was saved, try again"): never a server error. A write that
 * asks for it is also retried when a unique key refused its row (class 23: a simultaneous insert took the key first);
 * its next attempt must then find that row. A {@link Problem} and every other exception pass through at once.
 */
final class Retry {

    /** Attempts of one write that the database refused because of a simultaneous writer. */
    static final int ATTEMPTS = 4;

    /** What the caller sees when every attempt was refused, or a write that cannot run again was refused once. */
    static final String BUSY = "empathy.error.busy";

    private Retry() {
    }

    /** {@code work} in one transaction of {@code ao}, retried on a refusal (class 40), then busy. */
    static <T> T inTransaction(ActiveObjects ao, TransactionCallback<T> work) {
        return run(() -> ao.executeInTransaction(work), false, () -> { });
    }

    /** As {@link #inTransaction(ActiveObjects, TransactionCallback)}, also retried when a unique key refused a row. */
    static <T> T inTransactionOrUniqueKey(ActiveObjects ao, TransactionCallback<T> work) {
        return run(() -> ao.executeInTransaction(work), true, () -> { });
    }

    /**
     * Runs {@code write} (one transaction, or one statement) until it is not refused, at most {@link #ATTEMPTS} times;
     * {@code beforeRetry} runs before each attempt after the first.
     */
    static <T> T run(Supplier<T> write, boolean retryOnUniqueKey, Runnable beforeRetry) {
        return run(write, retryOnUniqueKey, ATTEMPTS, beforeRetry, () -> { });
    }

    /**
     * A write that cannot run again (it read its input as it went, as an archive import does): a refusal answers busy
     * at once, unless {@code explain} (run after the refusal, outside the transaction) throws a better Problem, e.g.
     * "this instance is not empty" when a simultaneous import committed first.
     */
    static <T> T once(Supplier<T> write, boolean retryOnUniqueKey, Runnable explain) {
        return run(write, retryOnUniqueKey, 1, () -> { }, explain);
    }

    private static <T> T run(Supplier<T> write, boolean retryOnUniqueKey, int attempts, Runnable beforeRetry, Runnable beforeBusy) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (Problem problem) {
                throw problem;
            } catch (RuntimeException failure) {
                if (!refused(failure, retryOnUniqueKey)) {
                    throw failure;
                }
                if (attempt >= attempts) {
                    beforeBusy.run();
                    throw busy();
                }
                pause(attempt);
                beforeRetry.run();
            }
        }
    }

    /** Whether {@link #run} would try {@code failure}'s write again. */
    static boolean refused(Throwable failure, boolean retryOnUniqueKey) {
        return isTransactionRollback(failure) || (retryOnUniqueKey && isConstraintViolation(failure));
    }

    /** The answer to a write the database kept refusing: 409, nothing was saved, try again. */
    static Problem busy() {
        return Problem.conflict(BUSY);
    }

    /** A pause that grows with the attempt and differs between the writers that collided, so they do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(5L * attempt + ThreadLocalRandom.current().nextLong(20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /**
     * The database gave this transaction up because of a simultaneous writer: SQLState class 40 (transaction rollback:
     * chosen as a deadlock victim, or a serialization failure), or it stopped waiting for a lock another transaction
     * held (H2's lock timeout HYT00, which is how H2 ends a deadlock; PostgreSQL's lock_not_available 55P03).
     */
    static boolean isTransactionRollback(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("HYT00") || sql.getSQLState().equals("55P03"))) {
                return true;
            }
        }
        return false;
    }

    /** SQLState class 23, integrity constraint violation: a unique key refused the row (H2, PostgreSQL, MySQL, Oracle, SQL Server). */
    static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
