package org.opencontest.shared.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs for every module. With several app nodes, a job annotated with {@code @SchedulerLock} runs on one
 * node at a time: the lock lives in the {@code shedlock} table (V1) and is timed by the database clock, so nodes
 * with drifting clocks agree. {@code opencontest.scheduling.enabled=false} starts an instance without any scheduled
 * job (the backup and restore commands, which must not mail or scrub while they copy).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opencontest.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
