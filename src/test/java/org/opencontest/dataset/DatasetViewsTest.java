package org.opencontest.dataset;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.dataset.DatasetFixtures.ACCIDENTS_CSV;
import static org.opencontest.dataset.DatasetFixtures.metadata;
import static org.opencontest.dataset.DatasetFixtures.uniqueSlug;
import static org.opencontest.dataset.DatasetFixtures.utf8;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.opencontest.dataset.DatasetFixtures.Published;
import org.opencontest.dataset.ui.CatalogView;
import org.opencontest.dataset.ui.DatasetEditorView;
import org.opencontest.dataset.ui.DatasetStatsView;
import org.opencontest.dataset.ui.MyDatasetsView;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

class DatasetViewsTest extends KaribuTest {

    @Autowired
    DatasetPublishing publishing;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal participant = person(Role.PARTICIPANT);

    @Test
    void anonymousVisitorsFindPublicDatasetsInTheCatalogInTheirLanguage() {
        Published open = publish(AccessTier.OPEN);
        Published registered = publish(AccessTier.REGISTERED);
        navigate("data");

        _get(CatalogView.class);
        _get(Div.class, spec -> spec.withId("dataset-card-" + open.slug()));
        _setValue(_get(TextField.class, spec -> spec.withId("catalog-search")), open.slug());
        _get(Div.class, spec -> spec.withId("dataset-card-" + open.slug()));
        _assertNone(Div.class, spec -> spec.withId("dataset-card-" + registered.slug()));
        @SuppressWarnings("unchecked")
        Select<AccessTier> tier = _get(Select.class, spec -> spec.withId("filter-tier"));
        _setValue(tier, AccessTier.REGISTERED);
        _get(Paragraph.class, spec -> spec.withId("catalog-empty"));

        useLocale(SupportedLocales.CHINESE);
        _setValue(tier, null);
        assertThat(_get(Div.class, spec -> spec.withId("dataset-card-" + open.slug())).getElement().getTextRecursively())
                .contains("道路交通事故").contains("完全开放").contains("CSV");
    }

