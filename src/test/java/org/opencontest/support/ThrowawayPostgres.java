package org.opencontest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One fresh PostgreSQL database per test JVM on the local server (127.0.0.1:5432, user postgres, trust auth).
 * Flyway builds the schema in it exactly as in production. The name carries its creation second, so each run
 * drops the databases that earlier runs left behind (older than a few hours) without touching a parallel run's.
 */
public final class ThrowawayPostgres {

    private static final String SERVER = System.getProperty("opencontest.test.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = "postgres";
    private static final String PREFIX = "opencontest_test_";
    private static final Duration STALE_AFTER = Duration.ofHours(3);
    private static String url;

    private ThrowawayPostgres() {
    }

    /** The database of this JVM's shared test context. */
    public static synchronized String url() {
        if (url == null) {
            url = fresh();
        }
        return url;
    }

    /** Another empty database, for tests that start application instances of their own (nodes, a restore). */
    public static synchronized String fresh() {
        dropStaleDatabases();
        String name = PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("CREATE DATABASE " + name);
        return SERVER + name;
    }

    private static void dropStaleDatabases() {
        long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery(
                     "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (names.next()) {
                String name = names.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(name);
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + "postgres", USER, "");
    }

    private static IllegalStateException unavailable(SQLException cause) {
        return new IllegalStateException("The integration tests need PostgreSQL on 127.0.0.1:5432 (user postgres)", cause);
    }
}
