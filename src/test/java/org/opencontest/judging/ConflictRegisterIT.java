package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.account.AccountService;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.SignUpRequest;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** Conflicts detected from real teams, declared by organisers and judges, and decided with a reason. */
class ConflictRegisterIT extends IntegrationTest {

    @Autowired
    ConflictRegister register;

    @Autowired
    JudgePanel panel;

    @Autowired
    ContestService contests;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    RecordedMails mails;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal leader = person(Role.PARTICIPANT);

    @Test
    void detectionFindsSharedDomainsOnceAndIgnoresWebmail() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), "Team " + UUID.randomUUID());
        // the leader writes from example.org (see Actors); one judge shares the domain, one uses webmail
        JudgeDetail colleague = as(organiser, () -> panel.invite(contest.id(),
                new JudgeInput("colleague-" + UUID.randomUUID() + "@example.org", "Colleague", null, Set.of(), 5)));
        as(organiser, () -> panel.invite(contest.id(),
                new JudgeInput("free-" + UUID.randomUUID() + "@qq.com", "Free mailer", null, Set.of(), 5)));

        assertThat(as(organiser, () -> register.detect(contest.id()))).isEqualTo(1);
        assertThat(as(organiser, () -> register.detect(contest.id()))).as("nothing new the second time").isZero();

        assertThat(as(organiser, () -> register.conflicts(contest.id()))).singleElement().satisfies(conflict -> {
            assertThat(conflict.judgeId()).isEqualTo(colleague.id());
            assertThat(conflict.teamId()).isEqualTo(team.teamId());
            assertThat(conflict.reason()).isEqualTo(ConflictReason.SAME_EMAIL_DOMAIN);
            assertThat(conflict.evidence()).isEqualTo("example.org");
            assertThat(conflict.status()).isEqualTo(ConflictStatus.BLOCKING);
        });
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> register.conflicts(contest.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void declaredConflictsAreRecordedOnceAndDecidedWithAReason() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), "Team " + UUID.randomUUID());
        JudgeDetail judge = as(organiser, () -> panel.invite(contest.id(),
                new JudgeInput("j-" + UUID.randomUUID() + "@tongji.edu.cn", "Judge", null, Set.of(), 5)));

        ConflictView declared = as(organiser, () -> register.declare(judge.id(), team.teamId(), "Former student"));
        assertThat(declared.reason()).isEqualTo(ConflictReason.DECLARED);
        assertThat(declared.status()).isEqualTo(ConflictStatus.BLOCKING);
        assertRefused(organiser, () -> register.declare(judge.id(), team.teamId(), "again"),
                "judging.conflict.error.duplicate");
        assertRefused(organiser, () -> register.decide(declared.id(), declared.version(), false, " "),
                "judging.conflict.error.reason");

        as(organiser, () -> {
            register.decide(declared.id(), declared.version(), false, "Supervised them ten years ago");
            return null;
        });
        assertThat(as(organiser, () -> register.conflicts(contest.id()))).singleElement()
                .satisfies(conflict -> {
                    assertThat(conflict.status()).isEqualTo(ConflictStatus.CLEARED);
                    assertThat(conflict.note()).isEqualTo("Supervised them ten years ago");
                });
        assertRefused(organiser, () -> register.decide(declared.id(), declared.version(), true, "stale"),
                "error.concurrentEdit");
    }

    @Test
    void aJudgeDeclaresOnlyForThemselves() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), "Team " + UUID.randomUUID());
        String email = "judge-" + UUID.randomUUID() + "@sjtu.edu.cn";
        long userId = accounts.signUp(new SignUpRequest(email, "Judge Wang", "SJTU", "a long enough passphrase 42",
                "a long enough passphrase 42", Locale.ENGLISH, ZoneId.of("Asia/Shanghai")));
        as(organiser, () -> panel.invite(contest.id(), new JudgeInput(email, "Judge Wang", "SJTU", Set.of(), 5)));
        AppPrincipal judge = new AppPrincipal(userId, email, "Judge Wang", "", EnumSet.of(Role.JUDGE), Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai"), true, false);
        accounts.verifyEmail(mails.lastToken(email, "account.verify-email"));
        as(judge, () -> panel.myJudgeships());

        as(judge, () -> {
            register.declareMine(contest.id(), team.teamId(), "My cousin leads this team");
            return null;
        });

        assertThat(as(organiser, () -> register.conflicts(contest.id()))).singleElement()
                .satisfies(conflict -> assertThat(conflict.note()).isEqualTo("My cousin leads this team"));
        assertThatThrownBy(() -> as(person(Role.JUDGE), () -> {
            register.declareMine(contest.id(), team.teamId(), "not my contest");
            return null;
        })).isInstanceOf(NotFoundException.class);
    }
}
