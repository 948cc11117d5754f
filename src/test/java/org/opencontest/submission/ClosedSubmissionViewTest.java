package org.opencontest.submission;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** After the deadline the submission page says so up front and switches off what the server would refuse. */
class ClosedSubmissionViewTest extends KaribuTest {

    @Autowired
    SubmissionAdministration administration;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;

    SubmissionFixtures.Scenario s;

    @BeforeEach
    void deadlinePassedAnHourAgo() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        // beyond the default 15 minutes of grace, under the default policy (refuse late work)
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minus(Duration.ofHours(1)));
    }

    @Test
    void theClosedPageGivesTheReasonAndDisablesUploadSaveAndSubmit() {
        signInAs(s.member());
        navigate("submissions/" + s.contestId());
        assertThat(text("submission-closed")).startsWith("Submission closed at ").contains("(Asia/Shanghai)",
                "ask the organiser for an extension");
        assertThat(id(Upload.class, "submission-upload").isEnabled()).isFalse();
        assertThat(id(Button.class, "submission-save").isEnabled()).isFalse();
        assertThat(id(Button.class, "submission-submit").isEnabled()).isFalse();
    }

    @Test
    void theClosedPageInChinese() {
        signInAs(s.leader());
        useLocale(SupportedLocales.CHINESE);
        navigate("submissions/" + s.contestId());
        assertThat(text("submission-closed")).startsWith("作品提交已于").contains("(Asia/Shanghai)", "申请延期");
    }

    @Test
    void anExtensionForTheTeamReopensThePage() {
        as(s.organiser(), () -> administration.grantExtension(s.contestId(), s.teamId(),
                clock.instant().plus(Duration.ofDays(1)), "Power cut"));
        signInAs(s.member());
        navigate("submissions/" + s.contestId());
        assertThat(_find(Paragraph.class, spec -> spec.withId("submission-closed"))).isEmpty();
        assertThat(text("submission-deadline")).startsWith("Deadline (extended for your team)");
        assertThat(id(Upload.class, "submission-upload").isEnabled()).isTrue();
        assertThat(id(Button.class, "submission-submit").isEnabled()).isTrue();
    }

    @Test
    void aTeamOfAnotherContestStaysOpen() {
        SubmissionFixtures.Scenario open = SubmissionFixtures.scenario(contests, teams, clock.instant());
        signInAs(open.member());
        navigate("submissions/" + open.contestId());
        assertThat(_find(Paragraph.class, spec -> spec.withId("submission-closed"))).isEmpty();
        assertThat(id(Button.class, "submission-save").isEnabled()).isTrue();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static <T extends Component> T id(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
