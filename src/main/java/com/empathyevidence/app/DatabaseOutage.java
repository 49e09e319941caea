package com.empathyevidence.app;

import java.sql.SQLException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, the network gone, the pool out of
 * connections), as opposed to a fault in a request: the one place that tells them apart, for the REST answer (503) and
 * the panel's line. Active Objects hands such failures on wrapped (the hosts' {@code ActiveObjectsException}, the
 * workbench's {@code IllegalStateException}); the cause chain carries the driver's {@link SQLException}.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * SQLState class 08 (connection exception), 53 (insufficient resources: too many connections), 57P01–57P03
     * (PostgreSQL: the server is shutting down or starting), 57014 (a statement cancelled by the statement timeout),
     * H2's 90067 (connection broken) and 90098 (database closed); or a pool that could not hand out a connection
     * (its SQLException has no SQLState and a socket or timeout failure as its cause, or says so).
     */
    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                        || state.equals("57014") || state.equals("90067") || state.equals("90098"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                if (state == null && (message.startsWith("Cannot get a connection") || message.startsWith("Cannot create PoolableConnectionFactory"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
