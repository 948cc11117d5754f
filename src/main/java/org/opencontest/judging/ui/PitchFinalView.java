package org.opencontest.judging.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import org.opencontest.judging.internal.PitchFinalDetail;
import org.opencontest.judging.internal.PitchFinalInput;
import org.opencontest.judging.internal.PitchFinals;
import org.opencontest.judging.internal.PitchRound;
import org.opencontest.judging.internal.PitchRow;
import org.opencontest.judging.internal.PitchSchedule;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.PickerTexts;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * The organiser's page of a round's final (live pitches): the schedule (where, when, how long), the draw of the
 * pitching order, the running order with every slot's times in the contest's zone, and the timer of the pitch on
 * stage. The timer counts on the server's clock; the page polls it every second while it is open.
 */
@Route("organise/judging/rounds/:roundId/final")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class PitchFinalView extends LoadedView implements HasDynamicTitle {

    static final int POLL_MILLIS = 1000;

    private final transient PitchFinals finals;
    private final transient Clock clock;
    private long roundId;
    private PitchRound round;
    private Optional<PitchFinalDetail> current = Optional.empty();
    private final Span timer = new Span();
    private Registration polling;

    public PitchFinalView(PitchFinals finals, Clock clock) {
        this.finals = finals;
        this.clock = clock;
        setId("pitch-final");
        addClassName("page");
        timer.setId("pitch-timer");
        timer.getElement().setAttribute("role", "timer");
        timer.getElement().setAttribute("aria-live", "off");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        roundId = idParameter(event, "roundId");
        round = finals.round(roundId);
        current = finals.forOrganiser(roundId);
    }

    @Override
    protected void render() {
        add(new Anchor("organise/contests/" + round.contestId() + "/judging", getTranslation("pitch.back")),
                new H1(getPageTitle()), new Paragraph(getTranslation("pitch.intro")), scheduleForm());
        current.ifPresent(this::renderFinal);
    }

    private void renderFinal(PitchFinalDetail detail) {
        if (!detail.drawn()) {
            Button draw = new Button(getTranslation("pitch.draw"));
            draw.setId("pitch-draw");
            draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            draw.addClickListener(click -> ConfirmAction.irreversible("pitch.drawConfirm", () -> {
                current = Optional.of(finals.draw(roundId));
                Notices.success("pitch.drawn");
                refresh();
            }).ask());
            add(new H2(getTranslation("pitch.order")), new Paragraph(getTranslation("pitch.notDrawn")), draw);
            return;
        }
        Paragraph seed = new Paragraph(getTranslation("pitch.seed", String.valueOf(detail.seed()),
                DateTimes.format(detail.drawnAt(), detail.contestZone(), getLocale())));
        seed.setId("pitch-seed");
        Button next = new Button(getTranslation("pitch.next"), click -> putOnStage(nextPosition(detail)));
        next.setId("pitch-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(nextPosition(detail) != null);
        Button stop = new Button(getTranslation("pitch.stop"), click -> putOnStage(null));
        stop.setId("pitch-stop");
        stop.setEnabled(detail.onStage() != null);
        Div timerBox = new Div(new H2(getTranslation("pitch.timer")), timer, new HorizontalLayout(next, stop));
        timerBox.setId("pitch-timer-box");
        add(timerBox, new H2(getTranslation("pitch.order")), seed, new Paragraph(getTranslation("pitch.check")),
                orderGrid(detail));
        updateTimer();
    }

    private static Integer nextPosition(PitchFinalDetail detail) {
        int next = detail.onStage() == null ? 1 : detail.onStage() + 1;
        return next <= detail.order().size() ? next : null;
    }

    private void putOnStage(Integer position) {
        current = Optional.of(finals.putOnStage(roundId, position));
        refresh();
    }

    private Grid<PitchRow> orderGrid(PitchFinalDetail detail) {
        Grid<PitchRow> grid = new Grid<>();
        grid.setId("pitch-order");
        grid.addColumn(PitchRow::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> DateTimes.format(row.starts(), detail.contestZone(), getLocale()))
                .setHeader(getTranslation("pitch.column.starts", detail.contestZone().getId())).setAutoWidth(true);
        grid.addColumn(row -> row.teamName() == null ? "" : row.teamName())
                .setHeader(getTranslation("pitch.column.team"));
        grid.addColumn(row -> row.entryTitle() == null ? "" : row.entryTitle().in(getLocale()))
                .setHeader(getTranslation("pitch.column.entry")).setFlexGrow(2);
        grid.addColumn(PitchRow::drawKey).setHeader(getTranslation("pitch.column.key")).setFlexGrow(1);
        grid.addComponentColumn(row -> {
            Button start = new Button(getTranslation("pitch.start"), click -> putOnStage(row.position()));
            start.setId("pitch-start-" + row.position());
            start.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return start;
        }).setHeader(getTranslation("pitch.column.stage")).setAutoWidth(true);
        grid.setItems(detail.order());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The schedule's form; the start is a wall-clock time in the contest's zone. */
    private FormLayout scheduleForm() {
        PitchFinalInput input = current.map(PitchFinalDetail::input).orElse(new PitchFinalInput(null, null, null,
                7, 5, 3, 0, 0));
        DateTimePicker start = new DateTimePicker(getTranslation("pitch.field.start", zoneText()));
        start.setId("pitch-start");
        start.setDatePickerI18n(PickerTexts.datePicker(getLocale()));
        if (input.startsAt() != null) {
            start.setValue(LocalDateTime.ofInstant(input.startsAt(), round.contestZone()));
        }
        TextField venue = text("pitch-venue", "pitch.field.venue", input.venue());
        TextField link = text("pitch-link", "pitch.field.link", input.onlineLink());
        IntegerField pitch = number("pitch-minutes", "pitch.field.pitch", input.pitchMinutes());
        IntegerField qa = number("pitch-qa", "pitch.field.qa", input.qaMinutes());
        IntegerField changeover = number("pitch-changeover", "pitch.field.changeover", input.changeoverMinutes());
        IntegerField breakEvery = number("pitch-break-every", "pitch.field.breakEvery", input.breakEvery());
        IntegerField breakMinutes = number("pitch-break-minutes", "pitch.field.breakMinutes", input.breakMinutes());
        Button save = new Button(getTranslation("pitch.save"));
        save.setId("pitch-save");
        SingleSubmit.onClick(save, () -> {
            PitchFinalInput changed = new PitchFinalInput(venue.getValue(), link.getValue(),
                    start.getValue() == null ? null : start.getValue().atZone(round.contestZone()).toInstant(),
                    value(pitch), value(qa), value(changeover), value(breakEvery), value(breakMinutes));
            current = Optional.of(finals.schedule(roundId, current.map(PitchFinalDetail::version).orElse(null),
                    changed));
            Notices.success("pitch.saved");
            refresh();
        });
        FormLayout form = new FormLayout(start, venue, link, pitch, qa, changeover, breakEvery, breakMinutes, save);
        form.setId("pitch-schedule");
        return form;
    }

    private String zoneText() {
        return round.contestZone().getId();
    }

    private TextField text(String id, String key, String value) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        return field;
    }

    private IntegerField number(String id, String key, int value) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(0);
        field.setValue(value);
        return field;
    }

    /** An empty field counts as -1, which the service refuses with the rule's message. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    /** Redraws the timer from the server's clock: who is on stage, which part, and the time left (or over). */
    void updateTimer() {
        Optional<PitchRow> onStage = current.flatMap(PitchFinalDetail::onStageRow);
        if (onStage.isEmpty()) {
            timer.setText(getTranslation("pitch.timer.idle"));
            return;
        }
        PitchFinalDetail detail = current.get();
        PitchRow row = onStage.get();
        PitchSchedule.Part part = PitchSchedule.partAt(detail.onStageSince(), clock.instant(),
                Duration.ofMinutes(detail.input().pitchMinutes()), Duration.ofMinutes(detail.input().qaMinutes()));
        String who = "#" + row.position() + " " + (row.teamName() == null ? "" : row.teamName());
        timer.setText(getTranslation("pitch.timer." + part.phase().name(), who.strip(), clockText(part.remaining())));
    }

    static String clockText(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> updateTimer());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pitch.title", round == null ? "" : round.name().in(getLocale()));
    }
}
