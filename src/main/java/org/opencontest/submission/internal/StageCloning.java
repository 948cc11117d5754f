package org.opencontest.submission.internal;

import org.opencontest.contest.ContestCloneStep;
import org.opencontest.contest.ContestCopy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission module's part of a contest clone: the stages with their names, rules and shortlist sizes, own
 * windows moved by the clone's offset (a stage without its own window keeps following the submission phase, which
 * the contest module moved). Shortlists and versions belong to the old edition and stay there.
 */
@Component
class StageCloning implements ContestCloneStep {

    private final StageRepository stages;

    StageCloning(StageRepository stages) {
        this.stages = stages;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void copy(ContestCopy copy) {
        for (SubmissionStage stage : stages.findByContestIdOrderByPosition(copy.sourceId())) {
            StageDefinition definition = stage.toDefinition();
            SubmissionStage clone = new SubmissionStage(copy.cloneId(), definition.position());
            clone.define(new StageDefinition(definition.position(), definition.name(), copy.shift(definition.opens()),
                    copy.shift(definition.closes()), definition.shortlistSize(), definition.rules()));
            stages.save(clone);
        }
        stages.flush();
    }
}
