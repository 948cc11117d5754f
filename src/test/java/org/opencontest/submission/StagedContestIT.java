package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.submission.SubmissionFixtures.pdf;
import static org.opencontest.submission.SubmissionFixtures.zip;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeQueueItem;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.JudgingFixtures;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RankingReport;
import org.opencontest.judging.RankingRow;
import org.opencontest.judging.Rankings;
import org.opencontest.judging.ResultsFixtures;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.internal.FeedbackReport;
import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.judging.internal.LogLink;
import org.opencontest.judging.internal.LogLinkRepository;
import org.opencontest.judging.internal.TeamFeedback;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.Localizable;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.StageAdministration;
import org.opencontest.submission.internal.StageDefinition;
import org.opencontest.submission.internal.StageEntry;
import org.opencontest.submission.internal.StagePlan;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.support.ThrowawayPostgres;
import org.opencontest.team.Enrolment;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Staged contests against PostgreSQL, the object store and real teams: each stage's window, rules, quota and late
 * policy; only shortlisted teams enter the next stage; manual additions need a reason and land in the judging log;
 * and the migration turns a contest of before stages into a single-stage one.
 */
class StagedContestIT extends IntegrationTest {

    @Autowired SubmissionDrafts drafts;
    @Autowired PackageSubmission submitting;
    @Autowired StageAdministration stages;
    @Autowired ContestService contests;
    @Autowired TeamService teams;
    @Autowired MovableClock clock;
    @Autowired LogLinkRepository logLinks;
    @Autowired JudgingLog judgingLog;
    @Autowired WebApplicationContext web;
    @Autowired JudgingSetup setup;
    @Autowired JudgeAssignments assignments;
    @Autowired JudgeScoring scoring;
    @Autowired Rankings rankings;
    @Autowired ScoringFixtures scoringFixtures;
    @Autowired TeamFeedback teamFeedback;
    @Autowired StageFeedback stageFeedback;

    Scenario s;
    /** The scenario's phases start from this minute: submission runs from a day ago to ten days ahead. */
    Instant day;

    @BeforeEach
    void setUp() {
        day = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
    }

