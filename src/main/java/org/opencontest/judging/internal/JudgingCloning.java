package org.opencontest.judging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencontest.contest.ContestCloneStep;
import org.opencontest.contest.ContestCopy;
import org.opencontest.judging.RoundInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The judging module's part of a contest clone: rubrics with their criteria, rounds with their declared method
 * (pointing at the copied rubrics) and deadlines moved by the offset, and a final's schedule (moved, not drawn).
 * Judges, conflicts, assignments, sheets, awards and the log's links belong to the old edition; the clone's log
 * starts empty.
 */
@Component
class JudgingCloning implements ContestCloneStep {

    private final JudgingRubricRepository rubrics;
    private final JudgingRoundRepository rounds;
    private final PitchFinalRepository finals;
    private final JudgingLogWriter log;
    private final Clock clock;

    JudgingCloning(JudgingRubricRepository rubrics, JudgingRoundRepository rounds, PitchFinalRepository finals,
                   JudgingLogWriter log, Clock clock) {
        this.rubrics = rubrics;
        this.rounds = rounds;
        this.finals = finals;
        this.log = log;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void copy(ContestCopy copy) {
        Instant now = clock.instant();
        Map<Long, Long> rubricIds = new HashMap<>();
        for (JudgingRubric rubric : rubrics.findByContestIdOrderById(copy.sourceId())) {
            JudgingRubric clone = new JudgingRubric(copy.cloneId(), now);
            clone.rename(rubric.getName(), now);
            List<JudgingCriterion> criteria = new ArrayList<>();
            List<JudgingCriterion> source = rubric.getCriteria();
            for (int i = 0; i < source.size(); i++) {
                criteria.add(new JudgingCriterion(clone, i + 1, source.get(i).toInput()));
            }
            clone.replaceCriteria(criteria);
            rubricIds.put(rubric.getId(), rubrics.save(clone).getId());
        }
        List<JudgingRound> sourceRounds = rounds.findByContestIdOrderByPosition(copy.sourceId());
        for (JudgingRound round : sourceRounds) {
            RoundInput input = round.toInput();
            RoundInput moved = new RoundInput(input.name(), rubricIds.get(input.rubricId()), input.blind(),
                    input.judgesPerEntry(), input.advanceCount(), input.advanceThreshold(), input.aggregation(),
                    copy.shift(input.judgingDeadline()));
            JudgingRound clone = new JudgingRound(copy.cloneId(), round.getPosition(), now.toEpochMilli(), now);
            clone.changeMethod(moved);
            clone.changeSchedule(moved, now);
            JudgingRound saved = rounds.save(clone);
            finals.findByRoundId(round.getId()).ifPresent(pitchFinal -> {
                PitchFinalInput schedule = pitchFinal.toInput();
                PitchFinal movedFinal = new PitchFinal(copy.cloneId(), saved.getId(), now);
                movedFinal.schedule(new PitchFinalInput(schedule.venue(), schedule.onlineLink(),
                        copy.shift(schedule.startsAt()), schedule.pitchMinutes(), schedule.qaMinutes(),
                        schedule.changeoverMinutes(), schedule.breakEvery(), schedule.breakMinutes()), now);
                finals.save(movedFinal);
            });
        }
        if (!sourceRounds.isEmpty()) {
            rounds.flush();
            log.open(copy.cloneId());
        }
    }
}
