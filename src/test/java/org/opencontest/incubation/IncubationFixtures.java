package org.opencontest.incubation;

import java.util.List;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.opencontest.account.AccountService;
import org.opencontest.account.internal.AccountAdministration;
import org.opencontest.account.SignUpRequest;
import org.opencontest.account.internal.UserSummary;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.team.TeamService;
import org.springframework.stereotype.Component;

/**
 * Incubation projects for tests, built through the real services: a contest whose team submitted a final version
 * (no judging needed: the organiser selects the entry), an incubator organisation with a real INCUBATOR account,
 * and the project the team accepted. A test component (found by scanning, like {@code RecordedMails}), so the
 * shared test context is not forked.
 */
@Component
public class IncubationFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final IncubationProjects projects;
    private final IncubatorOrganisations organisations;
    private final ContestService contests;
    private final TeamService teams;
    private final SubmissionDrafts drafts;
    private final PackageSubmission submitting;
    private final AccountService accounts;
    private final AccountAdministration administration;
    private final Clock clock;

    IncubationFixtures(IncubationProjects projects, IncubatorOrganisations organisations, ContestService contests,
                       TeamService teams, SubmissionDrafts drafts, PackageSubmission submitting,
                       AccountService accounts,
                       AccountAdministration administration, Clock clock) {
        this.projects = projects;
        this.organisations = organisations;
        this.contests = contests;
        this.teams = teams;
        this.drafts = drafts;
        this.submitting = submitting;
        this.accounts = accounts;
        this.administration = administration;
        this.clock = clock;
    }

    /** Today in the contests' zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    /** A fresh entry and incubator, the project reporting monthly from {@code cadenceStart}. */
    public Setup setUp(String title, LocalDate cadenceStart, boolean accept) {
        return project(submittedEntry(title), incubatorAccount(), cadenceStart, accept);
    }

    /** @param memberId the incubator's membership in the organisation */
    public record Setup(Scenario entry, AppPrincipal incubator, long orgId, long memberId, ProjectSummary project) {

        public long projectId() {
            return project.id();
        }
    }

    /** An account with the INCUBATOR role (a real row: organisations accept only such accounts). */
    public AppPrincipal incubatorAccount() {
        String email = "incubator-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = accounts.signUp(new SignUpRequest(email, "Chen Jing 陈静", "Guiyang Big Data Incubator",
                "river-levels-2027", "river-levels-2027", Locale.ENGLISH, SHANGHAI));
        AppPrincipal admin = person(Role.ADMIN);
        as(admin, () -> {
            UserSummary user = administration.get(id);
            return administration.updateAccess(id, user.version(), EnumSet.of(Role.INCUBATOR), true);
        });
        return new AppPrincipal(id, email, "Chen Jing 陈静", "", EnumSet.of(Role.INCUBATOR), Locale.ENGLISH, SHANGHAI,
                true, false);
    }

    /** A team with a submitted final version in a fresh contest. */
    public Scenario submittedEntry(String title) {
        Scenario scenario = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(scenario.member(), () -> {
            drafts.upload(scenario.contestId(), SubmissionFixtures.pdf(), "proposal.pdf", clock.instant());
            PackageState state = drafts.myPackage(scenario.contestId());
            drafts.saveDraft(scenario.contestId(), state.version(), new PackageInput(state.input().trackId(),
                    title, "标题", "Abstract", null, List.of(), "Bus GPS 2025", "https://demo.example.org", null, null));
            return submitting.submit(scenario.contestId(), UUID.randomUUID().toString());
        });
        return scenario;
    }

    /**
     * The entry taken into incubation by its organiser, reporting monthly from {@code cadenceStart}, with one
     * responsible incubator; the team leader has accepted unless {@code accept} is false.
     */
    public Setup project(Scenario entry, AppPrincipal incubator, LocalDate cadenceStart, boolean accept) {
        AppPrincipal admin = person(Role.ADMIN);
        IncubatorOrgView org = as(admin, () -> organisations.create(new LocalizedText("Guiyang Big Data Incubator",
                "贵阳大数据孵化器")));
        IncubatorOrgView.Incubator member = as(admin, () -> organisations.addMember(org.id(), incubator.email()));
        ProjectSummary started = as(entry.organiser(), () -> projects.start(new NewProject(entry.contestId(),
                entry.teamId(), org.id(), Set.of(member.memberId()), Cadence.MONTHLY, cadenceStart)));
        ProjectSummary project = !accept ? started : as(entry.leader(), () -> projects.answerConsent(started.id(),
                started.version(), true, true, true, "Bus bunching predicted ten minutes ahead.")).summary();
        return new Setup(entry, incubator, org.id(), member.memberId(), project);
    }
}
