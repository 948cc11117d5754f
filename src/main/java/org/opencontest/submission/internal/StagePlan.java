package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.error.UserFacingException;

/**
 * A contest's submission stages in order, each with its effective window: its own, or the contest's submission
 * phase when it has none. The contest's timeline stays the frame: every stage window lies inside the submission
 * phase, and stages follow each other without overlap (gaps between them are allowed, e.g. for shortlisting).
 * Rules, each a {@link UserFacingException} (the stage's number is the first argument where one stage is at fault):
 * {@code submission.stage.error.count}, {@code .name} (a staged contest names every stage in both languages),
 * {@code .window} (both instants or none, opening before closing), {@code .noPhase} (stages need a submission phase
 * to lie in), {@code .outsidePhase}, {@code .order}, {@code .shortlist}, and {@code .rules} quoting the rules' own
 * refusal.
 */
public final class StagePlan implements Serializable {

    private final List<Stage> stages;

    private StagePlan(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * @param definitions the stored stages by position; empty for a contest with the one implicit stage
     * @param phase       the contest's submission phase, if it has one
     */
    public static StagePlan of(List<StageDefinition> definitions, Optional<PhaseWindow> phase) {
        List<StageDefinition> defined = definitions.isEmpty()
                ? List.of(StageDefinition.implicit(SubmissionRules.DEFAULTS)) : definitions;
        return new StagePlan(defined.stream().map(definition -> new Stage(definition,
                definition.hasOwnWindow() ? definition.opens() : phase.map(PhaseWindow::opens).orElse(null),
                definition.hasOwnWindow() ? definition.closes() : phase.map(PhaseWindow::closes).orElse(null)))
                .toList());
    }

    /** Refuses definitions that break a rule above; nothing is saved then. */
    public static void validate(List<StageDefinition> definitions, Optional<PhaseWindow> phase) {
        if (definitions.isEmpty() || definitions.size() > StageDefinition.MAX_STAGES) {
            throw new UserFacingException("submission.stage.error.count", StageDefinition.MAX_STAGES);
        }
        for (StageDefinition stage : definitions) {
            int number = stage.position();
            boolean staged = definitions.size() > 1;
            if (staged && !stage.name().isComplete() || stage.name().en().length() > StageDefinition.NAME_MAX
                    || stage.name().zh().length() > StageDefinition.NAME_MAX) {
                throw new UserFacingException("submission.stage.error.name", number, StageDefinition.NAME_MAX);
            }
            if (stage.hasOwnWindow() && (stage.opens() == null || stage.closes() == null
                    || !stage.opens().isBefore(stage.closes()))) {
                throw new UserFacingException("submission.stage.error.window", number);
            }
            if (stage.shortlistSize() != null && stage.shortlistSize() < 1) {
                throw new UserFacingException("submission.stage.error.shortlist", number);
            }
            try {
                stage.rules().validate();
            } catch (UserFacingException refused) {
                throw new UserFacingException("submission.stage.error.rules", number,
                        new BundleMessage(refused.getMessageKey(), refused.getArguments()));
            }
        }
        PhaseWindow frame = phase.orElseThrow(() -> new UserFacingException("submission.stage.error.noPhase"));
        List<Stage> planned = of(definitions, phase).stages;
        for (int i = 0; i < planned.size(); i++) {
            Stage stage = planned.get(i);
            if (stage.opens().isBefore(frame.opens()) || stage.closes().isAfter(frame.closes())) {
                throw new UserFacingException("submission.stage.error.outsidePhase", stage.number());
            }
            if (i > 0 && stage.opens().isBefore(planned.get(i - 1).closes())) {
                throw new UserFacingException("submission.stage.error.order", stage.number(), stage.number() - 1);
            }
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    public boolean isStaged() {
        return stages.size() > 1;
    }

    public Optional<Stage> stage(int number) {
        return number < 1 || number > stages.size() ? Optional.empty() : Optional.of(stages.get(number - 1));
    }

    /**
     * The stage submissions go to at {@code now}: the last one that has opened (so a closed stage keeps taking late
     * work under its policy until the next one opens), or the first one before any has opened.
     */
    public Stage current(Instant now) {
        Stage current = stages.get(0);
        for (Stage stage : stages) {
            if (stage.opens() != null && !now.isBefore(stage.opens())) {
                current = stage;
            }
        }
        return current;
    }

    /** A stage with its effective window; the instants are null only when the contest has no submission phase. */
    public record Stage(StageDefinition definition, Instant opens, Instant closes) implements Serializable {

        public int number() {
            return definition.position();
        }

        public SubmissionRules rules() {
            return definition.rules();
        }

        public boolean hasWindow() {
            return opens != null && closes != null;
        }
    }
}
