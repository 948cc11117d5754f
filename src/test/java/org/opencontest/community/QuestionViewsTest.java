package org.opencontest.community;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.community.internal.qa.QuestionBoard;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The Q&A board, a thread and the report queue, driven server-side as a participant, an organiser and a visitor. */
class QuestionViewsTest extends KaribuTest {

    @Autowired
    QuestionBoard board;
    @Autowired
    ContestService contests;
    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal participant = person(Role.PARTICIPANT);

    ContestEditState contest() {
        return TeamFixtures.publishedContest(contests, organiser, clock.instant());
    }

    @Test
    void aParticipantFindsTheBoardFromTheContestPageAsksAndRepliesAndOversizedPostsAreRefused() {
        ContestEditState contest = contest();
        String slug = contest.input().slug();
        signInAs(participant);
        navigate("contests/" + slug);
        Anchor link = _get(Anchor.class, spec -> spec.withId("contest-questions-link"));
        navigate(link.getHref());
        assertThat(_get(H1.class).getText()).startsWith("Questions and answers: ");

        _setValue(_get(TextField.class, spec -> spec.withId("qa-new-title")), "Where is the data dictionary?");
        _setValue(_get(TextArea.class, spec -> spec.withId("qa-new-body")), "I looked **everywhere**.");
        _click(_get(Button.class, spec -> spec.withId("qa-ask-submit")));
        expectNotifications("Your question is posted. You follow it and will hear of replies.");
        assertThat(_get(H1.class, spec -> spec.withId("qa-thread-title")).getText())
                .isEqualTo("Where is the data dictionary?");
        Grid<?> posts = _get(Grid.class, spec -> spec.withId("qa-posts"));
        assertThat(_size(posts)).isEqualTo(1);
        assertThat(html(_getCellComponent(posts, 0, "post"))).contains("<strong>everywhere</strong>");
        assertThat(_get(Button.class, spec -> spec.withId("qa-follow")).getText()).isEqualTo("Unfollow");

        _setValue(_get(TextArea.class, spec -> spec.withId("qa-reply-body")), "y".repeat(100 * 1024));
        _click(_get(Button.class, spec -> spec.withId("qa-reply-submit")));
        expectNotifications(
                "A post may have at most 20,000 characters. Please shorten it or link to a longer document.");
        assertThat(_size(posts)).isEqualTo(1);

        _setValue(_get(TextArea.class, spec -> spec.withId("qa-reply-body")), "Found it, thanks.");
        _click(_get(Button.class, spec -> spec.withId("qa-reply-submit")));
        expectNotifications("Your reply is posted.");
        posts = _get(Grid.class, spec -> spec.withId("qa-posts"));
        assertThat(_size(posts)).isEqualTo(2);
        assertThat(html(_getCellComponent(posts, 1, "post"))).contains("Found it, thanks.");
        _assertNone(Button.class, spec -> spec.withId("qa-lock"));

        long replyId = board.posts(board.threads(contest.id(), "", 0, 1).get(0).id(), 0, 10).get(1).id();
        _click(_get(_getCellComponent(posts, 1, "post"), Button.class, spec -> spec.withId("qa-edit-" + replyId)));
        TextArea text = _get(TextArea.class, spec -> spec.withId("qa-edit-body"));
        assertThat(text.getValue()).as("the markdown, to correct").isEqualTo("Found it, thanks.");
        _setValue(text, "Found it in the **data dictionary**, thanks.");
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("The post is saved and marked as edited.");
        posts = _get(Grid.class, spec -> spec.withId("qa-posts"));
        Component edited = _getCellComponent(posts, 1, "post");
        assertThat(html(edited)).contains("<strong>data dictionary</strong>");
        assertThat(_get(edited, Span.class, spec -> spec.withId("qa-edited-" + replyId)).getText())
                .startsWith(" · edited ");
    }

