package org.opencontest.judging.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.opencontest.judging.internal.PitchFinalDetail;
import org.opencontest.judging.internal.PitchFinals;
import org.opencontest.judging.internal.PitchRow;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.ViewerZone;

/**
 * The contest page's final: where and when the live pitches are, the drawn running order, and for a team member
 * their team's slot in the contest's zone and their own, with a calendar invitation (.ics).
 */
@org.springframework.stereotype.Component
class ContestPitchSection implements ContestPageSection {

    private final PitchFinals finals;

    ContestPitchSection(PitchFinals finals) {
        this.finals = finals;
    }

    @Override
    public Optional<Component> render(ContestPage contest) {
        List<PitchFinalDetail> scheduled = finals.forContest(contest.id());
        if (scheduled.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div section = new Div(new H2(ui.getTranslation("pitch.section.title")));
        section.setId("contest-pitches");
        section.addClassName("contest-section");
        for (PitchFinalDetail pitchFinal : scheduled) {
            if (!pitchFinal.drawn()) {
                Paragraph planned = new Paragraph(ui.getTranslation("pitch.section.planned",
                        pitchFinal.roundName().in(ui.getLocale()), String.join(" / ", ZoneDisplay.format(
                                pitchFinal.input().startsAt(), pitchFinal.contestZone(), ViewerZone.get(),
                                ui.getLocale()))));
                section.add(planned, RunningOrder.where(section, pitchFinal.input()));
                continue;
            }
            pitchFinal.mine().ifPresent(mine -> section.add(mySlot(ui, pitchFinal, mine)));
            section.add(RunningOrder.of(section, pitchFinal, "pitch-order-" + pitchFinal.roundId()));
        }
        return Optional.of(section);
    }

    private Div mySlot(UI ui, PitchFinalDetail pitchFinal, PitchRow mine) {
        String times = String.join(" / ", ZoneDisplay.format(mine.starts(), pitchFinal.contestZone(),
                ViewerZone.get(), ui.getLocale()));
        Paragraph slot = new Paragraph(ui.getTranslation("pitch.section.mine", mine.position(), times,
                pitchFinal.input().pitchMinutes(), pitchFinal.input().qaMinutes()));
        slot.setId("pitch-my-slot-" + pitchFinal.roundId());
        long roundId = pitchFinal.roundId();
        var locale = ui.getLocale();
        DownloadHandler invitation = request -> {
            byte[] ics = finals.invitation(roundId, locale).getBytes(StandardCharsets.UTF_8);
            request.setFileName("pitch-" + roundId + ".ics");
            request.setContentType("text/calendar; charset=utf-8");
            request.setContentLength(ics.length);
            request.getOutputStream().write(ics);
        };
        Anchor download = new Anchor(invitation, ui.getTranslation("pitch.section.ics"));
        download.setId("pitch-ics-" + roundId);
        return new Div(slot, download);
    }
}
