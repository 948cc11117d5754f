package org.opencontest.submission.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.opencontest.dataset.DatasetChoice;
import org.opencontest.dataset.DatasetLinks;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.internal.StageStanding;
import org.opencontest.submission.internal.StageStandings;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.internal.SubmittedFile;
import org.opencontest.submission.VersionDetail;

/**
 * One submitted version: the receipt page for the team (linked from the receipt mail) and the package view for the
 * contest's organisers. Files download through short-lived presigned links straight from the object store; the
 * receipt downloads as a text file for {@code /verify}.
 */
@Route("receipts/:versionId")
@PermitAll
public class VersionView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient SubmissionReading submissions;
    private final transient DatasetLinks datasetLinks;
    private final transient StageStandings stageStandings;
    private List<StageStanding> stageList = List.of();
    private VersionDetail detail;
    private List<DatasetChoice> datasets = List.of();

    public VersionView(SubmissionReading submissions, DatasetLinks datasetLinks, StageStandings stageStandings) {
        this.submissions = submissions;
        this.stageStandings = stageStandings;
        this.datasetLinks = datasetLinks;
        setId("version-view");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = event.getRouteParameters().getLong("versionId").orElseThrow(NotFoundException::new);
            detail = submissions.version(id);
            datasets = datasetLinks.linksTo(detail.input().datasetIds());
            stageList = stagesOf(detail.summary().contestId());
        } catch (NotFoundException unknownOrHidden) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submission.version.title", detail == null ? "" : detail.summary().number());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (detail == null) {
            return;
        }
        var summary = detail.summary();
        var zone = detail.receipt().contestZone();
        add(new H1(getTranslation("submission.version.heading", summary.teamName(), summary.number())));
        add(SubmissionTexts.badges(this, summary), new Paragraph(getTranslation("submission.version.submittedAt",
                SubmissionTexts.when(summary.submittedAt(), zone))));
        if (summary.stage() >= 1 && summary.stage() <= stageList.size()) {
            // a staged contest: the receipt page names the stage the version was submitted in
            Paragraph stage = new Paragraph(getTranslation("submission.version.stage",
                    stageList.get(summary.stage() - 1).name().in(getLocale())));
            stage.setId("version-stage");
            add(stage);
        }
        PackageInput input = detail.input();
        Div description = new Div();
        description.setId("version-description");
        line(description, "submission.field.titleEn", input.titleEn());
        line(description, "submission.field.titleZh", input.titleZh());
        line(description, "submission.field.abstractEn", input.abstractEn());
        line(description, "submission.field.abstractZh", input.abstractZh());
        if (!datasets.isEmpty()) {
            Paragraph used = new Paragraph(getTranslation("submission.field.datasets") + ": ");
            used.setId("version-datasets");
            for (int i = 0; i < datasets.size(); i++) {
                DatasetChoice dataset = datasets.get(i);
                used.add(new Anchor(dataset.path(), dataset.title().in(getLocale())));
                if (i < datasets.size() - 1) {
                    used.add(", ");
                }
            }
            description.add(used);
        }
        line(description, "submission.field.otherData", input.otherData());
        line(description, "submission.field.demoLink", input.demoLink());
        line(description, "submission.field.repositoryLink", input.repositoryLink());
        line(description, "submission.field.videoLink", input.videoLink());
        add(description, new H3(getTranslation("submission.files")), files());

        add(new H3(getTranslation("submission.receipt")));
        add(new Paragraph(getTranslation("submission.receipt.help")));
        Pre receipt = new Pre(detail.receipt().document());
        receipt.setId("receipt-text");
        receipt.addClassName("receipt");
        String fileName = "receipt-" + detail.receipt().contestSlug() + "-" + summary.submissionId() + "-v"
                + summary.number() + ".txt";
        byte[] document = detail.receipt().document().getBytes(StandardCharsets.UTF_8);
        DownloadHandler receiptFile = request -> {
            request.setFileName(fileName);
            request.setContentType("text/plain; charset=utf-8");
            request.setContentLength(document.length);
            request.getOutputStream().write(document);
        };
        Anchor download = new Anchor(receiptFile, getTranslation("submission.receipt.download"));
        download.setId("receipt-download");
        Anchor verify = new Anchor("verify", getTranslation("submission.receipt.verifyLink"));
        add(receipt, new HorizontalLayout(download, verify));
    }

    /** The contest's stages as the viewer may see them; none where the contest page is hidden from them. */
    private List<StageStanding> stagesOf(long contestId) {
        try {
            return stageStandings.forCaller(contestId);
        } catch (NotFoundException hidden) {
            return List.of();
        }
    }

    private Grid<SubmittedFile> files() {
        Grid<SubmittedFile> grid = new Grid<>();
        grid.setId("version-files");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(file -> {
            // the link is signed when the page is shown and stays valid for minutes; reload for a fresh one
            Anchor link = new Anchor(submissions.fileLink(detail.summary().id(), file.id()).toString(), file.name());
            link.setTarget(AnchorTarget.BLANK);
            return link;
        }).setHeader(getTranslation("submission.column.name")).setFlexGrow(3);
        grid.addColumn(file -> SubmissionTexts.size(file.size())).setHeader(getTranslation("submission.column.size"));
        grid.addColumn(SubmittedFile::mediaType).setHeader(getTranslation("submission.column.type"));
        grid.addColumn(SubmittedFile::sha256).setHeader(getTranslation("submission.column.sha256")).setFlexGrow(4);
        grid.setItems(detail.files());
        return grid;
    }

    private void line(Div target, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph paragraph = new Paragraph(getTranslation(labelKey) + ": " + value);
            paragraph.addClassName("preserve-lines");
            target.add(paragraph);
        }
    }
}
