package org.opencontest.contest.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.internal.Deadline;
import org.opencontest.contest.internal.TimelineChange;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.LoadedView;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A contest's public page: texts in the viewer's language, tracks, prizes, rules, and the timeline in the contest's
 * zone and (when different) the viewer's, with a live countdown to the next deadline and a calendar download.
 * Drafts are shown only to their owner and administrators, as a preview.
 */
@Route("contests/:slug")
@AnonymousAllowed
public class ContestPageView extends LoadedView implements HasDynamicTitle {

    /**
     * Counts down on the client from the time left that the server computed (so a wrong client clock does not
     * matter); stops itself when the element leaves the page.
     */
    private static final String COUNTDOWN_SCRIPT = """
            const el = this;
            const end = Date.now() + $0;
            const units = [$1, $2, $3, $4];
            const pad = n => String(n).padStart(2, '0');
            clearInterval(el.__ocCountdown);
            const tick = () => {
              if (!el.isConnected) { clearInterval(el.__ocCountdown); return; }
              let s = Math.max(0, Math.round((end - Date.now()) / 1000));
              const d = Math.floor(s / 86400); s -= d * 86400;
              const h = Math.floor(s / 3600); s -= h * 3600;
              const m = Math.floor(s / 60); s -= m * 60;
              el.textContent = (d > 0 ? d + units[0] + ' ' : '') + pad(h) + units[1] + ' ' + pad(m) + units[2]
                  + ' ' + pad(s) + units[3];
            };
            tick();
            el.__ocCountdown = setInterval(tick, 1000);
            """;

    private final transient ContestService contests;
    private final transient ObjectProvider<ContestPageSection> sections;
    private final transient Clock clock;
    private ContestPage contest;
    private List<TimelineChange> changes = List.of();

