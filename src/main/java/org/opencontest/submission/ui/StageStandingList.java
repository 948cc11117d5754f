package org.opencontest.submission.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import org.opencontest.submission.internal.StageStanding;

/**
 * The stages one per line, "Idea: closed 3 Mar 18:00 (Asia/Shanghai) · submitted, shortlisted", with deadlines in
 * the contest's zone and the viewer's.
 */
final class StageStandingList {

    private StageStandingList() {
    }

    static Div of(Component in, List<StageStanding> standings, ZoneId contestZone, Instant now) {
        Div list = new Div();
        list.setId("stage-standings");
        for (StageStanding stage : standings) {
            List<String> parts = new ArrayList<>();
            parts.add(window(in, stage, contestZone, now));
            if (stage.team()) {
                if (stage.submitted()) {
                    parts.add(in.getTranslation("submission.standing.submitted"));
                }
                if (stage.shortlisted()) {
                    parts.add(in.getTranslation("submission.standing.shortlisted"));
                }
                if (!stage.admitted()) {
                    parts.add(in.getTranslation("submission.standing.notAdmitted"));
                }
            }
            Div line = new Div(in.getTranslation("submission.standing.line", stage.name().in(SubmissionTexts.locale()),
                    String.join(in.getTranslation("submission.standing.join"), parts)));
            line.addClassName("stage-standing");
            list.add(line);
        }
        return list;
    }

    private static String window(Component in, StageStanding stage, ZoneId contestZone, Instant now) {
        if (stage.opens() == null) {
            return in.getTranslation("submission.standing.unscheduled");
        }
        if (now.isBefore(stage.opens())) {
            return in.getTranslation("submission.standing.upcoming", SubmissionTexts.when(stage.opens(), contestZone));
        }
        if (now.isBefore(stage.closes())) {
            return in.getTranslation("submission.standing.open", SubmissionTexts.when(stage.closes(), contestZone),
                    Duration.between(now, stage.closes()).toDays());
        }
        return in.getTranslation("submission.standing.closed", SubmissionTexts.when(stage.closes(), contestZone));
    }
}
