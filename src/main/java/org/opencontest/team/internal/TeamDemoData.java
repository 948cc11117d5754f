package org.opencontest.team.internal;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.opencontest.account.UserDirectory;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo teams in the SODA 2026 contest for the default run: the organiser requires approval and asks two eligibility
 * questions; "Safe Streets Lab" (two members) is approved, "Heatwave Watch" (one member, the contest's minimum)
 * waits for approval and has an open invitation whose mail is in the admin Mailbox. Everything goes through the
 * team services as the demo users themselves, so the data obeys the same rules as real registrations. Skipped
 * when the contest already has registration settings (a second start) or its people are missing.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "opencontest.demo-data", havingValue = "true")
class TeamDemoData implements ApplicationRunner {

    static final String CONTEST = "soda-2026-city-safety";
    static final String INVITEE = "zhou.min@example.org";
    private static final Logger LOG = LoggerFactory.getLogger(TeamDemoData.class);

    private final TeamService teams;
    private final TeamInvitations invitations;
    private final RegistrationSetup setup;
    private final TeamReview review;
    private final RegistrationSettingsRepository settings;
    private final ContestService contests;
    private final UserDirectory users;

    TeamDemoData(TeamService teams, TeamInvitations invitations, RegistrationSetup setup, TeamReview review,
                 RegistrationSettingsRepository settings, ContestService contests, UserDirectory users) {
        this.teams = teams;
        this.invitations = invitations;
        this.setup = setup;
        this.review = review;
        this.settings = settings;
        this.contests = contests;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<ContestPage> contest = SystemIdentity.call(() -> {
            try {
                return Optional.of(contests.page(CONTEST));
            } catch (NotFoundException missing) {
                return Optional.empty();
            }
        });
        if (contest.isEmpty() || settings.findByContestId(contest.get().id()).isPresent()) {
            return;
        }
        Optional<AppPrincipal> organiser = person("organiser@example.org", Role.ORGANISER);
        Optional<AppPrincipal> liNa = person("participant@example.org", Role.PARTICIPANT);
        Optional<AppPrincipal> wangFang = person("participant2@example.org", Role.PARTICIPANT);
        Optional<AppPrincipal> maria = person("participant3@example.org", Role.PARTICIPANT);
        if (organiser.isEmpty() || liNa.isEmpty() || wangFang.isEmpty() || maria.isEmpty()) {
            LOG.info("Demo teams skipped: demo accounts missing");
            return;
        }
        load(contest.get(), organiser.get(), liNa.get(), wangFang.get(), maria.get());
        LOG.info("Demo teams loaded into {}", CONTEST);
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

    private Optional<AppPrincipal> person(String email, Role role) {
        return users.findIdByEmail(email).map(id -> new AppPrincipal(id, email,
                users.displayNames(List.of(id)).getOrDefault(id, email), "", EnumSet.of(role),
                users.localesByEmail(List.of(email)).getOrDefault(email, Locale.ENGLISH),
                ZoneId.of("Asia/Shanghai"), true, false));
    }
}
