package org.opencontest.submission.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;

import org.opencontest.contest.ContestSummary;
import org.opencontest.dataset.ContestDatasetChoices;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.StreamedUpload;
import org.opencontest.storage.FileTypeNames;
import org.opencontest.storage.UploadRules;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.internal.StageStanding;
import org.opencontest.submission.internal.StageStandings;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.submission.internal.SubmittedFile;
import org.opencontest.submission.VersionDetail;
import org.opencontest.submission.VersionSummary;

/**
 * A team's submission page: without a contest id, the contests the caller has a team in; with one, the draft
 * (description and files), the submit button and the submitted versions with the final pick.
 * <p>
 * Files upload through a {@link StreamedUpload} that hands the request stream straight to
 * {@link SubmissionDrafts#upload} (no memory or temp-file buffering; the browser shows the progress). The handler
 * runs outside the UI lock, so it pushes its results back with {@code ui.access}. The server decides every deadline;
 * a stale tab gets the server's refusal.
 */
@Route("submissions/:contestId?")
@PermitAll
@Menu(title = "nav.submissions", order = 40, icon = "vaadin:upload")
public class SubmissionView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {


    private final transient SubmissionDrafts drafts;
    private final transient PackageSubmission submitting;
    private final transient SubmissionReading reading;
    private final transient Clock clock;
    private final transient ContestDatasetChoices datasetChoices;
    private final transient StageStandings stageStandings;

    private final H1 title = new H1();
    private final Div overview = new Div();
    private final VerticalLayout workspace = new VerticalLayout();
    private final Div deadline = new Div();
    private final Div rules = new Div();
    private final PackageForm form = new PackageForm();
    private final Button save = new Button();
    private final H3 filesTitle = new H3();
    private final Upload upload = new Upload(new FileUpload());
    private final Grid<SubmittedFile> files = new Grid<>();
    private final Button submit = new Button(VaadinIcon.PAPERPLANE.create());
    private final H3 versionsTitle = new H3();
    private final Grid<VersionSummary> versions = new Grid<>();

    private Long contestId;
    private PackageState state;
    private String problem;
    /** The team may not change the package now (closed, or not admitted to the stage running). */
    private boolean refused;

