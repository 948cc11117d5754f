package org.opencontest.vote.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;

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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPicker;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.PickerTexts;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.vote.internal.EntryChoice;
import org.opencontest.vote.internal.PollSpec;
import org.opencontest.vote.internal.PollState;
import org.opencontest.vote.internal.PollSummary;
import org.opencontest.vote.internal.ResultRow;
import org.opencontest.vote.internal.VoteDesk;

/**
 * People's-choice votes for a contest's organisers: the contest's votes with their state and counts (close, publish,
 * anomaly review) and the form that opens a new one, times in the contest's zone.
 */
@Route("organise/votes/:contestId?")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
@Menu(title = "nav.votes.organise", order = 57, icon = "vaadin:thumbs-up")
public class VoteSetupView extends LoadedView implements HasDynamicTitle {

    /** "Whole contest" in the track choice. */
    private static final long WHOLE_CONTEST = -1;

    private final transient VoteDesk desk;
    private final transient ContestService contests;
    private final transient Clock clock;
    private Long contestId;

    public VoteSetupView(VoteDesk desk, ContestService contests, Clock clock) {
        this.desk = desk;
        this.contests = contests;
        this.clock = clock;
        setId("vote-setup");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        contestId = ContestPicker.managedContest(event, contests).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vote.setup.title");
    }

    @Override
    protected void render() {
        ContestPicker chooser = new ContestPicker(contests, getTranslation("vote.setup.contest"), contestId,
                VoteSetupView.class);
        chooser.setId("vote-contest");
        add(new H1(getTranslation("vote.setup.title")), chooser);
        if (contestId == null) {
            add(new Paragraph(getTranslation("vote.setup.choose")));
            return;
        }
        ContestPage contest = contests.page(contestId);
        add(new Paragraph(getTranslation("vote.setup.help")),
                new Paragraph(new Anchor(VoteUi.galleryLink(contest.slug()), getTranslation("vote.setup.toGallery"))));
        List<PollSummary> polls = desk.polls(contestId);
        if (polls.isEmpty()) {
            add(new Paragraph(getTranslation("vote.setup.none")));
        }
        for (PollSummary poll : polls) {
            add(pollSection(contest, poll));
        }
        add(new H2(getTranslation("vote.setup.open")), openForm(contest));
    }