    @Test
    void eachStageHasItsOwnWindowTypesQuotaAndLatePolicy() {
        as(s.organiser(), () -> stages.save(s.contestId(), ideaAndPrototype(null)));

        refused(() -> upload(s.member(), zip(), "source.zip"), "submission.error.typeNotAllowed");
        VersionDetail idea = submit(s.member(), "Idea");
        refused(() -> submit(s.member(), "Idea again"), "submission.error.quotaTotal");
        as(s.organiser(), () -> {
            stages.shortlist(s.contestId(), 1, s.teamId());
            return null;
        });

        clock.advance(Duration.ofDays(3)); // between the stages: the idea stage has closed and refuses late work
        refused(() -> submit(s.member(), "Too late for ideas"), "submission.error.deadlinePassed");

        clock.advance(Duration.ofDays(2)); // the prototype stage is open, with its own types and quota
        upload(s.member(), zip(), "source.zip");
        VersionDetail prototype = submit(s.member(), "Prototype");
        clock.advance(Duration.ofDays(4).plusHours(1)); // an hour after the prototype stage closed: flagged late
        VersionDetail late = submit(s.member(), "Prototype, late");

        assertThat(List.of(idea, prototype, late)).extracting(v -> v.summary().late()).containsExactly(false, false, true);
        assertThat(as(s.organiser(), () -> stages.entries(s.contestId(), 1, 0, 10)))
                .extracting(StageEntry::teamId, StageEntry::versions, StageEntry::shortlisted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s.teamId(), 1L, true));
        assertThat(as(s.organiser(), () -> stages.entries(s.contestId(), 2, 0, 10)))
                .extracting(StageEntry::versions, StageEntry::late).containsExactly(org.assertj.core.groups.Tuple.tuple(2L, true));
    }

    @Test
    void onlyTeamsShortlistedFromAStageMaySubmitInTheNextOne() {
        as(s.organiser(), () -> stages.save(s.contestId(), ideaAndPrototype(1)));
        Team other = secondTeam();
        submit(s.member(), "Ours");
        submit(other.member(), "Theirs");

        as(s.organiser(), () -> {
            stages.shortlist(s.contestId(), 1, s.teamId());
            stages.shortlist(s.contestId(), 1, s.teamId()); // a double click changes nothing
            return null;
        });
        refused(() -> as(s.organiser(), () -> {
            stages.shortlist(s.contestId(), 1, other.teamId());
            return null;
        }), "submission.shortlist.error.full");
        refused(() -> as(s.organiser(), () -> {
            stages.shortlist(s.contestId(), 2, s.teamId());
            return null;
        }), "submission.shortlist.error.lastStage");

        clock.advance(Duration.ofDays(5));
        assertThatThrownBy(() -> submit(other.member(), "Theirs, prototype"))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("submission.error.notShortlisted");
                    assertThat(((Localizable) refusal.getArguments()[0]).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("创意");
                    assertThat(((Localizable) refusal.getArguments()[1]).in(Locale.ENGLISH)).isEqualTo("Prototype");
                });
        refused(() -> upload(other.member(), zip(), "source.zip"), "submission.error.notShortlisted");
        upload(s.member(), zip(), "source.zip");
        assertThat(submit(s.member(), "Ours, prototype").summary().number()).isEqualTo(2);
    }

    @Test
    void aStageRoundJudgesOnlyThatStagesVersionsAndItsRankingShortlistsTheTopIntoTheNextStage() {
        Team other = twoIdeasSubmitted();
        RubricDetail rubric = as(s.organiser(), () -> setup.createRubric(s.contestId(), JudgingFixtures.rubric()));
        RoundInput base = JudgingFixtures.round(rubric.id(), "Idea round");
        refused(() -> as(s.organiser(), () -> setup.createRound(s.contestId(), base.withStage(3))),
                "judging.round.error.stage");
        RoundDetail ideaRound = ideaRound(rubric);
        RoundDetail prototypeRound = as(s.organiser(), () -> setup.createRound(s.contestId(), new RoundInput(
                new LocalizedText("Prototype round", "原型轮"), rubric.id(), false, 1, null, null, base.aggregation(),
                null, 2)));
        refused(() -> as(s.organiser(), () -> assignments.assign(prototypeRound.id())),
                "judging.assignment.error.noStageSubmissions");
        ScoringFixtures.JudgeActor judge = scoringFixtures.judge(s.contestId(), s.organiser(), "Stage judge", 10);
        as(s.organiser(), () -> assignments.assign(ideaRound.id()));
        ResultsFixtures.score(scoring, judge.principal(), ideaRound.id(), "Ours", 3, 9, "Strong idea", null);
        ResultsFixtures.score(scoring, judge.principal(), ideaRound.id(), "Theirs", 1, 2, "Thin idea", null);

        RankingReport ranked = as(s.organiser(), () -> rankings.advance(ideaRound.id()));
        as(s.organiser(), () -> rankings.advance(ideaRound.id())); // a double click shortlists nobody twice
        assertThat(ranked.nextStage().en()).isEqualTo("Prototype");
        assertThat(ranked.rows()).extracting(row -> row.title().en(), RankingRow::advanced)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ours", true),
                        org.assertj.core.groups.Tuple.tuple("Theirs", false));
        assertThat(as(s.organiser(), () -> stages.entries(s.contestId(), 1, 0, 10)))
                .extracting(StageEntry::teamId, StageEntry::shortlisted)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(s.teamId(), true),
                        org.assertj.core.groups.Tuple.tuple(other.teamId(), false));
        assertThat(logLinks.findByContestIdOrderBySequence(s.contestId())).extracting(LogLink::getKind)
                .containsSubsequence("STAGE_ADVANCEMENT", "SHORTLIST").doesNotContain("SHORTLIST_MANUAL")
                .filteredOn("SHORTLIST"::equals).hasSize(1);
        assertThat(as(s.organiser(), () -> judgingLog.verify(s.contestId())).intact()).isTrue();

        clock.advance(Duration.ofDays(5));
        refused(() -> submit(other.member(), "Theirs, prototype"), "submission.error.notShortlisted");
        upload(s.member(), zip(), "source.zip");
        submit(s.member(), "Ours, prototype");
        as(s.organiser(), () -> assignments.assign(prototypeRound.id()));
        assertThat(as(judge.principal(), () -> scoring.myQueue()))
                .as("the prototype round's judge sees the prototype only, the idea round keeps the ideas")
                .extracting(JudgeQueueItem::roundId, item -> item.entryTitle().en())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ideaRound.id(), "Ours"),
                        org.assertj.core.groups.Tuple.tuple(ideaRound.id(), "Theirs"),
                        org.assertj.core.groups.Tuple.tuple(prototypeRound.id(), "Ours, prototype"));

        ContestStages.StageFunnel funnel = as(s.organiser(), () -> stages.funnel(s.contestId()));
        assertThat(funnel.registeredTeams()).isEqualTo(2);
        assertThat(funnel.steps()).extracting(step -> step.name().zh(), ContestStages.StageFunnelStep::submitted,
                        ContestStages.StageFunnelStep::shortlisted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("创意", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("原型", 1L, 0L));
    }

    @Test
    void theJudgesFeedbackOnAStageReachesItsTeamsOnlyOnceTheOrganiserReleasesIt() {
        Team other = twoIdeasSubmitted();
        RoundDetail ideaRound = ideaRound(as(s.organiser(), () -> setup.createRubric(s.contestId(),
                JudgingFixtures.rubric())));
        ScoringFixtures.JudgeActor judge = scoringFixtures.judge(s.contestId(), s.organiser(), "Stage judge", 10);
        as(s.organiser(), () -> assignments.assign(ideaRound.id()));
        ResultsFixtures.score(scoring, judge.principal(), ideaRound.id(), "Ours", 3, 9, "Strong idea", "private");
        ResultsFixtures.score(scoring, judge.principal(), ideaRound.id(), "Theirs", 1, 2, "Thin idea", "private");
        as(s.organiser(), () -> {
            stages.shortlist(s.contestId(), 1, s.teamId());
            return null;
        });
        clock.advance(Duration.ofDays(5));

        FeedbackReport withheld = as(other.member(), () -> teamFeedback.myFeedback(s.slug()));
        assertThat(withheld.published()).isFalse();
        assertThat(withheld.rounds()).as("nothing before the results or a release").isEmpty();
        assertThat(feedbackNote(other.member())).isEqualTo(
                "The organisers have not released the judges’ feedback on “Idea” to the teams; once they do, it "
                        + "appears on the contest’s feedback page.");

        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> {
            stages.releaseFeedback(s.contestId(), 1, true);
            return null;
        })).as("another organiser's contest").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.member(), () -> {
            stages.releaseFeedback(s.contestId(), 1, true);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(s.organiser(), () -> {
            stages.releaseFeedback(s.contestId(), 3, true);
            return null;
        })).as("no such stage").isInstanceOf(NotFoundException.class);
        as(s.organiser(), () -> {
            stages.releaseFeedback(s.contestId(), 1, true);
            return null;
        });
        // the stage editor's save keeps the release
        as(s.organiser(), () -> stages.save(s.contestId(), stages.plan(s.contestId()).stages().stream()
                .map(StagePlan.Stage::definition).toList()));

        FeedbackReport released = as(other.member(), () -> teamFeedback.myFeedback(s.slug()));
        assertThat(released.published()).isFalse();
        assertThat(released.rounds()).singleElement().satisfies(round -> {
            assertThat(round.name().en()).isEqualTo("Idea round");
            assertThat(round.score()).as("scores come only with the results").isNull();
            assertThat(round.sheets()).singleElement().satisfies(sheet -> {
                assertThat(sheet.teamComment()).isEqualTo("Thin idea");
                assertThat(sheet.score()).isNull();
                assertThat(sheet.comments()).extracting(FeedbackReport.CriterionComment::comment)
                        .contains("On innovation: Theirs").doesNotContain("private");
            });
        });
        assertThat(as(s.member(), () -> teamFeedback.myFeedback(s.slug())).rounds().get(0).sheets())
                .extracting(FeedbackReport.Sheet::teamComment).containsExactly("Strong idea");
        assertThat(as(other.member(), () -> stageFeedback.releasedFeedbackStages(s.contestId()))).containsExactly(1);
        assertThat(feedbackNote(other.member()))
                .isEqualTo("The judges’ feedback on your “Idea” entry is on the contest’s feedback page.");

        as(s.organiser(), () -> {
            stages.releaseFeedback(s.contestId(), 1, false);
            return null;
        });
        assertThat(as(other.member(), () -> teamFeedback.myFeedback(s.slug())).rounds()).isEmpty();
    }

    /** The note on the feedback inside the server's refusal of a team not shortlisted, in English. */
    private String feedbackNote(AppPrincipal member) {
        try {
            submit(member, "Theirs, prototype");
        } catch (UserFacingException refusal) {
            assertThat(refusal.getMessageKey()).isEqualTo("submission.error.notShortlisted");
            return ((Localizable) refusal.getArguments()[2]).in(Locale.ENGLISH);
        }
        throw new AssertionError("a team not shortlisted submitted in the next stage");
    }

    @Test
    void aShortlistFromARankingMustFitTheStagesShortlistSize() {
        as(s.organiser(), () -> stages.save(s.contestId(), ideaAndPrototype(1)));
        Team other = secondTeam();
        submit(s.member(), "Ours");
        submit(other.member(), "Theirs");
        refused(() -> as(s.organiser(), () -> stages.shortlistRanked(s.contestId(), 1,
                List.of(s.teamId(), other.teamId()))), "submission.shortlist.error.rankedFull");
        assertThat(logLinks.findByContestIdOrderBySequence(s.contestId())).as("nothing changed").isEmpty();
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> stages.shortlistRanked(s.contestId(), 1,
                List.of(s.teamId())))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTeamAddedByHandNeedsAReasonAndTheAdditionIsInTheJudgingLog() {
        as(s.organiser(), () -> stages.save(s.contestId(), ideaAndPrototype(1)));
        Team other = secondTeam();
        refused(() -> as(s.organiser(), () -> {
            stages.shortlist(s.contestId(), 1, other.teamId());
            return null;
        }), "submission.shortlist.error.noEntry");
        refused(() -> as(s.organiser(), () -> {
            stages.addByHand(s.contestId(), 1, other.teamId(), "  ");
            return null;
        }), "submission.shortlist.error.reason");
        assertThat(logLinks.findByContestIdOrderBySequence(s.contestId())).as("a refusal writes nothing").isEmpty();

        as(s.organiser(), () -> {
            stages.addByHand(s.contestId(), 1, other.teamId(), "Upload failed in the data centre outage");
            return null;
        });
        refused(() -> as(s.organiser(), () -> {
            stages.addByHand(s.contestId(), 1, other.teamId(), "Again");
            return null;
        }), "submission.shortlist.error.already");

        List<LogLink> log = logLinks.findByContestIdOrderBySequence(s.contestId());
        assertThat(log).extracting(LogLink::getKind).containsExactly("SHORTLIST_MANUAL");
        assertThat(log.get(0).toLink().entry()).contains("\"reason\":\"Upload failed in the data centre outage\"")
                .contains("\"team\":" + other.teamId()).contains("\"stage\":1");
        assertThat(as(s.organiser(), () -> judgingLog.verify(s.contestId())).intact()).isTrue();
        clock.advance(Duration.ofDays(5));
        upload(other.member(), zip(), "source.zip");
        assertThat(submit(other.member(), "Theirs, prototype").summary().late()).isFalse();
    }

    @Test
    void theCalendarFeedShowsEveryStageOfAStagedContest() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        String single = mvc.perform(get("/api/public/contests/{slug}/timeline.ics", s.slug()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(single).as("a single stage is the submission phase already there").doesNotContain("-stage-");

        as(s.organiser(), () -> stages.save(s.contestId(), ideaAndPrototype(null)));
        String chinese = mvc.perform(get("/api/public/contests/{slug}/timeline.ics", s.slug()).param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese.split("BEGIN:VEVENT", -1)).hasSize(1 + 3 + 2);
        assertThat(chinese).contains("UID:contest-" + s.contestId() + "-stage-1@opencontest")
                .contains("UID:contest-" + s.contestId() + "-stage-2@opencontest").contains("：创意").contains("：原型")
                .contains("DTSTART:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                        .format(day.plus(Duration.ofDays(4))));
    }

    @Test
    void badStagesAreRefusedNamingTheStageAndChangeNothing() {
        StagePlan before = as(s.organiser(), () -> stages.plan(s.contestId()));
        List<StageDefinition> good = ideaAndPrototype(null);
        StageDefinition prototype = good.get(1);

        refused(() -> saveStages(List.of(good.get(0), new StageDefinition(2, prototype.name(), prototype.opens(),
                day.plus(Duration.ofDays(12)), null, prototype.rules()))), "submission.stage.error.outsidePhase");
        refused(() -> saveStages(List.of(good.get(0), new StageDefinition(2, prototype.name(),
                day.plus(Duration.ofDays(1)), prototype.closes(), null, prototype.rules()))), "submission.stage.error.order");
        refused(() -> saveStages(List.of(good.get(0), new StageDefinition(2, new LocalizedText("Prototype", ""),
                prototype.opens(), prototype.closes(), null, prototype.rules()))), "submission.stage.error.name");
        refused(() -> saveStages(List.of(good.get(0), new StageDefinition(2, prototype.name(), prototype.opens(),
                null, null, prototype.rules()))), "submission.stage.error.window");

        StagePlan after = as(s.organiser(), () -> stages.plan(s.contestId()));
        assertThat(after.stages()).hasSize(1);
        assertThat(after.stages().get(0)).isEqualTo(before.stages().get(0));
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> stages.plan(s.contestId())))
                .as("another organiser's contest").isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMigrationTurnsAContestOfBeforeStagesIntoOneStageWithItsWindowAndRules() throws Exception {
        String database = ThrowawayPostgres.fresh();
        // the schema just before stages: every migration up to the last one before V310
        MigrationVersion beforeStages = Arrays.stream(flyway(database).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.compareTo(MigrationVersion.fromVersion("310")) < 0)
                .max(Comparator.naturalOrder()).orElseThrow();
        flyway(database).target(beforeStages).load().migrate();
        Instant opens = Instant.parse("2025-03-01T00:00:00Z");
        Instant closes = Instant.parse("2025-04-01T10:00:00Z");
        try (Connection db = DriverManager.getConnection(database, "postgres", "");
             Statement sql = db.createStatement()) {
            // the submission module's tables only: they hold the contest's id without a foreign key
            sql.execute("INSERT INTO submission_rules (contest_id, allowed_types, max_file_bytes, max_package_bytes,"
                    + " max_files, quota_per_day, quota_total, late_policy, grace_seconds) VALUES"
                    + " (7, 'application/pdf', 1048576, 2097152, 3, 2, 4, 'ACCEPT_FLAGGED', 600)");
            sql.execute("INSERT INTO submission_package (id, contest_id, team_id, team_name, created_at, updated_at)"
                    + " VALUES (70, 7, 700, 'Old team', NOW(), NOW())");
            sql.execute("INSERT INTO submission_version (package_id, origin_package_id, contest_id, team_id, number,"
                    + " submitted_at, submitted_by, late, file_count, total_bytes, request_key, receipt_text,"
                    + " receipt_signature) VALUES (70, 70, 7, 700, 1, NOW(), 1, FALSE, 0, 0, 'k', 'r', 's')");
        }

        flyway(database).load().migrate();

        try (Connection db = DriverManager.getConnection(database, "postgres", "");
             Statement sql = db.createStatement();
             ResultSet stage = sql.executeQuery("SELECT position, name_en, opens_at, closes_at, shortlist_size,"
                     + " allowed_types, quota_total, late_policy, grace_seconds FROM submission_stage WHERE contest_id = 7")) {
            assertThat(stage.next()).isTrue();
            assertThat(stage.getInt("position")).isEqualTo(1);
            assertThat(stage.getString("name_en")).isNull();
            assertThat(stage.getObject("opens_at")).as("the stage follows the submission phase").isNull();
            assertThat(stage.getObject("closes_at")).isNull();
            assertThat(stage.getObject("shortlist_size")).isNull();
            assertThat(stage.getString("allowed_types")).isEqualTo("application/pdf");
            assertThat(stage.getInt("quota_total")).isEqualTo(4);
            assertThat(stage.getString("late_policy")).isEqualTo("ACCEPT_FLAGGED");
            assertThat(stage.getLong("grace_seconds")).isEqualTo(600);
            assertThat(stage.next()).as("exactly one stage").isFalse();
            try (ResultSet version = db.createStatement().executeQuery(
                    "SELECT stage FROM submission_version WHERE package_id = 70")) {
                assertThat(version.next()).isTrue();
                assertThat(version.getInt("stage")).isEqualTo(1);
            }
        }
        // read back as the application does: one stage whose window is the contest's submission phase
        StagePlan plan = StagePlan.of(List.of(new StageDefinition(1, null, null, null, null, SubmissionRules.DEFAULTS)),
                Optional.of(new PhaseWindow(PhaseKind.SUBMISSION, opens, closes)));
        assertThat(plan.isStaged()).isFalse();
        assertThat(plan.current(opens).opens()).isEqualTo(opens);
        assertThat(plan.current(opens).closes()).isEqualTo(closes);
    }

    // ----- helpers ----------------------------------------------------------------------------------------------

    /** Idea: PDF only, one version, no late work; prototype: PDF and ZIP, two versions, late work flagged. */
    private List<StageDefinition> ideaAndPrototype(Integer shortlistSize) {
        SubmissionRules ideaRules = new SubmissionRules(Set.of("application/pdf"), 10 * SubmissionRules.MIB,
                20 * SubmissionRules.MIB, 3, 1, 1, LatePolicy.REJECT, Duration.ZERO, 0);
        SubmissionRules prototypeRules = new SubmissionRules(Set.of("application/pdf", "application/zip"),
                10 * SubmissionRules.MIB, 20 * SubmissionRules.MIB, 5, 2, 2, LatePolicy.ACCEPT_FLAGGED, Duration.ZERO, 0);
        return List.of(
                new StageDefinition(1, new LocalizedText("Idea", "创意"), day.minus(Duration.ofDays(1)),
                        day.plus(Duration.ofDays(2)), shortlistSize, ideaRules),
                new StageDefinition(2, new LocalizedText("Prototype", "原型"), day.plus(Duration.ofDays(4)),
                        day.plus(Duration.ofDays(9)), null, prototypeRules));
    }

    private static FluentConfiguration flyway(String database) {
        return Flyway.configure().dataSource(database, "postgres", "").locations("classpath:db/migration");
    }

    private void saveStages(List<StageDefinition> definitions) {
        as(s.organiser(), () -> stages.save(s.contestId(), definitions));
    }

    private record Team(long teamId, AppPrincipal member) {
    }

    /** Idea and prototype stages (one shortlisted), and both teams' ideas submitted ("Ours", "Theirs"). */
    private Team twoIdeasSubmitted() {
        as(s.organiser(), () -> stages.save(s.contestId(), ideaAndPrototype(1)));
        Team other = secondTeam();
        submit(s.member(), "Ours");
        submit(other.member(), "Theirs");
        return other;
    }

    /** "Idea round", judging stage 1 openly with one judge per entry, advancing one. */
    private RoundDetail ideaRound(RubricDetail rubric) {
        RoundInput base = JudgingFixtures.round(rubric.id(), "Idea round");
        return as(s.organiser(), () -> setup.createRound(s.contestId(), new RoundInput(base.name(), rubric.id(), false,
                1, 1, null, base.aggregation(), null, 1)));
    }

    private Team secondTeam() {
        AppPrincipal leader = person(Role.PARTICIPANT);
        AppPrincipal member = person(Role.PARTICIPANT);
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, s.contestId(), TeamFixtures.uniqueName());
        as(member, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));
        return new Team(team.teamId(), member);
    }

    private void upload(AppPrincipal who, InputStream content, String name) {
        as(who, () -> drafts.upload(s.contestId(), content, name, clock.instant()));
    }

    /** Uploads a PDF if the draft has no file yet, describes the package and submits it. */
    private VersionDetail submit(AppPrincipal who, String title) {
        if (as(who, () -> drafts.myPackage(s.contestId())).files().isEmpty()) {
            upload(who, pdf(), "proposal.pdf");
        }
        SubmissionFixtures.describe(drafts, who, s.contestId(), title, "标题");
        return as(who, () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RuntimeException.class).hasMessageContaining(key);
    }
}
