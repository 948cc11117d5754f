package org.opencontest.vote.ui;

import java.time.Instant;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.vote.internal.PollSummary;

/** Small helpers the vote's views share. */
final class VoteUi {

    private VoteUi() {
    }

    static String text(LocalizedText text) {
        return LocalizedText.orEmpty(text).in(UI.getCurrent().getLocale());
    }

    static String when(Instant instant) {
        return instant == null ? "" : DateTimes.format(instant, ViewerZone.get(), UI.getCurrent().getLocale());
    }

    static String trackName(ContestPage contest, Long trackId) {
        UI ui = UI.getCurrent();
        return contest.tracks().stream().filter(track -> Objects.equals(track.id(), trackId))
                .map(track -> text(track.name())).findFirst()
                .orElse(ui.getTranslation("vote.wholeContest"));
    }

    /** "Track — open until …", the line that names a vote. */
    static String describe(ContestPage contest, PollSummary poll) {
        UI ui = UI.getCurrent();
        return ui.getTranslation("vote.describe", trackName(contest, poll.trackId()),
                ui.getTranslation(poll.state().messageKey()), when(poll.opensAt()), when(poll.closesAt()),
                poll.votesPerVoter());
    }

    /** "People's choice vote opens on …", in the contest's zone and, when it shows another time, the viewer's. */
    static Paragraph opensOn(ContestPage contest, PollSummary poll) {
        UI ui = UI.getCurrent();
        Paragraph line = new Paragraph(ui.getTranslation("vote.planned.opensOn",
                ZoneDisplay.moment(poll.opensAt(), contest.zone(), ViewerZone.get()), trackName(contest,
                        poll.trackId())));
        line.setId("vote-planned-" + poll.id());
        line.addClassName("vote-planned");
        return line;
    }

    static String galleryLink(String slug) {
        return "contests/" + slug + "/vote";
    }
}
