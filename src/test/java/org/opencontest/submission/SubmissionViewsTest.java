package org.opencontest.submission;

import java.util.List;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.submission.ViewChecks.id;
import static org.opencontest.submission.ViewChecks.refused;
import static org.opencontest.submission.ViewChecks.text;
import static org.opencontest.support.Actors.as;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.storage.PseudoRandomInputStream;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.support.KaribuTest;
import org.opencontest.support.UploadRequests;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** The team's submission page, the receipt page, /verify and the organiser's page, driven server-side. */
class SubmissionViewsTest extends KaribuTest {

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;

    SubmissionFixtures.Scenario s;

    @BeforeEach
    void scenario() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
    }

    @Test
    void aMemberDescribesTheSolutionSubmitsAndLandsOnTheReceipt() {
        signInAs(s.member());
        navigate("submissions");
        assertThat(id(Anchor.class, "submission-contest-" + s.contestId()).getHref())
                .isEqualTo("submissions/" + s.contestId());

        navigate("submissions/" + s.contestId());
        assertThat(text("submission-deadline")).contains("Deadline:", "(Asia/Shanghai)");
        assertThat(text("submission-rules")).contains("PDF", " GB per file").doesNotContain("application/pdf", "MiB");
        _setValue(id(TextField.class, "submission-title-en"), "Safer crossings");
        _setValue(id(TextArea.class, "submission-abstract-en"), "Fewer accidents at school crossings.");
        _setValue(id(TextField.class, "submission-demo-link"), "not a link");
        refused(() -> _click(id(Button.class, "submission-save")),
                "Demo link must be a web address starting with http:// or https://.");

        _setValue(id(TextField.class, "submission-demo-link"), "https://demo.example.org");
        _click(id(Button.class, "submission-submit"));
        refused(() -> _click(id(Button.class, "confirm-action")), "Upload at least one file before submitting.");

        // the upload itself streams through the handler in a browser (see the journey); here through the service
        as(s.member(), () -> drafts.upload(s.contestId(), SubmissionFixtures.pdf(), "proposal.pdf", clock.instant()));
        navigate("submissions/" + s.contestId());
        assertThat(_size(id(Grid.class, "submission-files"))).isEqualTo(1);
        assertThat(id(TextField.class, "submission-title-en").getValue()).as("the draft was saved before")
                .isEqualTo("Safer crossings");
        _click(id(Button.class, "submission-submit"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-text")).getText())
                .contains("cannot be changed or deleted");
        _click(id(Button.class, "confirm-action"));
        expectNotifications("Version 1 submitted. The receipt is on its way by e-mail.");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("receipts/");
        assertThat(id(Pre.class, "receipt-text").getText()).contains("version=1", "file.1.name=proposal.pdf",
                "signature=");
        assertThat(id(Anchor.class, "receipt-download").getHref()).isNotBlank();
    }

    @Test
    void theUploadTellsTheBrowserItsLimitsAndStopsReadingARefusedFile() {
        signInAs(s.member());
        navigate("submissions/" + s.contestId());
        Upload upload = id(Upload.class, "submission-upload");

        UploadRequests.Sent sent = UploadRequests.send(upload, "tool.exe", new SequenceInputStream(
                new ByteArrayInputStream(SubmissionFixtures.EXE), new PseudoRandomInputStream(9, 64 * SubmissionRules.MIB)));

        assertThat(sent.bytesRead()).as("bytes read of a 64 MiB upload before the refusal").isLessThan(256 * 1024);
        assertThat(sent.status()).isEqualTo(422);
        expectNotifications("tool.exe is not an allowed type (its content is EXE). Nothing was stored.");
        assertThat(as(s.member(), () -> drafts.myPackage(s.contestId())).files()).isEmpty();
        assertThat(upload.getElement().getProperty("maxFileSize", 0.0)).as("the contest's 2 GiB, beyond an int")
                .isEqualTo(2048.0 * SubmissionRules.MIB);
        assertThat(upload.getAcceptedFileTypes()).contains("application/pdf", ".pdf", "application/zip", ".zip");
    }

    @Test
    void theVerifyPageTellsGenuineFromChangedReceipts() {
        VersionDetail version = submitted();
        signOut();
        navigate("verify");
        _setValue(id(TextArea.class, "verify-receipt"), version.receipt().document());
        _click(id(Button.class, "verify-check"));
        assertThat(text("verify-outcome")).startsWith("Genuine: signed by this server");
        assertThat(text("verify-rehashed")).startsWith("The stored files were re-read and re-hashed at");
        assertThat(text("verify-result")).contains("version 1", "1 file.");

        _setValue(id(TextArea.class, "verify-receipt"), version.receipt().document().replace("late=false", "late=true"));
        _click(id(Button.class, "verify-check"));
        assertThat(text("verify-outcome")).startsWith("Not genuine");

        useLocale(SupportedLocales.CHINESE);
        _setValue(id(TextArea.class, "verify-receipt"), "你好");
        _click(id(Button.class, "verify-check"));
        assertThat(text("verify-outcome")).isEqualTo("这不是 OpenContest 回执（或内容不完整）。");
    }

    @Test
    void theOrganiserFiltersTheOverviewAndChangesTheRules() {
        submitted();
        signInAs(s.organiser());
        navigate("organise/submissions/" + s.contestId());
        Grid<?> grid = id(Grid.class, "submissions-grid");
        assertThat(_size(grid)).isEqualTo(1);
        _setValue(id(Checkbox.class, "filter-final"), true);
        assertThat(_size(grid)).isEqualTo(1);
        _setValue(id(IntegerField.class, "filter-min-versions"), 2);
        assertThat(_size(grid)).isZero();
        assertThat(id(Anchor.class, "export-zip").getHref()).isNotBlank();

        _setValue(id(IntegerField.class, "rules-max-files"), 0);
        refused(() -> _click(id(Button.class, "rules-save")), "Max files must be between 1 and 100.");
        _setValue(id(IntegerField.class, "rules-max-files"), 3);
        _click(id(Button.class, "rules-save"));
        expectNotifications("Rules saved.");
        assertThat(id(IntegerField.class, "rules-max-files").getValue()).isEqualTo(3);
    }

    @Test
    void strangersFindNeitherTheOverviewNorTheReceipt() {
        VersionDetail version = submitted();
        SubmissionFixtures.Scenario other = SubmissionFixtures.scenario(contests, teams, clock.instant());
        signInAs(other.organiser());
        navigate("organise/submissions/" + s.contestId());
        _get(NotFoundView.class);
        signInAs(other.leader());
        navigate("receipts/" + version.summary().id());
        _get(NotFoundView.class);
        navigate("submissions/" + s.contestId());
        assertThat(text("submission-problem")).isEqualTo("You are not in a team of this contest.");
    }

    @Test
    void theSubmissionPageSpeaksChinese() {
        signInAs(s.leader());
        useLocale(SupportedLocales.CHINESE);
        navigate("submissions/" + s.contestId());
        assertThat(text("submission-deadline")).contains("截止时间", "以服务器时间为准");
        assertThat(id(TextField.class, "submission-title-zh").getLabel()).isEqualTo("标题（中文）");
        assertThat(id(Button.class, "submission-submit").getText()).isEqualTo("提交版本");
    }

    private VersionDetail submitted() {
        return as(s.member(), () -> {
            drafts.upload(s.contestId(), SubmissionFixtures.pdf(), "proposal.pdf", clock.instant());
            PackageState state = drafts.myPackage(s.contestId());
            drafts.saveDraft(s.contestId(), state.version(), new PackageInput(state.input().trackId(),
                    "Safer crossings", null, null, null, List.of(), null, null, null, null));
            return submitting.submit(s.contestId(), UUID.randomUUID().toString());
        });
    }
}
