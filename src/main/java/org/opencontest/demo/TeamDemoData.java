package org.opencontest.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.Enrolment;
import org.opencontest.team.QuestionKind;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.RegistrationSetup;
import org.opencontest.team.TeamInvitations;
import org.opencontest.team.TeamRegistration;
import org.opencontest.team.TeamReview;
import org.opencontest.team.TeamService;
import org.opencontest.team.TeamSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo teams in the SODA 2026 contest: the organiser requires approval and asks two eligibility questions; "Safe
 * Streets Lab" (two members) is approved, "Heatwave Watch" (one member, the contest's minimum) waits for approval
 * and has an open invitation whose mail is in the admin Mailbox. Everything goes through the team services as the
 * demo users themselves, so the data obeys the same rules as real registrations. Skipped when the contest already
 * has teams (a second start) or its people are missing.
 */
@Component
class TeamDemoData {

    private static final String INVITEE = "zhou.min@example.org";
    private static final Logger LOG = LoggerFactory.getLogger(TeamDemoData.class);

    private final TeamService teams;
    private final TeamInvitations invitations;
    private final RegistrationSetup setup;
    private final TeamReview review;
    private final ContestService contests;
    private final DemoPeople people;

    TeamDemoData(TeamService teams, TeamInvitations invitations, RegistrationSetup setup, TeamReview review,
                 ContestService contests, DemoPeople people) {
        this.teams = teams;
        this.invitations = invitations;
        this.setup = setup;
        this.review = review;
        this.contests = contests;
        this.people = people;
    }

    void load() {
        Optional<ContestPage> contest = SystemIdentity.call(() -> {
            try {
                return Optional.of(contests.page(ContestDemoData.SODA_2026));
            } catch (NotFoundException missing) {
                return Optional.empty();
            }
        });
        if (contest.isEmpty()) {
            return;
        }
        Optional<AppPrincipal> organiser = people.find(DemoAccounts.ORGANISER);
        Optional<AppPrincipal> liNa = people.find(DemoAccounts.PARTICIPANTS.get(0));
        Optional<AppPrincipal> wangFang = people.find(DemoAccounts.PARTICIPANTS.get(1));
        Optional<AppPrincipal> maria = people.find(DemoAccounts.PARTICIPANTS.get(2));
        if (organiser.isEmpty() || liNa.isEmpty() || wangFang.isEmpty() || maria.isEmpty()) {
            LOG.info("Demo teams skipped: demo accounts missing");
            return;
        }
        if (SystemIdentity.call(() -> setup.overview(contest.get().id())).total() > 0) {
            return;
        }
        load(contest.get(), organiser.get(), liNa.get(), wangFang.get(), maria.get());
        LOG.info("Demo teams loaded into {}", ContestDemoData.SODA_2026);
    }

    private void load(ContestPage contest, AppPrincipal organiser, AppPrincipal liNa, AppPrincipal wangFang,
                      AppPrincipal maria) {
        long id = contest.id();
        SystemIdentity.callAs(organiser, () -> setup.saveRegistration(new TeamSettings(id, 0, true, false, null, null,
                "2026.1"), List.of(
                new EligibilityQuestion(null, QuestionKind.YES_NO, "I am 18 years or older.", "我已年满 18 周岁。",
                        List.of(), true, QuestionKind.YES),
                new EligibilityQuestion(null, QuestionKind.YES_NO, "Are you a student?", "你是在校学生吗？",
                        List.of(), false, null))));
        List<EligibilityQuestion> questions = SystemIdentity.callAs(organiser, () -> setup.overview(id)).questions();
        long adult = questions.get(0).id();
        long student = questions.get(1).id();

        RegisteredTeam streets = SystemIdentity.callAs(wangFang, () -> teams.register(id, new TeamRegistration("Safe Streets Lab",
                "We map crash hot spots around schools and suggest safer walking routes.",
                contest.tracks().get(0).id(), false), new Enrolment(Map.of(adult, "YES", student, "NO"), true)));
        SystemIdentity.callAs(maria, () -> teams.joinByCode(streets.inviteCode(),
                new Enrolment(Map.of(adult, "YES", student, "YES"), true)));
        SystemIdentity.callAs(organiser, () -> review.approve(streets.teamId(),
                review.detail(streets.teamId()).version()));

        RegisteredTeam heat = SystemIdentity.callAs(liNa, () -> teams.register(id, new TeamRegistration("Heatwave Watch",
                "Early heat warnings for elderly residents living alone.", contest.tracks().get(1).id(), false),
                new Enrolment(Map.of(adult, "YES", student, "YES"), true)));
        SystemIdentity.callAs(liNa, () -> invitations.invite(heat.teamId(), INVITEE));
    }
}
