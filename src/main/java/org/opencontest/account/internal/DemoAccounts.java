package org.opencontest.account.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts for the default run ({@code opencontest.demo-data=true}), all verified and with the password
 * {@value #PASSWORD}. Runs before the other modules' demo loaders, which find these users by e-mail. Idempotent:
 * existing addresses are left alone.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "opencontest.demo-data", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "opencontest-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private record Demo(String email, String displayName, String organisation, Role role, Locale locale,
                        ZoneId zone) {
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin@example.org", "Platform Admin", "OpenContest", Role.ADMIN,
                    SupportedLocales.ENGLISH, SHANGHAI),
            new Demo("organiser@example.org", "Shanghai Open Data Office", "上海市开放数据办公室", Role.ORGANISER,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo("judge@example.org", "Zhang Wei 张伟", "Tongji University", Role.JUDGE,
                    SupportedLocales.ENGLISH, SHANGHAI),
            new Demo("judge2@example.org", "Wang Lei 王磊", "Shanghai Jiao Tong University", Role.JUDGE,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo("judge3@example.org", "Zhao Min 赵敏", "Shanghai Transport Commission", Role.JUDGE,
                    SupportedLocales.ENGLISH, SHANGHAI),
            new Demo("incubator@example.org", "Chen Jing 陈静", "Guiyang Big Data Incubator", Role.INCUBATOR,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo("participant@example.org", "Li Na 李娜", "Fudan University", Role.PARTICIPANT,
                    SupportedLocales.ENGLISH, SHANGHAI),
            new Demo("participant2@example.org", "王芳", "城市交通数据实验室", Role.PARTICIPANT,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo("participant3@example.org", "Maria Gonzalez", "BetaNYC", Role.PARTICIPANT,
                    SupportedLocales.ENGLISH, ZoneId.of("America/New_York")));

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Demo demo : ACCOUNTS) {
            if (!users.existsByEmail(demo.email())) {
                UserAccount user = new UserAccount(demo.email(), demo.displayName(),
                        passwordEncoder.encode(PASSWORD), demo.locale(), demo.zone(), clock.instant());
                user.setOrganisation(demo.organisation());
                user.markEmailVerified();
                user.grant(demo.role());
                users.save(user);
                created++;
            }
        }
        if (created > 0) {
            LOG.info("Created {} demo accounts (password '{}')", created, PASSWORD);
        }
    }
}