    @Test
    void aSignedInPersonOutsideTheTeamsFollowsTheContestFromItsPageInChineseAndVisitorsSeeNoButton() {
        ContestEditState contest = contest();
        String slug = contest.input().slug();
        navigate("contests/" + slug);
        _assertNone(Button.class, spec -> spec.withId("contest-follow"));

        signInAs(participant);
        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + slug);
        Button follow = _get(Button.class, spec -> spec.withId("contest-follow"));
        assertThat(follow.getText()).isEqualTo("关注此竞赛");
        _click(follow);
        expectNotifications("你已关注此竞赛。");
        assertThat(follow.getText()).isEqualTo("取消关注");
        navigate("contests/" + slug);
        follow = _get(Button.class, spec -> spec.withId("contest-follow"));
        assertThat(follow.getText()).as("remembered").isEqualTo("取消关注");
        _click(follow);
        expectNotifications("你已取消关注此竞赛。");
        assertThat(follow.getText()).isEqualTo("关注此竞赛");
    }

    @Test
    void aVisitorReadsAndSearchesButIsAskedToSignInToPost() {
        ContestEditState contest = contest();
        as(participant, () -> board.open(contest.id(), "Licence of the taxi data?", "Is it CC-BY?"));
        as(person(Role.PARTICIPANT), () -> board.open(contest.id(), "Team size", "Max five?"));

        navigate("contests/" + contest.input().slug() + "/questions");
        Grid<?> threads = _get(Grid.class, spec -> spec.withId("qa-threads"));
        assertThat(_size(threads)).isEqualTo(2);
        _setValue(_get(TextField.class, spec -> spec.withId("qa-search")), "TAXI");
        assertThat(_size(threads)).isEqualTo(1);
        _assertOne(Paragraph.class, spec -> spec.withId("qa-sign-in"));
        _assertNone(Button.class, spec -> spec.withId("qa-ask-submit"));
        _assertNone(Anchor.class, spec -> spec.withId("qa-moderation-link"));
    }

    @Test
    void theOrganiserMarksAnOfficialAnswerForTheFaqAndWorksThroughTheReportQueueInChinese() {
        ContestEditState contest = contest();
        String slug = contest.input().slug();
        long thread = as(participant, () -> board.open(contest.id(), "Deadline time zone?", "UTC or Beijing?"));
        long answer = as(person(Role.PARTICIPANT), () -> board.reply(thread, "Beijing time, says the rules page."));
        long rude = as(person(Role.PARTICIPANT), () -> board.reply(thread, "You are all idiots."));
        as(participant, () -> {
            board.report(rude, "Insult");
            return null;
        });

        signInAs(organiser);
        navigate("contests/" + slug + "/questions/" + thread);
        Grid<?> posts = _get(Grid.class, spec -> spec.withId("qa-posts"));
        _click(_get(_getCellComponent(posts, 1, "post"), Button.class, spec -> spec.withId("qa-official-" + answer)));
        expectNotifications("Marked as the official answer: it is in the FAQ and the followers are notified.");
        posts = _get(Grid.class, spec -> spec.withId("qa-posts"));
        _get(_getCellComponent(posts, 1, "post"), com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("qa-official-badge-" + answer));

        navigate("contests/" + slug);
        Div section = _get(Div.class, spec -> spec.withId("contest-questions"));
        assertThat(section.getElement().getTextRecursively()).contains("Frequently asked", "Deadline time zone?");
        assertThat(html(section)).contains("Beijing time, says the rules page.");

        useLocale(SupportedLocales.CHINESE);
        navigate("organise");
        Component actions = _getCellComponent(_get(Grid.class), 0, "actions");
        navigate(_get(actions, Anchor.class, spec -> spec.withId("questions-" + slug)).getHref());
        assertThat(_get(H1.class).getText()).startsWith("问答举报：");
        Grid<?> queue = _get(Grid.class, spec -> spec.withId("qa-reports"));
        assertThat(_size(queue)).isEqualTo(1);
        Component row = _getCellComponent(queue, 0, "actions");
        _click(_get(row, Button.class, spec -> spec.withText("隐藏")));
        assertThat(_get(TextField.class, spec -> spec.withId("qa-hide-reason")).getValue()).isEqualTo("Insult");
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("帖子已隐藏。");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("qa-reports")))).isZero();

        signInAs(participant);
        useLocale(SupportedLocales.ENGLISH);
        navigate("contests/" + slug + "/questions/" + thread);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("qa-posts")))).isEqualTo(2);
    }

    @Test
    void anotherOrganisersQueueAndAHiddenThreadAreNotFound() {
        ContestEditState contest = contest();
        signInAs(person(Role.ORGANISER));
        navigate("organise/contests/" + contest.id() + "/questions");
        _assertOne(NotFoundView.class);

        signInAs(participant);
        navigate("contests/" + contest.input().slug() + "/questions/999999999");
        _assertOne(NotFoundView.class);
    }

    private static String html(Component post) {
        return _get(post, Div.class, spec -> spec.withClasses("markdown")).getElement().getProperty("innerHTML");
    }
}
