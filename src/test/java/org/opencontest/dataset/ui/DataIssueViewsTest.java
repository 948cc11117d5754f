package org.opencontest.dataset.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.Test;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.DatasetFixtures;
import org.opencontest.dataset.DatasetFixtures.Published;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.issue.DataIssueDecision;
import org.opencontest.dataset.issue.DataIssueFilter;
import org.opencontest.dataset.issue.DataIssueInput;
import org.opencontest.dataset.issue.DataIssueKind;
import org.opencontest.dataset.issue.DataIssueStatus;
import org.opencontest.dataset.issue.DataIssueView;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data-issue views with real services: the dataset page's list for visitors, reporting with its refusals, the
 * publisher's triage dialog, the changelog's fixes and the data owner's overview.
 */
class DataIssueViewsTest extends KaribuTest {

    @Autowired
    DatasetPublishing publishing;
    @Autowired
    DatasetCatalog catalog;
    @Autowired
    DataIssues issues;

    final AppPrincipal publisher = person(Role.ORGANISER);
    final AppPrincipal reporter = person(Role.PARTICIPANT);

    @SuppressWarnings("unchecked")
    static Grid<DataIssueView> issueGrid() {
        return _get(Grid.class, spec -> spec.withId("issue-grid"));
    }

    @Test
    void visitorsSeeTheOpenIssuesAndASignInLinkInsteadOfTheReportButton() {
        Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        as(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(DataIssueKind.MISSING_DATA,
                dataset.releaseId(), "district", "<i>No</i> districts for March", "*Empty* cells")));

        navigate("data/" + dataset.slug());