    @Test
    void aParticipantAcceptsTheTermsThenGetsADownloadLink() {
        Published agreement = publish(AccessTier.AGREEMENT);
        navigate("data/" + agreement.slug());
        assertThat(_get(H1.class, spec -> spec.withId("dataset-title")).getText()).startsWith("Road accidents");
        _get(Anchor.class, spec -> spec.withId("dataset-sign-in"));
        _click(_get(Button.class, spec -> spec.withId("download-" + agreement.fileId())));
        expectNotifications("Sign in to download the files.");

        signInAs(participant);
        navigate("data/" + agreement.slug());
        assertThat(_get(Paragraph.class, spec -> spec.withId("terms-text")).getText()).contains("Never re-identify");
        _click(_get(Button.class, spec -> spec.withId("accept-terms")));
        expectNotifications("Terms accepted. You can download the files now.");
        _get(Paragraph.class, spec -> spec.withId("terms-accepted"));

        _click(_get(Button.class, spec -> spec.withId("download-" + agreement.fileId())));
        Anchor link = _get(Anchor.class, spec -> spec.withId("download-link-" + agreement.fileId()));
        assertThat(link.getHref()).contains("X-Amz-Signature");
        assertThat(_get(Span.class, spec -> spec.withId("sha256-" + agreement.fileId())).getText())
                .isEqualTo(DatasetFixtures.sha256(ACCIDENTS_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        _get(Div.class, spec -> spec.withId("dictionary-" + agreement.fileId()));
    }

    @Test
    void hiddenDatasetsAreNotFound() {
        DatasetPage draft = as(organiser, () -> publishing.create(metadata(uniqueSlug("hidden"), AccessTier.OPEN, Set.of())));
        navigate("data/" + draft.metadata().slug());
        _get(NotFoundView.class);

        signInAs(person(Role.ORGANISER));
        navigate("organise/datasets/" + draft.id());
        _get(NotFoundView.class);
    }

    @Test
    void anOrganiserCreatesADatasetAndStartsARelease() {
        signInAs(organiser);
        navigate("organise/datasets");
        _get(MyDatasetsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-dataset")));
        _get(DatasetEditorView.class);

        String slug = uniqueSlug("form");
        _setValue(_get(TextField.class, spec -> spec.withId("slug")), slug);
        _setValue(_get(TextField.class, spec -> spec.withId("title-en")), "Bus stops");
        _setValue(_get(TextField.class, spec -> spec.withId("title-zh")), "公交站点");
        _setValue(_get(TextArea.class, spec -> spec.withId("description-en")), "Every bus stop with its lines.");
        _setValue(_get(TextField.class, spec -> spec.withId("publisher-name")), "Transport Commission");
        _setValue(_get(TextField.class, spec -> spec.withId("keywords")), "bus, 公交，stops");
        @SuppressWarnings("unchecked")
        Select<PublisherType> publisherType = _get(Select.class, spec -> spec.withId("publisher-type"));
        _setValue(publisherType, PublisherType.REGIONAL_AUTHORITY);
        _setValue(_get(TextField.class, spec -> spec.withId("spatial-uri")), "https://sws.geonames.org/1796236/");
        _get(TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AccessTier> tier = _get(RadioButtonGroup.class, spec -> spec.withId("access-tier"));
        _setValue(tier, AccessTier.AGREEMENT);
        _click(_get(Button.class, spec -> spec.withId("dataset-save-access")));
        expectNotifications("A dataset under terms agreement needs its terms text.");

        _setValue(_get(TextArea.class, spec -> spec.withId("terms-en")), "For the contest only.");
        _click(_get(Button.class, spec -> spec.withId("dataset-save-access")));
        expectNotifications("Saved.");
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("organise/datasets/\\d+");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        DatasetPage saved = as(organiser, () -> publishing.edit(id));
        assertThat(saved.metadata().keywords()).containsExactly("bus", "公交", "stops");
        assertThat(saved.metadata().accessTier()).isEqualTo(AccessTier.AGREEMENT);
        assertThat(saved.metadata().publisherType()).isEqualTo(PublisherType.REGIONAL_AUTHORITY);
        assertThat(saved.metadata().spatialUri()).isEqualTo("https://sws.geonames.org/1796236/");
        assertThat(saved.termsVersion()).isEqualTo(1);

        _get(TabSheet.class).setSelectedIndex(2);
        _setValue(_get(TextField.class, spec -> spec.withId("new-release-label")), "2024");
        _click(_get(Button.class, spec -> spec.withId("new-release")));
        expectNotifications("Draft release created. Upload its files.");
        _get(Div.class, spec -> spec.withId("release-1"));
        _click(_get(Button.class, spec -> spec.withId("release-publish")));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("Upload at least one file before publishing the release.");
    }

    @Test
    void aStaleEditorIsRefusedInsteadOfOverwriting() {
        DatasetPage dataset = as(organiser, () -> publishing.create(metadata(uniqueSlug("stale"), AccessTier.OPEN, Set.of())));
        signInAs(organiser);
        navigate("organise/datasets/" + dataset.id());
        as(organiser, () -> publishing.update(dataset.id(), dataset.version(), dataset.metadata()));

        _setValue(_get(TextField.class, spec -> spec.withId("title-en")), "Mine");
        _click(_get(Button.class, spec -> spec.withId("dataset-save")));

        expectNotifications("Someone else changed this in the meantime. Reload to see their changes, then try again.");
    }

    @Test
    void theReportAndDictionaryShowInTheEditorAndStatisticsCountDownloads() {
        Published published = publish(AccessTier.OPEN);
        signInAs(participant);
        navigate("data/" + published.slug());
        _click(_get(Button.class, spec -> spec.withId("download-" + published.fileId())));
        signInAs(organiser);
        navigate("organise/datasets/" + published.datasetId());
        _get(TabSheet.class).setSelectedIndex(2);
        _get(Div.class, spec -> spec.withId("release-1"));

        navigate("organise/datasets/" + published.datasetId() + "/stats");
        _get(DatasetStatsView.class);
        assertThat(_get(Span.class, spec -> spec.withId("stats-downloads")).getText()).isEqualTo("1");
        assertThat(_get(Span.class, spec -> spec.withId("stats-users")).getText()).isEqualTo("1");
        _get(Anchor.class, spec -> spec.withId("export-downloads"));
        // the chart's text alternative: one row per day with its count
        assertThat(_get(NativeTable.class, spec -> spec.withId("downloads-table")).getBody().getRows())
                .singleElement().satisfies(row -> assertThat(row.getElement().getTextRecursively()).endsWith("1"));

        useLocale(SupportedLocales.CHINESE);
        assertThat(_get(DatasetStatsView.class).getPageTitle()).endsWith("的下载统计");
    }

    @Test
    void theDraftReleaseShowsTheValidationReportBeforePublishing() {
        DatasetPage dataset = as(organiser, () -> publishing.create(metadata(uniqueSlug("report"), AccessTier.OPEN, Set.of())));
        ReleaseView release = as(organiser, () -> publishing.createRelease(dataset.id(), dataset.version(), "", null));
        DataFileView ragged = as(organiser, () -> publishing.uploadFile(release.id(), utf8("a,b\n1,2\n3\n"), "r.csv"));
        signInAs(organiser);
        navigate("organise/datasets/" + dataset.id());
        _get(TabSheet.class).setSelectedIndex(2);
        Upload upload = _get(Upload.class, spec -> spec.withId("release-upload"));
        assertThat(upload.getElement().getProperty("maxFileSize", 0.0)).as("50 GB, beyond an int")
                .isEqualTo((double) DataSize.parse("50GB").toBytes());
        assertThat(upload.getAcceptedFileTypes()).as("open data comes in any format").isEmpty();

        assertThat(_get(Div.class, spec -> spec.withId("report-" + ragged.id())).getElement().getTextRecursively())
                .contains("1 row does not have 2 fields like the header (first: rows 3).");
        _setValue(_get(TextField.class, spec -> spec.withId("field-description-" + ragged.id() + "-0")), "Alpha");
        _click(_get(Button.class, spec -> spec.withId("save-descriptions-" + ragged.id())));
        expectNotifications("Column descriptions saved.");
        assertThat(_find(TextField.class, spec -> spec.withId("field-description-" + ragged.id() + "-0")).get(0)
                .getValue()).isEqualTo("Alpha");
    }


    private Published publish(AccessTier tier) {
        return DatasetFixtures.publish(publishing, organiser, tier, Set.of(), null);
    }
}
