package org.opencontest.vote;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.opencontest.vote.VoteFixtures.VoteContest;
import org.opencontest.vote.internal.PollState;
import org.opencontest.vote.internal.PollSummary;
import org.opencontest.vote.internal.VoteDesk;
import org.opencontest.vote.internal.Voting;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The vote's views driven server-side: the organiser opens a vote from the organiser navigation's page, a voter finds
 * the gallery from the contest page and votes (a second click on another entry is refused with its reason), the
 * organiser voids a ballot in the anomaly review and publishes; the gallery in Chinese; a voter cannot open the review.
 */
class PeoplesChoiceViewsTest extends KaribuTest {

    @Autowired
    VoteFixtures fixtures;
    @Autowired
    VoteDesk desk;
    @Autowired
    Voting voting;
    @Autowired
    ContestService contests;

    @Test
    void theOrganiserOpensAVoteAVoterVotesFromTheContestPageAndTheOrganiserVoidsAndPublishes() {
        VoteContest contest = fixtures.contest(2);
        signInAs(contest.organiser());
        navigate("organise/votes/" + contest.contestId());
        _assertOne(Paragraph.class, spec -> spec.withText("This contest has no vote yet."));
        _setValue(_get(IntegerField.class, spec -> spec.withId("vote-new-per-voter")), 0);
        _click(_get(Button.class, spec -> spec.withId("vote-new-submit")));
        expectNotifications("Votes per voter must be between 1 and 50.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("vote-new-per-voter")), 1);
        _setValue(_get(IntegerField.class, spec -> spec.withId("vote-new-account-age")), 0);
        _click(_get(Button.class, spec -> spec.withId("vote-new-submit")));
        expectNotifications("The vote is open and recorded in the judging log.");
        PollSummary poll = as(contest.organiser(), () -> desk.polls(contest.contestId())).get(0);
        assertThat(poll.open()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("vote-poll-" + poll.id() + "-counts")).getText())
                .isEqualTo("2 entries, 0 votes cast, 0 voided");

        AppPrincipal voter = fixtures.voter();
        signInAs(voter);
        navigate("contests/" + contest.slug());
        navigate(_get(Anchor.class, spec -> spec.withId("contest-vote-link")).getHref());
        assertThat(_get(H1.class).getText()).startsWith("People’s choice: ");
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("vote-card"));
        assertThat(cards).hasSize(2);
        String first = cards.get(0).getId().orElseThrow();
        String second = cards.get(1).getId().orElseThrow();
        _click(_get(Button.class, spec -> spec.withId(first + "-vote")));
        expectNotifications("Thank you, your vote is counted.");
        _assertOne(Span.class, spec -> spec.withId(first + "-mine"));
        _click(_get(Button.class, spec -> spec.withId(second + "-vote")));
        expectNotifications("You have used all your votes in this track (1).");
        _assertNone(Span.class, spec -> spec.withId(second + "-mine"));

        signInAs(contest.organiser());
        navigate("organise/votes/review/" + poll.id());
        assertThat(_get(_get(Div.class, spec -> spec.withId("vote-anomaly-0")), Paragraph.class).getText())
                .as("the voter signed up moments before").startsWith("Votes cast moments after sign-up: 1 votes");
        Grid<?> ballots = _get(Grid.class, spec -> spec.withId("vote-ballots"));
        assertThat(_size(ballots)).isEqualTo(1);
        assertThat(_getFormatted(ballots, 0, "network")).isEqualTo("127.0.0.0/24");
        _click((Button) _getCellComponent(ballots, 0, "status"));
        expectNotifications("Give a reason for voiding; it is recorded in the judging log.");
        _setValue(_get(TextField.class, spec -> spec.withId("vote-void-reason")), "<script>alert(1)</script> test");
        _click((Button) _getCellComponent(_get(Grid.class, spec -> spec.withId("vote-ballots")), 0, "status"));
        expectNotifications("1 votes voided and recorded in the judging log.");
        _assertOne(Paragraph.class, spec -> spec.withId("vote-no-anomalies"));
        assertThat(((Span) _getCellComponent(_get(Grid.class, spec -> spec.withId("vote-ballots")), 0, "status"))
                .getText()).as("HTML shown as text").isEqualTo("Voided: <script>alert(1)</script> test");