    private Div pollSection(ContestPage contest, PollSummary poll) {
        Div section = new Div();
        section.setId("vote-poll-" + poll.id());
        section.addClassName("vote-poll");
        Paragraph counts = new Paragraph(getTranslation("vote.setup.counts", poll.entryCount(), poll.ballots(),
                poll.voided()));
        counts.setId("vote-poll-" + poll.id() + "-counts");
        section.add(new H2(VoteUi.describe(contest, poll)), counts);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        Anchor review = new Anchor(AnomalyReviewView.link(poll.id()), getTranslation("vote.setup.review"));
        review.setId("vote-poll-" + poll.id() + "-review");
        actions.add(review);
        if (poll.state() == PollState.OPEN || poll.state() == PollState.SCHEDULED) {
            Button close = new Button(getTranslation("vote.setup.close"), click ->
                    new ConfirmAction("vote.setup.closeConfirm", () -> act(() -> desk.close(poll.id()),
                            "vote.setup.closed")).ask());
            close.setId("vote-poll-" + poll.id() + "-close");
            actions.add(close);
        }
        if (poll.state() == PollState.PLANNED) {
            Button cancel = new Button(getTranslation("vote.setup.cancel"), click ->
                    new ConfirmAction("vote.setup.cancelConfirm", () -> act(() -> desk.cancel(poll.id()),
                            "vote.setup.cancelled")).ask());
            cancel.setId("vote-poll-" + poll.id() + "-cancel");
            actions.add(cancel);
        }
        if (poll.state() == PollState.CLOSED) {
            Button publish = new Button(getTranslation("vote.setup.publish"), click ->
                    ConfirmAction.irreversible("vote.setup.publishConfirm", () -> act(() -> desk.publish(poll.id()),
                            "vote.setup.published")).ask());
            publish.setId("vote-poll-" + poll.id() + "-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        section.add(actions, results(poll));
        return section;
    }

    private Grid<ResultRow> results(PollSummary poll) {
        return VoteResults.grid(desk.results(poll.id()), "vote-poll-" + poll.id() + "-results");
    }

    private FormLayout openForm(ContestPage contest) {
        ZoneId zone = contest.zone();
        Select<Long> track = new Select<>();
        track.setLabel(getTranslation("vote.setup.track"));
        track.setId("vote-new-track");
        List<Long> tracks = new ArrayList<>(List.of(WHOLE_CONTEST));
        contest.tracks().forEach(t -> tracks.add(t.id()));
        track.setItems(tracks);
        track.setItemLabelGenerator(id -> VoteUi.trackName(contest, id == WHOLE_CONTEST ? null : id));
        track.setValue(WHOLE_CONTEST);
        Select<EntryChoice> entries = new Select<>();
        entries.setLabel(getTranslation("vote.setup.entries"));
        entries.setId("vote-new-entries");
        entries.setItems(EntryChoice.values());
        entries.setItemLabelGenerator(choice -> getTranslation("vote.entries." + choice.name()));
        entries.setValue(EntryChoice.ALL_FINAL);
        IntegerField perVoter = new IntegerField(getTranslation("vote.setup.perVoter"));
        perVoter.setId("vote-new-per-voter");
        perVoter.setValue(1);
        perVoter.setHelperText(getTranslation("vote.setup.perVoterHelp"));
        IntegerField age = new IntegerField(getTranslation("vote.setup.accountAge"));
        age.setId("vote-new-account-age");
        age.setValue(24);
        age.setHelperText(getTranslation("vote.setup.accountAgeHelp"));
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
        DateTimePicker opens = picker("vote-new-opens", getTranslation("vote.setup.opens", zone.getId()), now);
        DateTimePicker closes = picker("vote-new-closes", getTranslation("vote.setup.closes", zone.getId()),
                now.plusDays(3));
        Supplier<PollSpec> spec = () -> new PollSpec(
                Objects.equals(track.getValue(), WHOLE_CONTEST) ? null : track.getValue(), entries.getValue(),
                Objects.requireNonNullElse(perVoter.getValue(), 0), Objects.requireNonNullElse(age.getValue(), -1),
                opens.getValue() == null ? null : opens.getValue().atZone(zone).toInstant(),
                closes.getValue() == null ? null : closes.getValue().atZone(zone).toInstant());
        Button open = new Button(getTranslation("vote.setup.openButton"));
        open.setId("vote-new-submit");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(open, () -> act(() -> desk.open(contestId, spec.get()), "vote.setup.opened"));
        Button plan = new Button(getTranslation("vote.setup.planButton"));
        plan.setId("vote-new-plan");
        SingleSubmit.onClick(plan, () -> act(() -> desk.plan(contestId, spec.get()), "vote.setup.planned"));
        HorizontalLayout buttons = new HorizontalLayout(open, plan);
        buttons.setWrap(true);
        Paragraph planHelp = new Paragraph(getTranslation("vote.setup.planHelp"));
        planHelp.setId("vote-new-plan-help");
        FormLayout form = new FormLayout(track, entries, perVoter, age, opens, closes, buttons, planHelp);
        form.setId("vote-new");
        return form;
    }

    private DateTimePicker picker(String id, String label, LocalDateTime value) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setId(id);
        picker.setDatePickerI18n(PickerTexts.datePicker(getLocale()));
        picker.setValue(value);
        return picker;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(doneKey);
            refresh();
        } catch (UserFacingException refusal) {
            Notices.error(refusal);
        }
    }
}
