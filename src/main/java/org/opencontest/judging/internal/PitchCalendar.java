package org.opencontest.judging.internal;

import java.util.List;

import org.opencontest.contest.CalendarWindow;
import org.opencontest.contest.ContestCalendarWindows;
import org.opencontest.contest.ContestPage;
import org.opencontest.shared.i18n.Localizable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contest's drawn finals in its public calendar feed: one event per final from the first pitch to the last, at
 * its venue or link (a team's own slot is its invitation, {@link PitchFinals#invitation}).
 */
@Component
class PitchCalendar implements ContestCalendarWindows {

    private final PitchFinals finals;

    PitchCalendar(PitchFinals finals) {
        this.finals = finals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarWindow> windows(ContestPage contest) {
        return finals.forContest(contest.id()).stream().filter(f -> !f.order().isEmpty()).map(f -> {
            Localizable name = f.roundName()::in;
            PitchFinalInput input = f.input();
            String location = input.venue() != null ? input.venue() : input.onlineLink();
            return new CalendarWindow("pitch-" + f.roundId(), name, f.order().get(0).starts(),
                    f.order().get(f.order().size() - 1).ends(), location);
        }).toList();
    }
}