        _get(Anchor.class, spec -> spec.withId("issue-sign-in"));
        _assertNone(Button.class, spec -> spec.withId("report-issue"));
        assertThat(_size(issueGrid())).isEqualTo(1);
        assertThat(row(0)).contains("<i>No</i> districts for March", "Missing data", "text='Open'",
                "Release 1 · district");
        Select<DataIssueFilter> filter = _get(Select.class, spec -> spec.withId("issue-filter"));
        _setValue(filter, DataIssueFilter.CLOSED);
        assertThat(_size(issueGrid())).isZero();
    }

    @Test
    void aSignedInVisitorReportsAnIssueOnceAndMayThenAttachEvidence() {
        Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        signInAs(reporter);
        navigate("data/" + dataset.slug());

        report("Speed has no unit");
        _get(Upload.class, spec -> spec.withId("issue-evidence-upload"));
        assertThat(_size(issueGrid())).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("issue-done")));

        report("Speed has no unit");
        expectNotifications("You already reported an open issue with this title on this dataset.");
        _assertNone(Upload.class, spec -> spec.withId("issue-evidence-upload"));
        assertThat(_size(issueGrid())).as("the double submit changed nothing").isEqualTo(1);
    }

    @Test
    void thePublisherTriagesAndTheReleaseChangelogListsWhatItFixed() {
        Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        DataIssueView issue = as(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(
                DataIssueKind.FORMAT_ENCODING, null, "", "Mojibake in road names", "Nanjing Rd shows as ??")));
        DataIssueView other = as(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(
                DataIssueKind.MORE_DATA, null, "", "Add 2023", "Please")));
        signInAs(publisher);
        navigate("data/" + dataset.slug());
        var page = as(publisher, () -> catalog.page(dataset.slug()));

        new DataIssueTriageDialog(issues, page, other, () -> { }).open();
        Select<DataIssueStatus> status = _get(Select.class, spec -> spec.withId("triage-status"));
        _setValue(status, DataIssueStatus.WONT_FIX);
        _click(_get(Button.class, spec -> spec.withId("triage-save")));
        expectNotifications("Say why the issue will not be fixed.");
        _setValue(_get(TextArea.class, spec -> spec.withId("triage-reason")), "Not collected before 2024.");
        _click(_get(Button.class, spec -> spec.withId("triage-save")));
        expectNotifications("Issue #" + other.id() + " is updated; its reporter is told.");

        new DataIssueTriageDialog(issues, page, issue, () -> { }).open();
        _setValue(_get(Select.class, spec -> spec.withId("triage-status")), DataIssueStatus.FIXED);
        _setValue(_get(Select.class, spec -> spec.withId("triage-release")), page.releases().get(0));
        _click(_get(Button.class, spec -> spec.withId("triage-save")));
        expectNotifications("Issue #" + issue.id() + " is updated; its reporter is told.");

        navigate("data/" + dataset.slug());
        assertThat(_get(Div.class, spec -> spec.withId("release-fixes")).getElement().getTextRecursively())
                .contains("#" + issue.id() + " Mojibake in road names");
        _setValue(_get(Select.class, spec -> spec.withId("issue-filter")), DataIssueFilter.CLOSED);
        assertThat(_size(issueGrid())).isEqualTo(2);
        assertThat(row(1)).contains("Fixed · release 1: 2024 Q1");
        assertThat(row(0)).contains("Won’t fix");

        navigate("organise/datasets");
        assertThat(_get(Anchor.class, spec -> spec.withId("data-quality-link")).getHref())
                .isEqualTo("organise/datasets/issues");
        navigate("organise/datasets/issues");
        Grid<?> overview = _get(Grid.class, spec -> spec.withId("data-quality-grid"));
        assertThat(_size(overview)).as("the publisher's one dataset").isEqualTo(1);
        assertThat(String.join(" | ", _getFormattedRow(overview, 0))).containsSubsequence("0", "2", "less than an hour",
                "Release 1: 2024 Q1: #" + issue.id() + " Mojibake in road names");
    }

    @Test
    void thePublisherPicksTheFixesOfTheDraftReleaseAndPublishingClosesThem() {
        Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        DataIssueView issue = as(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(
                DataIssueKind.VALUE_ERROR, dataset.releaseId(), "injured", "Negative injured", "Row 9: -1")));
        as(publisher, () -> {
            var page = publishing.edit(dataset.datasetId());
            var draft = publishing.createRelease(page.id(), page.version(), "2024 Q2", null);
            return publishing.uploadFile(draft.id(), DatasetFixtures.utf8(DatasetFixtures.ACCIDENTS_CSV), "a.csv");
        });
        signInAs(publisher);
        navigate("organise/datasets/" + dataset.datasetId());
        _get(TabSheet.class).setSelectedIndex(2);

        MultiSelectComboBox<DataIssueView> choice = _get(MultiSelectComboBox.class,
                spec -> spec.withId("release-fixes-choice"));
        _setValue(choice, Set.of(choice.getListDataView().getItems().filter(i -> i.id() == issue.id())
                .findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("release-fixes-save")));
        expectNotifications("One issue changed; its reporter is told.");
        _click(_get(Button.class, spec -> spec.withId("release-publish")));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));

        navigate("data/" + dataset.slug());
        assertThat(_get(Div.class, spec -> spec.withId("release-fixes")).getElement().getTextRecursively())
                .contains("#" + issue.id() + " Negative injured");
        assertThat(_size(issueGrid())).as("no open issue left").isZero();
        _setValue(_get(Select.class, spec -> spec.withId("issue-filter")), DataIssueFilter.CLOSED);
        assertThat(row(0)).contains("Fixed · release 2: 2024 Q2");
    }

    private static String row(int index) {
        return String.join(" | ", _getFormattedRow(issueGrid(), index));
    }

    private void report(String title) {
        _click(_get(Button.class, spec -> spec.withId("report-issue")));
        _setValue(_get(Select.class, spec -> spec.withId("issue-kind")), DataIssueKind.DOCUMENTATION);
        _setValue(_get(ComboBox.class, spec -> spec.withId("issue-column")), "speed_kmh");
        _setValue(_get(TextField.class, spec -> spec.withId("issue-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("issue-description")), "km/h or mph?");
        _click(_get(Button.class, spec -> spec.withId("issue-submit")));
    }
}