    public SubmissionView(SubmissionDrafts drafts, PackageSubmission submitting, SubmissionReading reading,
                          Clock clock, ContestDatasetChoices datasetChoices, StageStandings stageStandings) {
        this.drafts = drafts;
        this.submitting = submitting;
        this.reading = reading;
        this.clock = clock;
        this.datasetChoices = datasetChoices;
        this.stageStandings = stageStandings;
        setId("submission-view");
        addClassName("page");
        deadline.setId("submission-deadline");
        rules.setId("submission-rules");
        rules.addClassName("muted");
        save.setId("submission-save");
        SingleSubmit.onClick(save, this::saveDraft);
        upload.setId("submission-upload");
        upload.setMaxFiles(100);
        files.setId("submission-files");
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        files.setAllRowsVisible(true);
        submit.setId("submission-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> ConfirmAction.irreversible("submission.submitConfirm", this::submitVersion)
                .ask());
        versions.setId("submission-versions");
        versions.setAllRowsVisible(true);

        workspace.setPadding(false);
        workspace.add(deadline, rules, form, save, filesTitle, upload, files, submit, versionsTitle, versions);
        add(title, overview, workspace);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contestId = event.getRouteParameters().getLong("contestId").orElse(null);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submission.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        form.translate();
        save.setText(getTranslation("submission.saveDraft"));
        filesTitle.setText(getTranslation("submission.files"));
        submit.setText(getTranslation("submission.submit"));
        versionsTitle.setText(getTranslation("submission.versions"));
        UploadI18N i18n = StreamedUpload.texts();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("submission.upload.add"))
                .setMany(getTranslation("submission.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("submission.upload.drop"))
                .setMany(getTranslation("submission.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("submission.upload.tooMany"))
                .setFileIsTooBig(getTranslation("submission.upload.tooBig"))
                .setIncorrectFileType(getTranslation("submission.upload.wrongType")));
        upload.setI18n(i18n);
        buildGrids();
        render();
    }

    private void load() {
        problem = null;
        state = null;
        if (contestId != null) {
            try {
                state = drafts.myPackage(contestId);
            } catch (UserFacingException refusal) {
                problem = getTranslation(refusal.getMessageKey(), refusal.getArguments());
            }
        }
        if (state != null) {
            form.offer(datasetChoices.choicesFor(contestId));
            form.fill(state.input());
        }
        render();
    }

    private void render() {
        overview.removeAll();
        workspace.setVisible(state != null);
        if (contestId == null) {
            title.setText(getTranslation("submission.title"));
            renderContestList();
            return;
        }
        if (state == null) {
            title.setText(getTranslation("submission.title"));
            Paragraph message = new Paragraph(problem);
            message.setId("submission-problem");
            overview.add(message);
            return;
        }
        title.setText(state.contestTitle().in(SubmissionTexts.locale()) + " — " + state.teamName());
        deadline.removeAll();
        deadline.add(new Paragraph(getTranslation(state.extended() ? "submission.deadline.extended"
                : "submission.deadline", SubmissionTexts.when(state.deadline(), state.contestZone()))));
        Instant now = clock.instant();
        if (now.isBefore(state.opens())) {
            deadline.add(new Paragraph(getTranslation("submission.deadline.opens",
                    SubmissionTexts.when(state.opens(), state.contestZone()))));
        }
        if (state.closed() || now.isAfter(state.deadline())) {
            deadline.add(closedNotice());
        }
        refused = state.closed() || !stagesAdmit(now);
        // a team that may not submit here sees its package as it stands, not a form it could fill in for nothing
        form.setReadOnly(refused);
        upload.setEnabled(!refused);
        save.setEnabled(!refused);
        submit.setEnabled(!refused);
        SubmissionRules r = state.rules();
        StreamedUpload.limit(upload, r.maxFileBytes(), UploadRules.ofTypes(r.maxFileBytes(), r.allowedTypes()).browserAccept());
        rules.setText(getTranslation("submission.rules.summary", FileTypeNames.of(r.allowedTypes()),
                SubmissionTexts.size(r.maxFileBytes()), SubmissionTexts.size(r.maxPackageBytes()), r.maxFiles(),
                r.quotaPerDay(), r.quotaTotal(), r.grace().toMinutes(), getTranslation(r.latePolicy().messageKey())));
        form.offerTracks(state.tracks(), state.input().trackId());
        files.setItems(state.files());
        versions.setItems(state.versions());
        versionsTitle.setVisible(!state.versions().isEmpty());
        versions.setVisible(!state.versions().isEmpty());
    }

    /**
     * Shows the stages of a staged contest with where the team stands, and whether the stage running now is open to
     * the team (the server refuses it anyway; the page says so up front).
     */
    private boolean stagesAdmit(Instant now) {
        List<StageStanding> stages = stageStandings.forCaller(state.contestId());
        if (stages.isEmpty()) {
            return true;
        }
        deadline.add(StageStandingList.of(this, stages, state.contestZone(), now));
        int current = 0;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).opens() != null && !now.isBefore(stages.get(i).opens())) {
                current = i;
            }
        }
        StageStanding stage = stages.get(current);
        if (!stage.admitted()) {
            deadline.add(refusal(stage, stages.get(Math.max(current - 1, 0))));
        }
        return stage.admitted();
    }

    /** Why the team may not submit in {@code stage}, and where the judges' feedback on the stage before is. */
    private Paragraph refusal(StageStanding stage, StageStanding before) {
        String previous = before.name().in(getLocale());
        Paragraph notice = new Paragraph(getTranslation("submission.standing.refused", stage.name().in(getLocale()),
                getTranslation(before.feedbackReleased() ? "submission.stage.feedback.released"
                        : "submission.stage.feedback.withheld", previous)));
        notice.setId("submission-not-shortlisted");
        notice.addClassName("closed-notice");
        if (before.feedbackReleased()) {
            // the judging module's page, linked by route so the modules stay independent
            Anchor feedback = new Anchor("contests/" + state.contestSlug() + "/feedback",
                    getTranslation("submission.stage.feedback.link"));
            feedback.setId("submission-feedback-link");
            notice.add(new Span(" "), feedback);
        }
        return notice;
    }

    /** Says up front what the server would answer: closed (with how to get more time), or open but late. */
    private Paragraph closedNotice() {
        String when = SubmissionTexts.when(state.deadline(), state.contestZone());
        Paragraph notice = new Paragraph(state.closed() ? getTranslation("submission.closed", when)
                : getTranslation("submission.lateFlagged", when));
        notice.setId("submission-closed");
        notice.addClassName("closed-notice");
        return notice;
    }

    private void renderContestList() {
        var mine = reading.myContests();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("submission.noContests"));
            none.setId("submission-no-contests");
            overview.add(none);
        }
        for (ContestSummary contest : mine) {
            Anchor link = new Anchor("submissions/" + contest.id(), contest.title().in(SubmissionTexts.locale()));
            link.setId("submission-contest-" + contest.id());
            overview.add(new Div(link));
        }
    }

    private void buildGrids() {
        files.removeAllColumns();
        files.addColumn(SubmittedFile::name).setHeader(getTranslation("submission.column.name")).setFlexGrow(3);
        files.addColumn(file -> SubmissionTexts.size(file.size())).setHeader(getTranslation("submission.column.size"));
        files.addColumn(SubmittedFile::mediaType).setHeader(getTranslation("submission.column.type"));
        files.addColumn(file -> file.sha256().substring(0, 12) + "…")
                .setHeader(getTranslation("submission.column.sha256"));
        files.addComponentColumn(file -> {
            Button remove = new Button(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("submission.removeFile", file.name()));
            remove.setId("remove-file-" + file.id());
            remove.setEnabled(!refused);
            remove.addClickListener(click -> {
                drafts.removeFile(contestId, file.id());
                Notices.success("submission.fileRemoved", file.name());
                reloadKeepingInput();
            });
            return remove;
        }).setKey("remove").setFlexGrow(0);

        versions.removeAllColumns();
        versions.addColumn(VersionSummary::number).setHeader(getTranslation("submission.column.version")).setFlexGrow(0);
        versions.addColumn(v -> SubmissionTexts.when(v.submittedAt(), state == null ? null : state.contestZone()))
                .setHeader(getTranslation("submission.column.submittedAt")).setFlexGrow(3);
        versions.addColumn(v -> v.fileCount() + " / " + SubmissionTexts.size(v.totalBytes()))
                .setHeader(getTranslation("submission.column.files"));
        versions.addComponentColumn(v -> SubmissionTexts.badges(this, v));
        versions.addComponentColumn(v -> {
            Anchor receipt = new Anchor("receipts/" + v.id(), getTranslation("submission.receipt"));
            receipt.setId("receipt-link-" + v.id());
            HorizontalLayout actions = new HorizontalLayout(receipt);
            if (!v.finalVersion()) {
                Button pick = new Button(getTranslation("submission.makeFinal"));
                pick.setId("make-final-" + v.id());
                pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                pick.addClickListener(click -> {
                    state = submitting.pickFinal(contestId, v.id());
                    Notices.success("submission.finalPicked", v.number());
                    render();
                });
                actions.add(pick);
            }
            return actions;
        }).setFlexGrow(2);
    }

    private void saveDraft() {
        state = drafts.saveDraft(contestId, state.version(), form.input());
        Notices.success("submission.draftSaved");
        render();
    }

    private void submitVersion() {
        // the draft's description is saved first, so that what the team sees is what it submits
        state = drafts.saveDraft(contestId, state.version(), form.input());
        VersionDetail created = submitting.submit(contestId, state.requestKey());
        Notices.success("submission.submitted", created.summary().number());
        UI.getCurrent().navigate("receipts/" + created.summary().id());
    }

    /** After a change to the files: fresh state, but the description being typed stays in the fields. */
    private void reloadKeepingInput() {
        state = drafts.myPackage(contestId);
        render();
    }

    /** Streams one file into the store through the service; the request thread, not the UI lock. */
    private final class FileUpload extends StreamedUpload {

        @Override
        protected void store(UploadEvent event) {
            Instant startedAt = clock.instant();
            UI ui = event.getUI();
            SubmittedFile stored = drafts.upload(contestId, event.getInputStream(), event.getFileName(), startedAt);
            ui.access(() -> {
                Notices.success("submission.fileUploaded", stored.name());
                reloadKeepingInput();
            });
        }
    }
}