        navigate("organise/votes/" + contest.contestId());
        _click(_get(Button.class, spec -> spec.withId("vote-poll-" + poll.id() + "-close")));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("The vote is closed.");
        _click(_get(Button.class, spec -> spec.withId("vote-poll-" + poll.id() + "-publish")));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("The result is published.");

        signOut();
        navigate("contests/" + contest.slug());
        _assertOne(Div.class, spec -> spec.withId("vote-result-" + poll.id()));
        _assertNone(Anchor.class, spec -> spec.withId("contest-vote-link"));
        assertThat(_getFormatted(_get(Grid.class, spec -> spec.withId("vote-result-" + poll.id() + "-grid")), 0,
                "votes")).isEqualTo("0");
    }

    @Test
    void theGalleryInChineseAsksVisitorsToSignInAndAVoterCannotOpenTheReview() {
        VoteContest contest = fixtures.contest(2);
        long poll = fixtures.open(contest, fixtures.openNow(1, 0));
        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + contest.slug() + "/vote");
        assertThat(_get(H1.class).getText()).startsWith("大众评选：");
        _assertOne(Paragraph.class, spec -> spec.withId("vote-sign-in"));
        _assertNone(Button.class, spec -> spec.withText("投票"));
        assertThat(_find(Div.class, spec -> spec.withClasses("vote-card"))).hasSize(2);

        signInAs(fixtures.voter());
        navigate("organise/votes/review/" + poll);
        assertThat(_find(Div.class, spec -> spec.withId("vote-review"))).isEmpty();
        signInAs(person(Role.ORGANISER));
        navigate("organise/votes/review/" + poll);
        _assertOne(NotFoundView.class);
    }

    @Test
    void theOrganiserPlansAVoteAndVisitorsSeeWhenItOpensInBothLanguages() {
        VoteContest contest = fixtures.plannable(person(Role.ORGANISER));
        ContestPage page = anonymously(() -> contests.page(contest.contestId()));
        ZoneId zone = page.zone();
        PhaseWindow judging = page.timeline().phases().stream().filter(phase -> phase.kind() == PhaseKind.JUDGING)
                .findFirst().orElseThrow();
        signInAs(contest.organiser());
        navigate("organise/votes/" + contest.contestId());
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("vote-new-opens")),
                LocalDateTime.ofInstant(judging.opens(), zone));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("vote-new-closes")),
                LocalDateTime.ofInstant(judging.closes(), zone));
        _click(_get(Button.class, spec -> spec.withId("vote-new-submit")));
        expectNotifications("There are no final entries to vote on.");
        _click(_get(Button.class, spec -> spec.withId("vote-new-plan")));
        expectNotifications("The vote is planned and recorded in the judging log. It opens by itself when its window "
                + "starts.");
        PollSummary poll = as(contest.organiser(), () -> desk.polls(contest.contestId())).get(0);
        assertThat(poll.state()).isEqualTo(PollState.PLANNED);
        assertThat(poll.opensAt()).isEqualTo(judging.opens());
        _assertOne(Button.class, spec -> spec.withId("vote-poll-" + poll.id() + "-cancel"));

        signOut();
        navigate("contests/" + contest.slug());
        String opens = DateTimes.format(judging.opens(), zone, Locale.ENGLISH);
        assertThat(_get(Paragraph.class, spec -> spec.withId("vote-planned-" + poll.id())).getText())
                .startsWith("People’s choice vote opens on " + opens).endsWith(" (Whole contest).");
        _assertNone(Anchor.class, spec -> spec.withId("contest-vote-link"));
        navigate("contests/" + contest.slug() + "/vote");
        _assertOne(Paragraph.class, spec -> spec.withId("vote-gallery-none"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("vote-planned-" + poll.id())).getText())
                .startsWith("People’s choice vote opens on " + opens);
        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + contest.slug());
        assertThat(_get(Paragraph.class, spec -> spec.withId("vote-planned-" + poll.id())).getText())
                .startsWith("大众评选投票将于 " + DateTimes.format(judging.opens(), zone, SupportedLocales.CHINESE))
                .endsWith("（整个赛事）。");

        useLocale(SupportedLocales.ENGLISH);
        signInAs(contest.organiser());
        navigate("organise/votes/" + contest.contestId());
        _click(_get(Button.class, spec -> spec.withId("vote-poll-" + poll.id() + "-cancel")));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("The planned vote is cancelled.");
        signOut();
        navigate("contests/" + contest.slug());
        _assertNone(Paragraph.class, spec -> spec.withId("vote-planned-" + poll.id()));
    }
}
