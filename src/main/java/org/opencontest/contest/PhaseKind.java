package org.opencontest.contest;

import org.springframework.context.MessageSourceResolvable;

/**
 * The phases of a contest, in the order they must happen. As a {@link MessageSourceResolvable} a kind passed as
 * an argument of a translated message is shown in the reader's language ("Registration" / "报名").
 */
public enum PhaseKind implements MessageSourceResolvable {
    REGISTRATION, SUBMISSION, JUDGING, RESULTS, INCUBATION;

    public String messageKey() {
        return "contest.phase." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey()};
    }

    @Override
    public String getDefaultMessage() {
        return name();
    }
}
