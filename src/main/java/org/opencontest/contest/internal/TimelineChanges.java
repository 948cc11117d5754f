package org.opencontest.contest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencontest.contest.AffectedTeams;
import org.opencontest.contest.ContestRules;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.Timeline;
import org.opencontest.contest.TimelineAudience;
import org.opencontest.contest.TimelineChangeNote;
import org.opencontest.contest.TimelineChanged;
import org.opencontest.contest.TimelineShift;
import org.opencontest.shared.error.UserFacingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The rules for changing the timeline of a published contest, inside the caller's transaction and after its access
 * check. Teams plan around a published timeline, so a change that shortens it needs a reason, and closing a phase
 * at a moment already past needs an explicit confirmation (it cuts teams off at once, with no warning; organisers
 * may need it, e.g. to stop a contest whose data had to be withdrawn). Every change is recorded for the public page
 * and announced with {@link TimelineChanged}. Drafts change freely: nobody relies on them yet.
 */
@Component
public class TimelineChanges {

    private final TimelineChangeRepository entries;
    private final ObjectProvider<TimelineAudience> audience;
    private final ApplicationEventPublisher events;

    TimelineChanges(TimelineChangeRepository entries, ObjectProvider<TimelineAudience> audience,
                    ApplicationEventPublisher events) {
        this.entries = entries;
        this.audience = audience;
        this.events = events;
    }

    public TimelineChangePreview preview(Contest contest, Timeline proposed, Instant now) {
        if (contest.getStatus() != ContestStatus.PUBLISHED) {
            return new TimelineChangePreview(List.of(), false, false, AffectedTeams.NONE);
        }
        List<TimelineShift> shifts = TimelineShift.between(contest.timeline(), proposed);
        boolean shortening = shifts.stream().anyMatch(shift -> shift.shortens(now));
        boolean teamsLoseTime = shifts.stream().anyMatch(shift -> shift.concernsTeams() && shift.shortens(now));
        AffectedTeams affected = teamsLoseTime
                ? audience.getIfAvailable(() -> contestId -> AffectedTeams.NONE).affectedBy(contest.getId())
                : AffectedTeams.NONE;
        return new TimelineChangePreview(shifts, shortening,
                shifts.stream().anyMatch(shift -> shift.closesInThePast(now)), affected);
    }

    /** Refuses a change the note does not justify; call before the contest is edited. */
    public List<TimelineShift> check(Contest contest, Timeline proposed, TimelineChangeNote note, Instant now) {
        if (contest.getStatus() != ContestStatus.PUBLISHED) {
            return List.of();
        }
        List<TimelineShift> shifts = TimelineShift.between(contest.timeline(), proposed);
        if (note.reason() != null && note.reason().length() > ContestRules.CHANGE_REASON_MAX) {
            throw new UserFacingException("contest.change.error.reasonTooLong", ContestRules.CHANGE_REASON_MAX);
        }
        if (note.reason() == null && shifts.stream().anyMatch(shift -> shift.shortens(now))) {
            throw new UserFacingException("contest.change.error.reason");
        }
        if (!note.closingInThePastConfirmed() && shifts.stream().anyMatch(shift -> shift.closesInThePast(now))) {
            throw new UserFacingException("contest.change.error.past");
        }
        return shifts;
    }

    /** Records checked shifts and announces them; nothing happens when the timeline did not change. */
    public void record(Contest contest, List<TimelineShift> shifts, TimelineChangeNote note, long userId,
                       Instant now) {
        if (shifts.isEmpty()) {
            return;
        }
        entries.saveAll(shifts.stream()
                .map(shift -> new TimelineChangeEntry(contest.getId(), shift, note.reason(), userId, now)).toList());
        events.publishEvent(new TimelineChanged(contest.getId(), shifts, note.reason(), now));
    }

    /** The recorded changes, newest first, the shifts of one save together. */
    public List<TimelineChange> of(long contestId) {
        Map<Instant, List<TimelineChangeEntry>> bySave = new LinkedHashMap<>();
        for (TimelineChangeEntry entry : entries.findByContestIdOrderByChangedAtDescIdAsc(contestId)) {
            bySave.computeIfAbsent(entry.getChangedAt(), at -> new ArrayList<>()).add(entry);
        }
        return bySave.entrySet().stream().map(save -> new TimelineChange(save.getKey(),
                save.getValue().get(0).getReason(),
                save.getValue().stream().map(TimelineChangeEntry::shift).toList())).toList();
    }
}
