package org.opencontest.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.opencontest.account.AccountSeeding;
import org.opencontest.account.SignUpRequest;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, all verified and with the password {@value #PASSWORD}. Loaded first: the other demo loaders find
 * these people by e-mail. Idempotent: existing addresses are left alone.
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "opencontest-demo";
    static final String ORGANISER = "organiser@example.org";
    static final String INCUBATOR = "incubator@example.org";
    static final String PARTNER = "partner@example.org";
    static final String GOV_PARTNER = "gov-partner@example.org";
    static final List<String> JUDGES = List.of("judge@example.org", "judge2@example.org", "judge3@example.org");
    static final List<String> PARTICIPANTS = List.of("participant@example.org", "participant2@example.org",
            "participant3@example.org");
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private record Demo(String email, String displayName, String organisation, Role role, Locale locale,
                        ZoneId zone) {
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin@example.org", "Platform Admin", "OpenContest", Role.ADMIN,
                    SupportedLocales.ENGLISH, SHANGHAI),
            new Demo(ORGANISER, "Shanghai Open Data Office", "上海市开放数据办公室", Role.ORGANISER,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo(JUDGES.get(0), "Zhang Wei 张伟", "Tongji University", Role.JUDGE,
                    SupportedLocales.ENGLISH, SHANGHAI),
            new Demo(JUDGES.get(1), "Wang Lei 王磊", "Shanghai Jiao Tong University", Role.JUDGE,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo(JUDGES.get(2), "Zhao Min 赵敏", "Shanghai Transport Commission", Role.JUDGE,
                    SupportedLocales.ENGLISH, SHANGHAI),
            new Demo(INCUBATOR, "Chen Jing 陈静", "Guiyang Big Data Incubator", Role.INCUBATOR,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo(PARTNER, "Liu Yang 刘洋", "Yangtze Ventures", Role.PARTNER,
                    SupportedLocales.ENGLISH, ZoneId.of("Europe/London")),
            new Demo(GOV_PARTNER, "Guiyang Transport Bureau", "贵阳市交通局", Role.PARTNER,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo(PARTICIPANTS.get(0), "Li Na 李娜", "Fudan University", Role.PARTICIPANT,
                    SupportedLocales.ENGLISH, SHANGHAI),
            new Demo(PARTICIPANTS.get(1), "王芳", "城市交通数据实验室", Role.PARTICIPANT,
                    SupportedLocales.CHINESE, SHANGHAI),
            new Demo(PARTICIPANTS.get(2), "Maria Gonzalez", "BetaNYC", Role.PARTICIPANT,
                    SupportedLocales.ENGLISH, ZoneId.of("America/New_York")));

    private final AccountSeeding seeding;

    DemoAccounts(AccountSeeding seeding) {
        this.seeding = seeding;
    }

    void load() {
        long created = SystemIdentity.call(() -> ACCOUNTS.stream().filter(demo -> seeding.createVerified(
                new SignUpRequest(demo.email(), demo.displayName(), demo.organisation(), PASSWORD, PASSWORD,
                        demo.locale(), demo.zone()), demo.role())).count());
        if (created > 0) {
            LOG.info("Created {} demo accounts (password '{}')", created, PASSWORD);
        }
    }
}
