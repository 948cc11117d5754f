package org.opencontest.submission;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetChoice;
import org.opencontest.dataset.DatasetFixtures;
import org.opencontest.dataset.DatasetFixtures.Published;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeQueueItem;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Datasets used" on screen (issue 13): the team chooses among the contest's datasets in its own language and names
 * other data in a text field; the team's version page and the judge's panel link the declared datasets.
 */
class DeclaredDatasetsViewsTest extends KaribuTest {

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    ScoringFixtures scoring;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    JudgeScoring judgeScoring;
    @Autowired
    Clock clock;

    @Test
    void theTeamChoosesTheContestsDatasetsInItsLanguageAndTheVersionLinksThem() {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        Published first = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.OPEN, Set.of(s.contestId()), null);
        Published second = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.OPEN, Set.of(s.contestId()), null);
        as(s.leader(), () -> drafts.upload(s.contestId(), SubmissionFixtures.pdf(), "proposal.pdf", clock.instant()));
        signInAs(s.leader());

        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("submissions/" + s.contestId());
        assertThat(combo().getLabel()).isEqualTo("使用的数据集");
        assertThat(combo().getListDataView().getItems().map(combo().getItemLabelGenerator()))
                .containsExactly("道路交通事故 " + first.slug(), "道路交通事故 " + second.slug());

        useLocale(Locale.ENGLISH);
        navigate("submissions/" + s.contestId());
        assertThat(combo().getListDataView().getItems().map(combo().getItemLabelGenerator()))
                .containsExactly("Road accidents " + first.slug(), "Road accidents " + second.slug());
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("submission-title-en")), "Declared on screen");
        _setValue(combo(), Set.of(combo().getListDataView().getItems()
                .filter(choice -> choice.id() == second.datasetId()).findFirst().orElseThrow()));
        _setValue(_get(TextArea.class, spec -> spec.withId("submission-other-data")), "Bus GPS 2025");
        _click(_get(Button.class, spec -> spec.withId("submission-save")));

        PackageInput saved = as(s.leader(), () -> drafts.myPackage(s.contestId())).input();
        assertThat(saved.datasetIds()).containsExactly(second.datasetId());
        assertThat(saved.otherData()).isEqualTo("Bus GPS 2025");
        navigate("submissions/" + s.contestId());
        assertThat(combo().getValue()).extracting(DatasetChoice::id).containsExactly(second.datasetId());

        VersionDetail version = as(s.leader(), () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));
        navigate("receipts/" + version.summary().id());
        Paragraph used = _get(Paragraph.class, spec -> spec.withId("version-datasets"));
        assertThat(used.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).map(Anchor::getHref))
                .containsExactly("data/" + second.slug());

        // the organiser's impact report: declared next to downloaded, per dataset
        signInAs(s.organiser());
        navigate("organise/incubation/" + s.contestId() + "/impact");
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("impact-datasets"));
        assertThat(table.getHead().getElement().getTextRecursively()).contains("Entries declaring it",
                "Teams downloading it", "Data issues reported", "Data issues fixed");
        assertThat(rows(table)).contains(List.of("Road accidents " + first.slug(), "0", "0", "0", "0", "–"),
                List.of("Road accidents " + second.slug(), "1", "0", "0", "0", "–"));
    }

    private static List<List<String>> rows(NativeTable table) {
        return table.getBody().getElement().getChildren()
                .map(row -> row.getChildren().map(Element::getTextRecursively).toList()).toList();
    }

    @Test
    void theJudgesPanelLinksTheDeclaredDatasetsInTheJudgesLanguage() {
        Judging j = scoring.judging(clock.instant(), 1, 1, false, 1, 5);
        Published dataset = DatasetFixtures.publish(publishing, j.organiser(), AccessTier.OPEN, Set.of(j.contestId()),
                null);
        as(j.leaders().get(0), () -> {
            PackageState state = drafts.myPackage(j.contestId());
            PackageInput input = state.input();
            drafts.saveDraft(j.contestId(), state.version(), new PackageInput(input.trackId(), input.titleEn(),
                    input.titleZh(), input.abstractEn(), input.abstractZh(), List.of(dataset.datasetId()),
                    "Bus GPS 2025", null, null, null));
            return submitting.submit(j.contestId(), UUID.randomUUID().toString());
        });
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeQueueItem item = as(j.judges().get(0).principal(), judgeScoring::myQueue).get(0);
        signInAs(j.judges().get(0).principal());

        navigate("judging/sheets/" + item.assignmentId());
        Anchor link = _get(Anchor.class, spec -> spec.withText("Road accidents " + dataset.slug()));
        assertThat(link.getHref()).isEqualTo("data/" + dataset.slug());
        assertThat(_get(Div.class, spec -> spec.withId("entry-datasets")).getChildren().count()).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("entry-other-data")).getText()).isEqualTo("Bus GPS 2025");

        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("judging/sheets/" + item.assignmentId());
        assertThat(_get(Anchor.class, spec -> spec.withText("道路交通事故 " + dataset.slug())).getHref())
                .isEqualTo("data/" + dataset.slug());
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<DatasetChoice> combo() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("submission-datasets"));
    }
}
