package org.opencontest.team.internal;

import java.time.Clock;

import org.opencontest.contest.ContestCloneStep;
import org.opencontest.contest.ContestCopy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team module's part of a contest clone: the registration settings (approval, solo teams, rules version; the
 * lock and merge deadlines moved) and the eligibility questions in their order. Teams, members, their answers and
 * invitations belong to the old edition and stay there.
 */
@Component
class RegistrationCloning implements ContestCloneStep {

    private final RegistrationSettingsRepository settings;
    private final QuestionRepository questions;
    private final Clock clock;

    RegistrationCloning(RegistrationSettingsRepository settings, QuestionRepository questions, Clock clock) {
        this.settings = settings;
        this.questions = questions;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void copy(ContestCopy copy) {
        settings.findByContestId(copy.sourceId()).ifPresent(source -> {
            RegistrationSettings cloned = new RegistrationSettings(copy.cloneId(), clock.instant());
            cloned.change(source.isApprovalRequired(), source.isSoloAllowed(), copy.shift(source.getLockAt()),
                    copy.shift(source.getMergeDeadline()), source.getRulesVersion(), clock.instant());
            settings.save(cloned);
        });
        questions.saveAll(questions.findByContestIdOrderByPositionAscIdAsc(copy.sourceId()).stream().map(source -> {
            Question cloned = new Question(copy.cloneId());
            cloned.change(source.getPosition(), source.getKind(), source.getPrompt(), source.getChoices(),
                    source.isRequired(), source.getRequiredAnswer());
            return cloned;
        }).toList());
    }
}
