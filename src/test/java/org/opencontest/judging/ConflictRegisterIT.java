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
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetFixtures;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.internal.ConflictReason;
import org.opencontest.judging.internal.ConflictRegister;
import org.opencontest.judging.internal.ConflictStatus;
import org.opencontest.judging.internal.ConflictView;
import org.opencontest.judging.internal.JudgeDetail;
import org.opencontest.judging.internal.SheetProgress;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

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
    DatasetPublishing datasets;

    @Autowired
    ScoringFixtures scoringFixtures;

    @Autowired
    JudgeAssignments assignments;

    @Autowired
    JudgeScoring scoring;

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
    void aJudgeFromThePublisherOfTheContestsDataIsFlaggedForTheOrganiser() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), "Team " + UUID.randomUUID());
        // the fixture's publisher is "Shanghai Traffic Police"; the judge writes it differently
        as(organiser, () -> datasets.create(DatasetFixtures.metadata(DatasetFixtures.uniqueSlug("pub"),
                AccessTier.OPEN, Set.of(contest.id()))));
        JudgeDetail police = as(organiser, () -> panel.invite(contest.id(), new JudgeInput(
                "officer-" + UUID.randomUUID() + "@qq.com", "Officer Li", "shanghai traffic police.", Set.of(), 5)));
        as(organiser, () -> panel.invite(contest.id(), new JudgeInput(
                "prof-" + UUID.randomUUID() + "@qq.com", "Prof. Sun", "Tongji University", Set.of(), 5)));

        assertThat(as(organiser, () -> register.detect(contest.id()))).isEqualTo(1);

        assertThat(as(organiser, () -> register.conflicts(contest.id()))).singleElement().satisfies(conflict -> {
            assertThat(conflict.judgeId()).isEqualTo(police.id());
            assertThat(conflict.teamId()).isEqualTo(team.teamId());
            assertThat(conflict.reason()).isEqualTo(ConflictReason.DATASET_PUBLISHER);
            assertThat(conflict.evidence()).isEqualTo("Shanghai Traffic Police");
            assertThat(conflict.status()).isEqualTo(ConflictStatus.PENDING);
        });
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

    @Test
    void declaringIsRefusedToAnotherContestsOrganiserToJudgesForATeamAndToTeamMembers() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, contest.id(), "Team " + UUID.randomUUID());
        JudgeDetail judge = as(organiser, () -> panel.invite(contest.id(),
                new JudgeInput("j-" + UUID.randomUUID() + "@fudan.edu.cn", "Judge", null, Set.of(), 5)));

        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> register.declare(judge.id(), team.teamId(), "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> register.teams(contest.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(person(Role.JUDGE), () -> register.declare(judge.id(), team.teamId(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(leader, () -> register.declare(judge.id(), team.teamId(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(leader, () -> {
            register.declareMine(contest.id(), team.teamId(), "I judge myself");
            return null;
        })).isInstanceOf(NotFoundException.class);

        assertThat(as(organiser, () -> register.conflicts(contest.id()))).isEmpty();
        assertThat(as(organiser, () -> register.teams(contest.id()))).extracting(row -> row.id())
                .containsExactly(team.teamId());
    }

    @Test
    void aJudgeDeclaresByAssignedEntrySteppingBackWithoutNamingTheTeam() {
        Judging j = scoringFixtures.judging(clock.instant(), 1, 1, true, 2, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor assigned = j.judges().stream()
                .filter(judge -> !as(judge.principal(), scoring::myQueue).isEmpty()).findFirst().orElseThrow();
        JudgeActor other = j.judges().stream().filter(judge -> judge != assigned).findFirst().orElseThrow();
        long assignment = as(assigned.principal(), scoring::myQueue).get(0).assignmentId();

        assertRefused(assigned.principal(), () -> register.declareForAssignment(assignment, " "),
                "judging.recusal.error.reason");
        assertThatThrownBy(() -> as(other.principal(), () -> {
            register.declareForAssignment(assignment, "Not mine to declare");
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(j.leaders().get(0), () -> {
            register.declareForAssignment(assignment, "A team member");
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(as(j.organiser(), () -> register.conflicts(j.contestId()))).isEmpty();

        as(assigned.principal(), () -> {
            register.declareForAssignment(assignment, "I supervised this project");
            return null;
        });

        assertThat(as(assigned.principal(), scoring::myQueue)).singleElement()
                .satisfies(item -> assertThat(item.progress()).isEqualTo(SheetProgress.RECUSED));
        assertThat(as(j.organiser(), () -> register.conflicts(j.contestId()))).singleElement()
                .satisfies(conflict -> {
                    assertThat(conflict.judgeId()).isEqualTo(assigned.detail().id());
                    assertThat(conflict.teamName()).isEqualTo(j.versions().get(0).summary().teamName());
                    assertThat(conflict.reason()).isEqualTo(ConflictReason.DECLARED);
                    assertThat(conflict.status()).isEqualTo(ConflictStatus.BLOCKING);
                    assertThat(conflict.note()).isEqualTo("I supervised this project");
                });
    }
}
