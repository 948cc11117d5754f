package org.opencontest.support;

import java.util.function.Supplier;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements the calling thread prepares while it runs a piece of work. Hibernate's own statistics
 * count for the whole session factory, so in the full suite background jobs (mail dispatch, scoring) made a
 * query-count test read another thread's statements. Registered for the test contexts in application-test.yml.
 */
public class ThreadStatements implements StatementInspector {

    private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        long[] counter = COUNTER.get();
        if (counter != null) {
            counter[0]++;
        }
        return sql;
    }

    /** The statements {@code work} prepared on this thread. */
    public static long count(Supplier<?> work) {
        long[] counter = {0};
        COUNTER.set(counter);
        try {
            work.get();
            return counter[0];
        } finally {
            COUNTER.remove();
        }
    }
}
