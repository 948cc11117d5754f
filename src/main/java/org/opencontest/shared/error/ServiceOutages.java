package org.opencontest.shared.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by a missing service (the database or the object store) from a fault of ours, so both the
 * API (503) and the UI say "try again in a moment" instead of "something went wrong".
 */
public final class ServiceOutages {

    public static final String DATABASE_UNAVAILABLE = "error.databaseUnavailable";
    /** SQLSTATE classes of a lost or refused connection (08) and of a server shutting down (57P). */
    private static final String[] CONNECTION_STATES = {"08", "57P"};

    private ServiceOutages() {
    }

    /** The message key when {@code error} means the database or the object store is away, else null. */
    public static String messageKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ServiceUnavailableException unavailable) {
                return unavailable.getMessageKey();
            }
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())
                    // a rollback or commit that JDBC refused: the connection is gone (the original failure is
                    // replaced by this one, e.g. Hikari's "Connection is closed" without a SQLSTATE)
                    || cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
                return DATABASE_UNAVAILABLE;
            }
        }
        return null;
    }

    private static boolean isConnectionState(String state) {
        if (state == null) {
            return false;
        }
        for (String prefix : CONNECTION_STATES) {
            if (state.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
