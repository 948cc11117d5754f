package org.opencontest.evaluation.ui;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPicker;
import org.opencontest.contest.ContestService;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.JuryAdvancement;
import org.opencontest.evaluation.internal.LeaderboardRules;
import org.opencontest.evaluation.internal.Metric;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.PickerTexts;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.StreamedUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluated tracks for a contest's organisers: a track's metric, columns, split, quota and precision; the answer
 * key's upload (streamed); the scoring entries; the reveal of the private leaderboard and the advancement of its top
 * teams into a jury round.
 */
@Route("organise/evaluation/:contestId?")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
@Menu(title = "nav.evaluation.organise", order = 56, icon = "vaadin:chart-3d")
public class EvaluationSetupView extends LoadedView implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationSetupView.class);

    private final transient EvaluationSetup setup;
    private final transient ContestService contests;
    private final transient JuryAdvancement advancement;
    private Long contestId;

    public EvaluationSetupView(EvaluationSetup setup, ContestService contests, JuryAdvancement advancement) {
        this.setup = setup;
        this.advancement = advancement;
        this.contests = contests;
        setId("evaluation-setup");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        contestId = ContestPicker.managedContest(event, contests).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.setup.title");
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("evaluation.setup.title")), contestChooser());
        if (contestId == null) {
            add(new Paragraph(getTranslation("evaluation.setup.choose")));
            return;
        }
        ContestPage contest = contests.page(contestId);
        add(new Paragraph(getTranslation("evaluation.setup.help")),
                new Paragraph(new Anchor("contests/" + contest.slug() + "/leaderboard",
                        getTranslation("evaluation.setup.toLeaderboard"))));
        List<TrackView> tracks = setup.tracks(contestId);
        for (TrackView track : tracks) {
            add(trackSection(contest, track));
        }
        add(new H2(getTranslation("evaluation.setup.add")),
                settingsForm(contest, null, TrackSettings.defaults(contest.tracks().isEmpty() ? null
                        : contest.tracks().get(0).id())));
    }

    private ContestPicker contestChooser() {
        ContestPicker chooser = new ContestPicker(contests, getTranslation("evaluation.setup.contest"), contestId, EvaluationSetupView.class);
        chooser.setId("evaluation-contest");
        return chooser;
    }

    private Div trackSection(ContestPage contest, TrackView track) {
        Div section = new Div();
        section.setId("evaluated-track-" + track.id());
        section.addClassName("evaluated-track");
        TrackSettings settings = track.settings();
        section.add(new H2(trackName(contest, settings.trackId())));
        Paragraph key = new Paragraph(track.hasKey()
                ? getTranslation("evaluation.setup.key", track.keyName(), track.keyRows(), track.keyPublicRows(),
                EvaluationUi.when(track.keyUploadedAt()))
                : getTranslation("evaluation.setup.noKey"));
        key.addClassName("evaluation-key");
        section.add(key, answerKeyUpload(track));
        section.add(new H3(getTranslation("evaluation.setup.settings")), settingsForm(contest, track, settings),
                new H3(getTranslation("evaluation.rules.title")), rulesForm(contest, track));
        if (track.revealedAt() != null) {
            section.add(new Paragraph(getTranslation("evaluation.setup.revealed", EvaluationUi.when(track.revealedAt()))),
                    new JuryAdvancementForm(advancement, contestId, track.id()));
        } else {
            Button reveal = new Button(getTranslation("evaluation.setup.reveal"), click ->
                    new ConfirmAction("evaluation.setup.revealConfirm", () -> {
                        try {
                            setup.reveal(contestId, track.id());
                            Notices.success("evaluation.setup.revealDone");
                            refresh();
                        } catch (UserFacingException refusal) {
                            Notices.error(refusal);
                        }
                    }).open());
            reveal.setId("evaluation-reveal-" + track.id());
            section.add(reveal);
        }
        section.add(new H3(getTranslation("evaluation.setup.entries")), EvaluationUi.entryGrid(
                "evaluation-entries-" + track.id(), settings.precision(), true, true,
                setup.entries(contestId, track.id())));
        return section;
    }

    private Upload answerKeyUpload(TrackView track) {
        Upload upload = new Upload();
        upload.setId("evaluation-key-upload-" + track.id());
        upload.setMaxFiles(1);
        StreamedUpload.limit(upload, 2L * 1024 * 1024 * 1024, List.of("text/csv", ".csv"));
        UploadI18N i18n = StreamedUpload.texts();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("evaluation.setup.keyAdd"))
                .setMany(getTranslation("evaluation.setup.keyAdd")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("evaluation.setup.keyDrop"))
                .setMany(getTranslation("evaluation.setup.keyDrop")));
        upload.setI18n(i18n);
        long contest = contestId;
        upload.setUploadHandler(new StreamedUpload() {
            @Override
            protected void store(UploadEvent event) {
                UI ui = event.getUI();
                String name = event.getFileName();
                try {
                    InputStream content = event.getInputStream();
                    TrackView saved = setup.uploadAnswerKey(contest, track.id(), content, name);
                    ui.access(() -> {
                        Notices.success("evaluation.setup.keyDone", saved.keyRows());
                        refresh();
                    });
                } catch (UserFacingException refusal) {
                    throw refusal;
                } catch (RuntimeException broken) {
                    LOG.info("Answer key upload {} did not complete: {}", name, broken.toString());
                    ui.access(() -> Notices.error("evaluation.setup.keyFailed", name));
                }
            }
        });
        return upload;
    }

    private FormLayout settingsForm(ContestPage contest, TrackView track, TrackSettings settings) {
        String prefix = track == null ? "evaluation-new-" : "evaluation-" + track.id() + "-";
        Select<Long> contestTrack = new Select<>();
        contestTrack.setLabel(getTranslation("evaluation.settings.track"));
        contestTrack.setId(prefix + "track");
        // the empty choice is the whole contest (track null)
        contestTrack.setEmptySelectionAllowed(true);
        contestTrack.setEmptySelectionCaption(getTranslation("evaluation.settings.wholeContest"));
        contestTrack.setItems(contest.tracks().stream().map(ContestPage.Track::id).toList());
        contestTrack.setItemLabelGenerator(id -> id == null ? getTranslation("evaluation.settings.wholeContest")
                : trackName(contest, id));
        contestTrack.setValue(settings.trackId());
        contestTrack.setReadOnly(track != null);
        Select<Metric> metric = new Select<>();
        metric.setLabel(getTranslation("evaluation.settings.metric"));
        metric.setId(prefix + "metric");
        metric.setItems(Arrays.asList(Metric.values()));
        metric.setItemLabelGenerator(m -> MetricTexts.name(this, m, "K"));
        metric.setValue(settings.metric());
        IntegerField cutoff = new IntegerField(getTranslation("evaluation.settings.cutoff"));
        cutoff.setId(prefix + "cutoff");
        cutoff.setValue(settings.rankingCutoff());
        cutoff.setHelperText(getTranslation("evaluation.settings.cutoffHelp"));
        cutoff.setVisible(settings.metric().kind() == Metric.Kind.RANKING);
        metric.addValueChangeListener(changed -> cutoff.setVisible(changed.getValue() != null
                && changed.getValue().kind() == Metric.Kind.RANKING));
        TextField idColumn = new TextField(getTranslation("evaluation.settings.idColumn"));
        idColumn.setId(prefix + "id-column");
        idColumn.setValue(settings.idColumn());
        TextField targetColumn = new TextField(getTranslation("evaluation.settings.targetColumn"));
        targetColumn.setId(prefix + "target-column");
        targetColumn.setValue(settings.targetColumn());
        NumberField fraction = new NumberField(getTranslation("evaluation.settings.fraction"));
        fraction.setId(prefix + "fraction");
        fraction.setMin(0.05);
        fraction.setMax(0.95);
        fraction.setStep(0.05);
        fraction.setValue(settings.publicFraction());
        fraction.setHelperText(getTranslation("evaluation.settings.fractionHelp"));
        IntegerField quota = new IntegerField(getTranslation("evaluation.settings.quota"));
        quota.setId(prefix + "quota");
        quota.setValue(settings.dailyQuota());
        quota.setHelperText(getTranslation("evaluation.settings.quotaHelp"));
        IntegerField precision = new IntegerField(getTranslation("evaluation.settings.precision"));
        precision.setId(prefix + "precision");
        precision.setValue(settings.precision());
        Checkbox blind = new Checkbox(getTranslation("evaluation.settings.blind"));
        blind.setId(prefix + "blind");
        blind.setValue(settings.blind());
        Button save = new Button(getTranslation(track == null ? "evaluation.settings.create" : "evaluation.settings.save"));
        save.setId(prefix + "save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, () -> {
            try {
                TrackSettings changed = new TrackSettings(contestTrack.getValue(), metric.getValue(),
                        idColumn.getValue(), targetColumn.getValue(),
                        Objects.requireNonNullElse(fraction.getValue(), -1.0),
                        Objects.requireNonNullElse(quota.getValue(), -1),
                        Objects.requireNonNullElse(precision.getValue(), -1), blind.getValue(),
                        Objects.requireNonNullElse(cutoff.getValue(), -1));
                setup.save(contestId, track == null ? null : track.id(), track == null ? 0 : track.version(), changed);
                Notices.success("evaluation.settings.saved");
                refresh();
            } catch (UserFacingException refusal) {
                Notices.error(refusal);
            }
        });
        FormLayout form = new FormLayout(contestTrack, metric, cutoff, idColumn, targetColumn, fraction, quota,
                precision, blind, save);
        form.setId(prefix + "form");
        return form;
    }

    /** Final selections per team and the freeze, in the contest's zone. */
    private FormLayout rulesForm(ContestPage contest, TrackView track) {
        String prefix = "evaluation-" + track.id() + "-";
        ZoneId zone = contest.zone();
        IntegerField selections = new IntegerField(getTranslation("evaluation.rules.selections"));
        selections.setId(prefix + "selections");
        selections.setValue(track.rules().finalSelections());
        selections.setHelperText(getTranslation("evaluation.rules.selectionsHelp"));
        DateTimePicker freeze = new DateTimePicker(getTranslation("evaluation.rules.freeze", zone.getId()));
        freeze.setId(prefix + "freeze");
        freeze.setDatePickerI18n(PickerTexts.datePicker(EvaluationUi.locale()));
        freeze.setHelperText(getTranslation("evaluation.rules.freezeHelp"));
        Instant frozenFrom = track.rules().frozenFrom();
        freeze.setValue(frozenFrom == null ? null : LocalDateTime.ofInstant(frozenFrom, zone));
        Button save = new Button(getTranslation("evaluation.rules.save"));
        save.setId(prefix + "rules-save");
        SingleSubmit.onClick(save, () -> {
            try {
                setup.saveRules(contestId, track.id(), track.version(), new LeaderboardRules(
                        Objects.requireNonNullElse(selections.getValue(), 0),
                        freeze.getValue() == null ? null : freeze.getValue().atZone(zone).toInstant()));
                Notices.success("evaluation.settings.saved");
                refresh();
            } catch (UserFacingException refusal) {
                Notices.error(refusal);
            }
        });
        FormLayout form = new FormLayout(selections, freeze, save);
        form.setId(prefix + "rules");
        return form;
    }

    private String trackName(ContestPage contest, Long trackId) {
        return contest.tracks().stream().filter(candidate -> Objects.equals(candidate.id(), trackId))
                .map(candidate -> EvaluationUi.text(candidate.name())).findFirst()
                .orElse(getTranslation("evaluation.settings.wholeContest"));
    }
}
