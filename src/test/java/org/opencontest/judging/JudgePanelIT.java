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
import org.opencontest.account.UserDirectory;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.JudgeDetail;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Judges invited by e-mail: stored, mailed through the outbox, refused when the input is bad. */
class JudgePanelIT extends IntegrationTest {

    @Autowired
    JudgePanel panel;

    @Autowired
    ContestService contests;

    @Autowired
    RecordedMails mails;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);

    @Test
    void inviteStoresTheJudgeAndQueuesTheMail() {
        ContestEditState contest = contest();
        long track = contest.input().tracks().get(0).id();
        String email = "Judge-" + UUID.randomUUID() + "@Fudan.edu.cn";

        JudgeDetail judge = as(organiser, () -> panel.invite(contest.id(),
                new JudgeInput(" " + email + " ", "Prof. Li", "Fudan University", Set.of(track), 12)));

        assertThat(judge.email()).isEqualTo(email.toLowerCase());
        assertThat(judge.expertise()).containsExactly(track);
        assertThat(judge.userId()).isNull();
        assertThat(as(organiser, () -> panel.judges(contest.id()))).containsExactly(judge);
        assertThat(mails.to(email.toLowerCase(), "judging.invitation")).singleElement()
                .satisfies(mail -> assertThat(mail.model()).containsEntry("name", "Prof. Li")
                        .containsEntry("link", "http://localhost:8080/judging"));

        JudgeDetail changed = as(organiser, () -> panel.update(judge.id(), judge.version(),
                new JudgeInput(null, "Prof. Li Wei", null, Set.of(), 5)));
        assertThat(changed.maxLoad()).isEqualTo(5);
        assertThat(changed.organisation()).isNull();
        assertThatThrownBy(() -> as(organiser, () -> panel.update(judge.id(), judge.version(),
                new JudgeInput(null, "X", null, Set.of(), 5))))
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo("error.concurrentEdit");
    }

    @Test
    void anInvitationIsLinkedOnlyOnceTheInvitedAddressIsConfirmed() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        String email = "judge-" + UUID.randomUUID() + "@sjtu.edu.cn";
        as(organiser, () -> panel.invite(contest.id(), new JudgeInput(email, "Judge Wang", "SJTU", Set.of(), 5)));
        long userId = accounts.signUp(new SignUpRequest(email, "Judge Wang", "SJTU", "a long enough passphrase 42",
                "a long enough passphrase 42", Locale.ENGLISH, ZoneId.of("Asia/Shanghai")));
        AppPrincipal judge = new AppPrincipal(userId, email, "Judge Wang", "", EnumSet.of(Role.PARTICIPANT),
                Locale.ENGLISH, ZoneId.of("Asia/Shanghai"), true, false);

        assertThat(as(judge, () -> panel.myJudgeships())).as("unconfirmed address").isEmpty();
        assertThat(directory.findByEmail(email).orElseThrow().roles()).doesNotContain(Role.JUDGE);
        accounts.verifyEmail(mails.lastToken(email, "account.verify-email"));

        assertThat(as(judge, () -> panel.myJudgeships())).singleElement()
                .satisfies(judgeship -> assertThat(judgeship.contestId()).isEqualTo(contest.id()));
        assertThat(directory.findByEmail(email).orElseThrow().roles()).as("accepting the invitation grants the role")
                .contains(Role.JUDGE);
        assertThat(as(organiser, () -> panel.judges(contest.id()))).singleElement()
                .satisfies(row -> assertThat(row.userId()).isEqualTo(userId));
        assertThat(as(person(Role.JUDGE), () -> panel.myJudgeships())).isEmpty();
    }

    @Test
    void badInvitationsAreRefused() {
        ContestEditState contest = contest();
        String email = "judge-" + UUID.randomUUID() + "@example.org";
        as(organiser, () -> panel.invite(contest.id(), new JudgeInput(email, "A", null, Set.of(), 3)));

        assertRefused(organiser,
                () -> panel.invite(contest.id(), new JudgeInput("not-an-address", "A", null, Set.of(), 3)),
                "judging.judge.error.email");
        assertRefused(organiser,
                () -> panel.invite(contest.id(), new JudgeInput(email.toUpperCase(), "A", null, Set.of(), 3)),
                "judging.judge.error.duplicate");
        assertRefused(organiser, () -> panel.invite(contest.id(), new JudgeInput("b" + email, " ", null, Set.of(), 3)),
                "judging.judge.error.name");
        assertRefused(organiser, () -> panel.invite(contest.id(), new JudgeInput("b" + email, "B", null, Set.of(), -1)),
                "judging.judge.error.maxLoad");
        assertRefused(organiser,
                () -> panel.invite(contest.id(), new JudgeInput("b" + email, "B", null, Set.of(-5L), 3)),
                "judging.judge.error.track");
        assertThat(as(organiser, () -> panel.judges(contest.id()))).hasSize(1);
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> panel.judges(contest.id())))
                .isInstanceOf(NotFoundException.class);
    }

    private ContestEditState contest() {
        return as(organiser, () -> contests.create(ContestFixtures.input(ContestFixtures.uniqueSlug("jury"),
                clock.instant())));
    }
}
