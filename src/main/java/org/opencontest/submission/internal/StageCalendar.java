package org.opencontest.submission.internal;

import java.util.List;

import org.opencontest.contest.CalendarWindow;
import org.opencontest.contest.ContestCalendarWindows;
import org.opencontest.contest.ContestPage;
import org.springframework.stereotype.Component;

/** The stages of a staged contest in its calendar feed; a single stage is the submission phase already there. */
@Component
class StageCalendar implements ContestCalendarWindows {

    private final Participation participation;

    StageCalendar(Participation participation) {
        this.participation = participation;
    }

    @Override
    public List<CalendarWindow> windows(ContestPage contest) {
        StagePlan plan = participation.plan(contest);
        if (!plan.isStaged()) {
            return List.of();
        }
        return plan.stages().stream().filter(StagePlan.Stage::hasWindow)
                .map(stage -> new CalendarWindow("stage-" + stage.number(), StageNames.of(stage), stage.opens(),
                        stage.closes())).toList();
    }
}
