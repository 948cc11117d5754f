package org.opencontest.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.internal.ContestCloning;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.DatasetFixtures;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.LeaderboardRules;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgingFixtures;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.internal.PitchFinalDetail;
import org.opencontest.judging.internal.PitchFinalInput;
import org.opencontest.judging.internal.PitchFinals;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.StageAdministration;
import org.opencontest.submission.internal.StageDefinition;
import org.opencontest.submission.internal.StagePlan;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.QuestionKind;
import org.opencontest.team.RegistrationSetup;
import org.opencontest.team.TeamSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The yearly contest: a past contest cloned with every part, every date moved, as a draft of its organiser. */
class ContestCloneIT extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ContestService contests;
    @Autowired
    ContestCloning cloning;
    @Autowired
    StageAdministration stages;
    @Autowired
    JudgingSetup judging;
    @Autowired
    PitchFinals finals;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    RegistrationSetup registration;
    @Autowired
    EvaluationSetup evaluation;
    @Autowired
    JudgePanel panel;
    @Autowired
    ObjectStorage objects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);

    @Test
    void everyPartIsCopiedWithItsDatesMovedAsADraftOfTheCaller() {
        Instant day = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String slug = ContestFixtures.uniqueSlug("soda").replaceAll("[0-9]", "x") + "-2015";
        ContestInput base = ContestFixtures.input(slug, day);
        ContestInput input = new ContestInput(slug, new LocalizedText("SODA 2015 " + slug, "SODA 2015 开放数据"),
                base.summary(), base.description(), base.rules(), base.theme(), base.zone(), 2, 4, base.tracks(),
                base.prizes(), base.phases());
        ContestEditState source = as(organiser, () -> contests.publish(contests.create(input).id(), 0));
        SubmissionRules ideaRules = new SubmissionRules(Set.of("application/pdf"), 10 * SubmissionRules.MIB,
                20 * SubmissionRules.MIB, 3, 1, 1, LatePolicy.REJECT, Duration.ZERO, 0);
        as(organiser, () -> stages.save(source.id(), List.of(
                new StageDefinition(1, new LocalizedText("Idea", "创意"), day.plus(Duration.ofDays(8)),
                        day.plus(Duration.ofDays(15)), 5, ideaRules),
                new StageDefinition(2, new LocalizedText("Prototype", "原型"), day.plus(Duration.ofDays(18)),
                        day.plus(Duration.ofDays(28)), null, SubmissionRules.DEFAULTS))));
        RubricDetail rubric = as(organiser, () -> judging.createRubric(source.id(), JudgingFixtures.rubric()));
        RoundInput round = JudgingFixtures.round(rubric.id(), "Final");
        RoundDetail finalRound = as(organiser, () -> judging.createRound(source.id(), new RoundInput(round.name(),
                rubric.id(), false, 3, null, null, round.aggregation(), day.plus(Duration.ofDays(38)))));
        Instant pitches = day.plus(Duration.ofDays(39));
        as(organiser, () -> finals.schedule(finalRound.id(), null, new PitchFinalInput("Expo Hall B", null, pitches,
                7, 5, 3, 0, 0)));
        long datasetId = DatasetFixtures.publish(publishing, organiser, AccessTier.OPEN, Set.of(source.id()), null)
                .datasetId();

        ContestEditState clone = as(organiser, () -> cloning.cloneContest(source.id(), Period.ofYears(1)));

        assertThat(clone.id()).isNotEqualTo(source.id());
        assertThat(clone.status()).isEqualTo(ContestStatus.DRAFT);
        assertThat(jdbc.queryForObject("SELECT owner_id FROM contest WHERE id = ?", Long.class, clone.id()))
                .isEqualTo(organiser.userId());
        ContestInput copied = clone.input();
        assertThat(copied.slug()).isEqualTo(slug.replace("-2015", "-2016"));
        assertThat(copied.title()).isEqualTo(new LocalizedText("SODA 2016 " + slug.replace("-2015", "-2016"),
                "SODA 2016 开放数据"));
        assertThat(copied.description()).isEqualTo(input.description());
        assertThat(copied.rules()).isEqualTo(input.rules());
        assertThat(copied.teamSizeMin()).isEqualTo(2);
        assertThat(copied.tracks()).extracting(ContestInput.TrackInput::name)
                .containsExactlyElementsOf(input.tracks().stream().map(ContestInput.TrackInput::name).toList());
        assertThat(copied.tracks()).extracting(ContestInput.TrackInput::id)
                .doesNotContainAnyElementsOf(source.input().tracks().stream().map(ContestInput.TrackInput::id).toList());
        assertThat(copied.prizes()).singleElement().satisfies(prize -> {
            assertThat(prize.amount()).isEqualByComparingTo("50000");
            assertThat(prize.trackIndex()).isZero();
        });
        for (int i = 0; i < input.phases().size(); i++) {
            assertThat(copied.phases().get(i).opens()).isEqualTo(nextYear(input.phases().get(i).opens()));
            assertThat(copied.phases().get(i).closes()).isEqualTo(nextYear(input.phases().get(i).closes()));
        }

        StagePlan plan = as(organiser, () -> stages.plan(clone.id()));
        assertThat(plan.stages()).hasSize(2);
        StagePlan.Stage idea = plan.stages().get(0);
        assertThat(idea.definition().name()).isEqualTo(new LocalizedText("Idea", "创意"));
        assertThat(idea.opens()).isEqualTo(nextYear(day.plus(Duration.ofDays(8))));
        assertThat(idea.closes()).isEqualTo(nextYear(day.plus(Duration.ofDays(15))));
        assertThat(idea.definition().shortlistSize()).isEqualTo(5);
        assertThat(idea.rules().allowedTypes()).containsExactly("application/pdf");
        assertThat(idea.rules().latePolicy()).isEqualTo(LatePolicy.REJECT);
        assertThat(plan.stages().get(1).opens()).isEqualTo(nextYear(day.plus(Duration.ofDays(18))));
        assertThat(plan.stages().get(1).rules().latePolicy()).isEqualTo(SubmissionRules.DEFAULTS.latePolicy());

        List<RubricDetail> rubrics = as(organiser, () -> judging.rubrics(clone.id()));
        assertThat(rubrics).singleElement().satisfies(copy -> {
            assertThat(copy.id()).isNotEqualTo(rubric.id());
            assertThat(copy.criteria()).isEqualTo(rubric.criteria());
        });
        List<RoundDetail> rounds = as(organiser, () -> judging.rounds(clone.id()));
        assertThat(rounds).singleElement().satisfies(copy -> {
            assertThat(copy.input().rubricId()).isEqualTo(rubrics.get(0).id());
            assertThat(copy.input().name()).isEqualTo(round.name());
            assertThat(copy.input().blind()).isFalse();
            assertThat(copy.input().judgingDeadline()).isEqualTo(nextYear(day.plus(Duration.ofDays(38))));
        });
        PitchFinalDetail pitchFinal = as(organiser, () -> finals.forOrganiser(rounds.get(0).id())).orElseThrow();
        assertThat(pitchFinal.input().startsAt()).isEqualTo(nextYear(pitches));
        assertThat(pitchFinal.input().venue()).isEqualTo("Expo Hall B");
        assertThat(pitchFinal.drawn()).isFalse();
        assertThat(jdbc.queryForList("SELECT contest_id FROM dataset_contest WHERE dataset_id = ?", Long.class,
                datasetId)).containsExactlyInAnyOrder(source.id(), clone.id());
        // the source is untouched
        assertThat(as(organiser, () -> contests.edit(source.id())).input().phases()).isEqualTo(input.phases());
        assertThat(as(organiser, () -> judging.rounds(source.id()))).extracting(RoundDetail::id)
                .containsExactly(finalRound.id());
    }

    @Test
    void theCoverRegistrationQuestionsAndEvaluatedTracksComeAlongButNotTheAnswerKeyOrTheJudges() throws Exception {
        Instant day = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        ContestEditState created = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("clone-parts"), clock.instant())));
        ContestEditState source = as(organiser, () -> contests.replaceCover(created.id(), created.version(),
                new ByteArrayInputStream(ContestCoverIT.PNG), "cover.png"));
        long trackId = source.input().tracks().get(0).id();
        Instant lock = day.plus(Duration.ofDays(19));
        as(organiser, () -> registration.saveRegistration(new TeamSettings(source.id(), 0, true, false, lock, null,
                "rules-2015"), List.of(
                new EligibilityQuestion(null, QuestionKind.YES_NO, "Are you 18 or older?", "你是否年满 18 岁？", null,
                        true, "YES"),
                new EligibilityQuestion(null, QuestionKind.CHOICE, "Where do you study?", "你在哪里就读？",
                        List.of("Fudan", "Tongji"), false, null))));
        TrackView evaluated = as(organiser, () -> evaluation.save(source.id(), null, 0, new TrackSettings(trackId,
                Metric.MAE, "segment", "delay", 0.4, 3, 2, true)));
        Instant freeze = day.plus(Duration.ofDays(25));
        as(organiser, () -> evaluation.saveRules(source.id(), evaluated.id(), evaluated.version(),
                new LeaderboardRules(1, freeze)));
        as(organiser, () -> panel.invite(source.id(), new JudgeInput("judge-" + source.id() + "@jury.example.net",
                "Zhang Wei", "Tongji University", Set.of(), 5)));

        ContestEditState clone = as(organiser, () -> cloning.cloneContest(source.id(), Period.ofYears(1)));

        // the cover is an object of the clone's own: removing the source's leaves the clone's in place
        assertThat(clone.hasCover()).isTrue();
        String sourceKey = coverKey(source.id());
        String cloneKey = coverKey(clone.id());
        assertThat(cloneKey).startsWith("contests/" + clone.id() + "/covers/").isNotEqualTo(sourceKey);
        ContestEditState current = as(organiser, () -> contests.edit(source.id()));
        as(organiser, () -> contests.removeCover(source.id(), current.version()));
        assertThat(objects.stat(sourceKey)).isEmpty();
        try (InputStream copied = objects.get(cloneKey)) {
            assertThat(copied.readAllBytes()).isEqualTo(ContestCoverIT.PNG);
        }

        TeamSettings settings = as(organiser, () -> registration.settings(clone.id()));
        assertThat(settings.approvalRequired()).isTrue();
        assertThat(settings.lockAt()).isEqualTo(nextYear(lock));
        assertThat(settings.mergeDeadline()).isNull();
        assertThat(settings.rulesVersion()).isEqualTo("rules-2015");
        assertThat(as(organiser, () -> registration.overview(clone.id())).questions())
                .extracting(EligibilityQuestion::promptZh, EligibilityQuestion::choices,
                        EligibilityQuestion::requiredAnswer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("你是否年满 18 岁？", List.of(), "YES"),
                        org.assertj.core.groups.Tuple.tuple("你在哪里就读？", List.of("Fudan", "Tongji"), null));

        long clonedTrack = clone.input().tracks().get(0).id();
        assertThat(as(organiser, () -> evaluation.tracks(clone.id()))).singleElement().satisfies(copy -> {
            assertThat(copy.settings()).isEqualTo(new TrackSettings(clonedTrack, Metric.MAE, "segment", "delay", 0.4,
                    3, 2, true));
            assertThat(copy.rules()).isEqualTo(new LeaderboardRules(1, nextYear(freeze)));
            assertThat(copy.keyName()).as("a new edition needs its own answer key").isNull();
        });
        assertThat(jdbc.queryForList("SELECT split_secret FROM evaluated_track WHERE contest_id IN (?, ?)",
                String.class, source.id(), clone.id())).as("a fresh split").doesNotHaveDuplicates().hasSize(2);
        assertThat(as(organiser, () -> panel.judges(clone.id()))).as("each edition invites its own jury").isEmpty();
    }

    private String coverKey(long contestId) {
        return jdbc.queryForObject("SELECT cover_key FROM contest WHERE id = ?", String.class, contestId);
    }

    @Test
    void onlyTheContestsOrganisersCloneAndTheOffsetMovesForward() {
        ContestEditState source = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("clone"), clock.instant())));
        long before = jdbc.queryForObject("SELECT count(*) FROM contest", Long.class);

        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> cloning.cloneContest(source.id(),
                Period.ofYears(1)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> cloning.cloneContest(source.id(),
                Period.ofYears(1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(organiser, () -> cloning.cloneContest(source.id(), Period.ofDays(-3))))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo("contest.clone.error.offset");
        assertThatThrownBy(() -> as(organiser, () -> cloning.cloneContest(source.id(), Period.ZERO)))
                .isInstanceOf(UserFacingException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contest", Long.class)).isEqualTo(before);

        ContestEditState byAdmin = as(person(Role.ADMIN), () -> cloning.cloneContest(source.id(),
                Period.ofMonths(6)));
        assertThat(byAdmin.status()).isEqualTo(ContestStatus.DRAFT);
        assertThat(byAdmin.input().phases().get(0).opens())
                .isEqualTo(source.input().phases().get(0).opens().atZone(SHANGHAI).plusMonths(6).toInstant());
    }

    private static Instant nextYear(Instant at) {
        return at.atZone(SHANGHAI).plusYears(1).toInstant();
    }
}
