package com.empathyevidence.app;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import org.junit.Test;

/** Which failures mean the database cannot be reached (503), and which are faults of a request (not an outage). */
public class DatabaseOutageTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("Database error: " + cause.getMessage(), cause);
    }

    @Test
    public void connectionFailuresAndAStoppingServerAreAnOutageAlsoWhenWrapped() {
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("canceling statement due to statement timeout", "57014"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("sorry, too many clients already", "53300"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("Cannot get a connection, pool error Timeout waiting for idle object"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new java.sql.SQLTransientConnectionException("Connection is not available, request timed out"))));
        assertTrue(DatabaseOutage.isOutage(new RuntimeException(new java.net.SocketTimeoutException("Read timed out"))));
    }

    @Test
    public void faultsOfARequestAreNotAnOutage() {
        assertFalse(DatabaseOutage.isOutage(wrapped(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.isOutage(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertFalse(DatabaseOutage.isOutage(wrapped(new SQLException("syntax error at or near", "42601"))));
        assertFalse(DatabaseOutage.isOutage(wrapped(new SQLException("no state"))));
        assertFalse(DatabaseOutage.isOutage(new NullPointerException()));
        assertFalse(DatabaseOutage.isOutage(null));
    }
}
