package org.opencontest.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "a service is away, try again" rather than a fault of ours or a refusal. */
class ServiceOutagesTest {

    @Test
    void aLostOrRefusedDatabaseConnectionIsAnOutage() {
        assertThat(ServiceOutages.messageKey(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isEqualTo(ServiceOutages.DATABASE_UNAVAILABLE);
        // PostgreSQL: 08006 connection failure, 57P01 the server is shutting down (a restart)
        assertThat(ServiceOutages.messageKey(new JpaSystemException(new RuntimeException(
                new SQLException("An I/O error occurred", "08006"))))).isEqualTo(ServiceOutages.DATABASE_UNAVAILABLE);
        assertThat(ServiceOutages.messageKey(new SQLException("terminating connection", "57P01")))
                .isEqualTo(ServiceOutages.DATABASE_UNAVAILABLE);
        // what a cut connection looks like when the rollback fails too and replaces the query's failure
        assertThat(ServiceOutages.messageKey(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isEqualTo(ServiceOutages.DATABASE_UNAVAILABLE);
    }

    @Test
    void aStoreOutageKeepsItsOwnMessage() {
        assertThat(ServiceOutages.messageKey(new RuntimeException(
                new ServiceUnavailableException("storage.error.unavailable", null))))
                .isEqualTo("storage.error.unavailable");
    }

    @Test
    void faultsAndRefusalsAreNoOutage() {
        assertThat(ServiceOutages.messageKey(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isNull();
        assertThat(ServiceOutages.messageKey(new UserFacingException("submission.error.noFiles"))).isNull();
        assertThat(ServiceOutages.messageKey(new IllegalStateException("bug"))).isNull();
    }
}