    public ContestPageView(ContestService contests, ObjectProvider<ContestPageSection> sections, Clock clock) {
        this.contests = contests;
        this.sections = sections;
        this.clock = clock;
        addClassName("page");
        setId("contest-page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        contest = contests.page(slug);
        changes = contests.timelineChanges(contest.id());
    }

    @Override
    protected void render() {
        Locale locale = getLocale();
        Instant now = clock.instant();
        String title = contest.title().in(locale);
        if (contest.status() == ContestStatus.DRAFT) {
            Div banner = new Div(new Span(getTranslation("contest.page.draftPreview")));
            banner.addClassName("draft-banner");
            banner.setId("draft-banner");
            add(banner);
        }
        if (contest.hasCover()) {
            add(ContestTexts.cover(this, contest.coverPath(), title, null));
        }
        H1 heading = new H1(title);
        heading.setId("contest-title");
        add(heading);
        if (!contest.theme().isEmpty()) {
            Span theme = new Span(getTranslation("contest.page.theme", contest.theme().in(locale)));
            theme.addClassName("muted");
            add(theme);
        }
        Paragraph summary = new Paragraph(contest.summary().in(locale));
        summary.addClassName("lead");
        summary.setId("contest-summary");
        add(summary, status(now));

        addSection("contest-description", "contest.page.description", markdown(contest.descriptionHtml().in(locale)));
        addSection("contest-tracks", "contest.page.tracks", tracks(locale));
        if (!contest.prizes().isEmpty()) {
            addSection("contest-prizes", "contest.page.prizes", prizes(locale));
        }
        if (!contest.rulesHtml().isEmpty()) {
            Paragraph version = new Paragraph(getTranslation("contest.page.rulesVersion",
                    contest.rulesVersion().number(),
                    DateTimes.formatDate(contest.rulesVersion().since(), contest.zone(), locale)));
            version.setId("contest-rules-version");
            version.addClassName("muted");
            addSection("contest-rules", "contest.page.rules",
                    new Div(version, markdown(contest.rulesHtml().in(locale))));
        }
        addSection("contest-team-size", "contest.page.teamSize", new Paragraph(teamSize()));
        addSection("contest-timeline", "contest.page.timeline", timeline(now));
        if (!changes.isEmpty()) {
            addSection("contest-changes", "contest.page.changes", changes());
        }
        sections.orderedStream().forEach(section -> section.render(contest).ifPresent(this::add));
    }

    /** Changes of the published timeline, newest first: when, which deadlines moved where, and why. */
    private Component changes() {
        Div list = new Div();
        for (TimelineChange change : changes) {
            Div item = new Div(new Paragraph(getTranslation("contest.page.changedAt",
                    DateTimes.format(change.at(), contest.zone(), getLocale()))));
            item.addClassName("timeline-change");
            UnorderedList shifts = new UnorderedList();
            change.shifts().forEach(shift -> shifts.add(new ListItem(ContestTexts.shift(this, shift, contest.zone()))));
            Paragraph reason = new Paragraph(change.reason() == null
                    ? getTranslation("contest.page.changeNoReason")
                    : getTranslation("contest.page.changeReason", change.reason()));
            item.add(shifts, reason);
            list.add(item);
        }
        return list;
    }

    /** Stage badge, countdown to the next deadline with its exact time(s), calendar download. */
    private Div status(Instant now) {
        Div box = new Div(ContestTexts.stageBadge(this, contest.timeline(), now));
        box.addClassNames("card", "contest-status");
        box.setId("contest-status");
        contest.timeline().nextDeadline(now).ifPresentOrElse(deadline -> box.add(countdown(deadline, now)), () -> {
            Paragraph finished = new Paragraph(getTranslation("contest.page.finished"));
            finished.setId("contest-finished");
            box.add(finished);
        });
        boolean registrationOpen = contest.status() == ContestStatus.PUBLISHED && contest.timeline()
                .phase(PhaseKind.REGISTRATION).map(phase -> phase.isOpenAt(now)).orElse(false);
        if (registrationOpen) {
            // the team module's registration form (linked by route, so the modules stay independent)
            Anchor register = new Anchor("teams/register/" + contest.id(), getTranslation("team.link.register"));
            register.setId("contest-register-team");
            box.add(new Div(register));
        }
        boolean resultsDue = contest.status().isPublic() && contest.timeline().phase(PhaseKind.RESULTS)
                .map(phase -> !now.isBefore(phase.opens())).orElse(false);
        if (resultsDue) {
            // the judging module's winners gallery (linked by route, so the modules stay independent)
            Anchor results = new Anchor("contests/" + contest.slug() + "/results",
                    getTranslation("judging.results.link"));
            results.setId("contest-results");
            box.add(new Div(results));
        }
        if (contest.status().isPublic()) {
            String lang = SupportedLocales.isChinese(getLocale()) ? "zh" : "en";
            Anchor ics = new Anchor("api/public/contests/" + contest.slug() + "/timeline.ics?lang=" + lang,
                    getTranslation("contest.page.calendar"));
            ics.getElement().setAttribute("download", contest.slug() + ".ics");
            ics.getElement().setAttribute("router-ignore", true);
            ics.addComponentAsFirst(VaadinIcon.CALENDAR.create());
            ics.setId("contest-ics");
            box.add(new Div(ics));
        }
        return box;
    }

    private Div countdown(Deadline deadline, Instant now) {
        Span label = new Span(getTranslation("contest.page.countdownTo", ContestTexts.what(this, deadline)));
        Duration left = Duration.between(now, deadline.at());
        String[] units = {getTranslation("contest.countdown.days"), getTranslation("contest.countdown.hours"),
                getTranslation("contest.countdown.minutes"), getTranslation("contest.countdown.seconds")};
        Span clockText = new Span(formatLeft(left, units));
        clockText.addClassName("countdown");
        clockText.setId("contest-countdown");
        clockText.getElement().executeJs(COUNTDOWN_SCRIPT, (double) left.toMillis(), units[0], units[1], units[2], units[3]);
        Div exact = new Div();
        exact.addClassName("muted");
        zoneLines(deadline.at()).forEach(line -> exact.add(new Div(line)));
        Div countdown = new Div(label, new Div(clockText), exact);
        countdown.addClassName("contest-countdown");
        return countdown;
    }

    /** The same format the script produces, so the page reads right before the script runs. */
    static String formatLeft(Duration left, String[] units) {
        long seconds = Math.max(0, left.toSeconds());
        long days = seconds / 86400;
        long hours = seconds % 86400 / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        String time = "%02d%s %02d%s %02d%s".formatted(hours, units[1], minutes, units[2], secs, units[3]);
        return days > 0 ? days + units[0] + " " + time : time;
    }

    private Component tracks(Locale locale) {
        if (contest.tracks().isEmpty()) {
            return new Paragraph(getTranslation("contest.page.noTracks"));
        }
        Div list = new Div();
        list.addClassName("card-grid");
        for (ContestPage.Track track : contest.tracks()) {
            Div card = new Div(new H3(track.name().in(locale)), new Paragraph(track.description().in(locale)));
            card.addClassName("card");
            list.add(card);
        }
        return list;
    }

    private Component prizes(Locale locale) {
        Div list = new Div();
        list.addClassName("card-grid");
        for (ContestPage.Prize prize : contest.prizes()) {
            Div card = new Div(new H3(prize.title().in(locale)));
            card.addClassNames("card", "prize");
            if (prize.amount() != null) {
                Span amount = new Span(ContestTexts.money(prize.amount(), prize.currency()));
                amount.addClassName("prize-amount");
                card.add(new Div(amount));
            }
            if (!prize.description().isEmpty()) {
                card.add(new Paragraph(prize.description().in(locale)));
            }
            Span track = new Span(prize.track() == null ? getTranslation("contest.page.overallPrize")
                    : getTranslation("contest.page.prizeTrack", prize.track().in(locale)));
            track.addClassName("muted");
            card.add(track);
            list.add(card);
        }
        return list;
    }

    private String teamSize() {
        return contest.teamSizeMin() == contest.teamSizeMax()
                ? getTranslation("contest.page.teamSizeExact", contest.teamSizeMin())
                : getTranslation("contest.page.teamSizeRange", contest.teamSizeMin(), contest.teamSizeMax());
    }

    /** The phases with both zones where they differ; the open phase(s) highlighted. */
    private Component timeline(Instant now) {
        ZoneId viewerZone = ContestTexts.viewerZone();
        boolean twoZones = contest.timeline().phases().stream().anyMatch(phase ->
                ZoneDisplay.zonesToShow(phase.opens(), contest.zone(), viewerZone).size() > 1);
        Paragraph note = new Paragraph(twoZones
                ? getTranslation("contest.page.timelineZones", contest.zone().getId(), viewerZone.getId())
                : getTranslation("contest.page.timelineZone", contest.zone().getId()));
        note.addClassName("muted");

        NativeTable table = new NativeTable();
        table.addClassName("timeline-table");
        table.setId("timeline-table");
        NativeTableHeader head = table.getHead();
        head.addRows(new NativeTableRow(new NativeTableHeaderCell(getTranslation("contest.page.phase")),
                new NativeTableHeaderCell(getTranslation("contest.page.opens")),
                new NativeTableHeaderCell(getTranslation("contest.page.closes"))));
        NativeTableBody body = table.getBody();
        for (PhaseWindow phase : contest.timeline().phases()) {
            NativeTableCell name = new NativeTableCell(getTranslation(phase.kind().messageKey()));
            NativeTableRow row = new NativeTableRow(name, times("contest.page.opens", phase.opens(), viewerZone),
                    times("contest.page.closes", phase.closes(), viewerZone));
            row.setId("phase-" + phase.kind().name().toLowerCase(Locale.ROOT));
            if (phase.isOpenAt(now)) {
                row.addClassName("current-phase");
                Span current = new Span(getTranslation("contest.page.now"));
                current.addClassNames("badge-phase", "badge-open");
                name.add(current);
            }
            body.addRows(row);
        }
        return new Div(note, table);
    }

    /** The column's name rides along as {@code data-label}: narrow screens stack the cells and show it above each. */
    private NativeTableCell times(String columnKey, Instant at, ZoneId viewerZone) {
        NativeTableCell cell = new NativeTableCell();
        cell.getElement().setAttribute("data-label", getTranslation(columnKey));
        List<String> lines = ZoneDisplay.format(at, contest.zone(), viewerZone, getLocale());
        for (int i = 0; i < lines.size(); i++) {
            Div line = new Div(lines.get(i));
            if (i > 0) {
                line.addClassName("muted");
            }
            cell.add(line);
        }
        return cell;
    }

    private List<String> zoneLines(Instant at) {
        return ZoneDisplay.format(at, contest.zone(), ContestTexts.viewerZone(), getLocale());
    }

    private static Div markdown(String safeHtml) {
        Div html = new Div();
        html.addClassName("markdown");
        // safe: produced by MarkdownRenderer (escaped input, cleaned with a jsoup safelist)
        html.getElement().setProperty("innerHTML", Objects.requireNonNullElse(safeHtml, ""));
        return html;
    }

    private void addSection(String id, String titleKey, Component content) {
        Div section = new Div(new H2(getTranslation(titleKey)), content);
        section.setId(id);
        section.addClassName("contest-section");
        add(section);
    }

    @Override
    public String getPageTitle() {
        return contest == null ? getTranslation("error.notFound.title") : contest.title().in(getLocale());
    }
}
