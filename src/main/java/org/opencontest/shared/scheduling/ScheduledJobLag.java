package org.opencontest.shared.scheduling;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code opencontest_scheduled_job_lag_seconds{job}}: time since each locked job last started on any node, read
 * from the ShedLock table in database time. A value far above the job's interval means no node runs it (all
 * stopped, or a lock held by a dead node that has not expired yet). Refreshed every minute on every node.
 */
@Component
class ScheduledJobLag {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobLag.class);

    private final JdbcTemplate jdbc;
    private final MeterRegistry registry;
    private final Map<String, Double> lagSeconds = new ConcurrentHashMap<>();

    ScheduledJobLag(DataSource dataSource, MeterRegistry registry) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.registry = registry;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT10S")
    void refresh() {
        try {
            jdbc.query("SELECT name, locked_at, CURRENT_TIMESTAMP AS now FROM shedlock", row -> {
                String job = row.getString("name");
                Timestamp lockedAt = row.getTimestamp("locked_at");
                Timestamp now = row.getTimestamp("now");
                double lag = Duration.between(lockedAt.toInstant(), now.toInstant()).toMillis() / 1000.0;
                if (lagSeconds.put(job, lag) == null) {
                    Gauge.builder("opencontest.scheduled.job.lag", lagSeconds, lags -> lags.getOrDefault(job, 0.0))
                            .baseUnit("seconds").tag("job", job)
                            .description("Time since the job last started on any node").register(registry);
                }
            });
        } catch (DataAccessException unreachable) {
            // the database is away: the gauges keep their last values and the readiness probe says why
            LOG.debug("Scheduled job lag not refreshed: {}", unreachable.getMessage());
        }
    }
}
