package org.opencontest.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.account.AccountService;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.SignUpRequest;
import org.opencontest.account.internal.AccountAdministration;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.vote.VoteFixtures.VoteContest;
import org.opencontest.vote.internal.EntryChoice;
import org.opencontest.vote.internal.GalleryEntry;
import org.opencontest.vote.internal.PlannedVotes;
import org.opencontest.vote.internal.PollSpec;
import org.opencontest.vote.internal.PollState;
import org.opencontest.vote.internal.PollSummary;
import org.opencontest.vote.internal.VoteDesk;
import org.opencontest.vote.internal.Voting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A people's-choice vote planned while the contest has no entries (in its submission phase): it opens by itself when
 * its window starts, with the entries there are then (the scheduled job's work, run here after moving the clock); with
 * none, it stays shut and its organiser is told; only the contest's organisers and administrators plan and cancel.
 */
class PlannedVoteIT extends IntegrationTest {

    @Autowired
    VoteFixtures fixtures;
    @Autowired
    VoteDesk desk;
    @Autowired
    Voting voting;
    @Autowired
    PlannedVotes plannedVotes;
    @Autowired
    ContestService contests;
    @Autowired
    MovableClock clock;
    @Autowired
    RecordedMails mails;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContestSubmissions finals;

    @Test
    void aPlannedVoteOpensWhenItsWindowStartsWithTheEntriesOfThatMoment() {
        VoteContest contest = fixtures.plannable(person(Role.ORGANISER));
        fixtures.enter(contest, "Early entry");
        PhaseWindow judging = judging(contest);
        refused(() -> as(contest.organiser(), () -> desk.plan(contest.contestId(), new PollSpec(null,
                EntryChoice.ALL_FINAL, 1, 0, clock.instant().plusSeconds(3600), judging.closes()))),
                "vote.error.windowOutsidePhases");

        long poll = as(contest.organiser(), () -> desk.plan(contest.contestId(), spec(judging)));
        PollSummary planned = as(contest.organiser(), () -> desk.poll(poll));
        assertThat(planned.state()).isEqualTo(PollState.PLANNED);
        assertThat(planned.trackId()).as("the whole contest").isNull();
        assertThat(planned.entryCount()).as("no entries are taken when planning").isZero();
        assertThat(anonymously(() -> voting.plannedPolls(contest.contestId()))).singleElement()
                .satisfies(p -> assertThat(p.opensAt()).isEqualTo(judging.opens()));
        assertThat(anonymously(() -> voting.galleries(contest.contestId()))).isEmpty();

        fixtures.enter(contest, "Late entry");
        plannedVotes.openDue();
        assertThat(as(contest.organiser(), () -> desk.poll(poll)).state()).as("before its window")
                .isEqualTo(PollState.PLANNED);

        // other tests' planned votes may fall due too, so the counts are checked on this vote
        clock.advance(Duration.between(clock.instant(), judging.opens()).plusMinutes(1));
        assertThat(SystemIdentity.call(desk::plannedDue)).contains(poll);
        assertThat(SystemIdentity.call(() -> finals.finalVersions(contest.contestId()))).hasSize(2);
        boolean took = SystemIdentity.call(() -> desk.openPlanned(poll));
        assertThat(took).as("the job's work for this vote; now %s", as(contest.organiser(), () -> desk.poll(poll)))
                .isTrue();
        plannedVotes.openDue();

        PollSummary opened = as(contest.organiser(), () -> desk.poll(poll));
        assertThat(opened.state()).isEqualTo(PollState.OPEN);
        assertThat(opened.entryCount()).isEqualTo(2);
        AppPrincipal voter = fixtures.voter();
        List<GalleryEntry> gallery = fixtures.gallery(voter, contest.contestId(), poll);
        assertThat(gallery).extracting(entry -> entry.title().en())
                .containsExactlyInAnyOrder("Early entry", "Late entry");
        fixtures.cast(voter, gallery.get(0).id(), "198.51.100.7");
        assertThat(as(contest.organiser(), () -> desk.poll(poll)).ballots()).isEqualTo(1);
        assertThat(anonymously(() -> voting.plannedPolls(contest.contestId()))).isEmpty();
        assertThat(logKinds(contest.contestId())).containsSubsequence("VOTE_PLANNED", "VOTE_OPENED");
    }

    @Test
    void withoutEntriesAtItsStartAPlannedVoteStaysShutAndItsOrganiserIsTold() {
        AppPrincipal organiser = organiserWithAccount();
        VoteContest contest = fixtures.plannable(organiser);
        PhaseWindow judging = judging(contest);
        long poll = as(organiser, () -> desk.plan(contest.contestId(), spec(judging)));

        clock.advance(Duration.between(clock.instant(), judging.opens()).plusMinutes(1));
        plannedVotes.openDue();

        assertThat(as(organiser, () -> desk.poll(poll)).state()).isEqualTo(PollState.NOT_OPENED);
        assertThat(anonymously(() -> voting.galleries(contest.contestId()))).isEmpty();
        assertThat(anonymously(() -> voting.plannedPolls(contest.contestId()))).isEmpty();
        assertThat(mails.to(organiser.email(), "vote.planned-not-opened")).singleElement().satisfies(mail -> {
            assertThat(mail.model()).containsEntry("vote", Long.toString(poll))
                    .containsEntry("link", "http://localhost:8080/organise/votes/" + contest.contestId());
            assertThat(mail.model().get("reason")).isEqualTo("there were no entries of the chosen kind (All final "
                    + "entries) to put to the vote");
            assertThat(mail.model().get("opens")).as("in the contest's zone and the organiser's")
                    .contains("(" + anonymously(() -> contests.page(contest.contestId())).zone().getId() + ")",
                            "(America/New_York)");
        });
        plannedVotes.openDue();
        assertThat(mails.to(organiser.email(), "vote.planned-not-opened")).as("told once").hasSize(1);
        assertThat(logKinds(contest.contestId())).containsSubsequence("VOTE_PLANNED", "VOTE_NOT_OPENED")
                .doesNotContain("VOTE_OPENED");
    }

    @Test
    void onlyTheContestsOrganisersAndAdministratorsPlanAndCancelAndACancelledVoteNeverOpens() {
        VoteContest contest = fixtures.plannable(person(Role.ORGANISER));
        fixtures.enter(contest, "Entry");
        PhaseWindow judging = judging(contest);
        PollSpec spec = spec(judging);
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> desk.plan(contest.contestId(), spec)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> desk.plan(contest.contestId(), spec)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anonymously(() -> desk.plan(contest.contestId(), spec)))
                .isInstanceOf(AccessDeniedException.class);

        long poll = as(contest.organiser(), () -> desk.plan(contest.contestId(), spec));
        refused(() -> as(contest.organiser(), () -> {
            desk.close(poll);
            return null;
        }), "vote.error.cancelPlanned");
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> {
            desk.cancel(poll);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> {
            desk.cancel(poll);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(contest.organiser(), desk::plannedDue)).isInstanceOf(AccessDeniedException.class);

        as(person(Role.ADMIN), () -> {
            desk.cancel(poll);
            return null;
        });
        refused(() -> as(contest.organiser(), () -> {
            desk.cancel(poll);
            return null;
        }), "vote.error.notPlanned");
        clock.advance(Duration.between(clock.instant(), judging.opens()).plusMinutes(1));
        plannedVotes.openDue();
        assertThat(as(contest.organiser(), () -> desk.poll(poll)).state()).isEqualTo(PollState.CANCELLED);
        assertThat(anonymously(() -> voting.galleries(contest.contestId()))).isEmpty();
        assertThat(logKinds(contest.contestId())).containsSubsequence("VOTE_PLANNED", "VOTE_CANCELLED")
                .doesNotContain("VOTE_OPENED");
    }

    // ----- helpers ------------------------------------------------------------------------------------------------

    private PhaseWindow judging(VoteContest contest) {
        return anonymously(() -> contests.page(contest.contestId())).timeline().phases().stream()
                .filter(phase -> phase.kind() == PhaseKind.JUDGING).findFirst().orElseThrow();
    }

    private static PollSpec spec(PhaseWindow judging) {
        return new PollSpec(null, EntryChoice.ALL_FINAL, 1, 0, judging.opens(), judging.closes());
    }

    private List<String> logKinds(long contestId) {
        return jdbc.queryForList("SELECT kind FROM judging_log WHERE contest_id = ? ORDER BY sequence", String.class,
                contestId);
    }

    /** An organiser with an account (in New York), so that a mail can reach them. */
    private AppPrincipal organiserWithAccount() {
        String email = "planner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ZoneId zone = ZoneId.of("America/New_York");
        long id = accounts.signUp(new SignUpRequest(email, "Planner", "OpenContest", VoteFixtures.PASSWORD,
                VoteFixtures.PASSWORD, Locale.ENGLISH, zone));
        as(person(Role.ADMIN), () -> administration.updateAccess(id, administration.get(id).version(),
                EnumSet.of(Role.ORGANISER), true));
        return new AppPrincipal(id, email, "Planner", "", EnumSet.of(Role.ORGANISER), Locale.ENGLISH, zone, true,
                false);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(key));
    }
}
