package org.opencontest.incubation;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where an incubation project stands. Active stages follow one another in this order (a project may skip ahead, e.g.
 * found a company without a government pilot); GRADUATED and DISCONTINUED end the incubation.
 */
public enum Stage implements MessageSourceResolvable {
    ACCEPTED, PROTOTYPE, PILOT, GOVERNMENT_ADOPTION, SPUN_OFF, GRADUATED, DISCONTINUED;

    /** The stages of the board's funnel, in order. */
    public static final List<Stage> FUNNEL = List.of(ACCEPTED, PROTOTYPE, PILOT, GOVERNMENT_ADOPTION, SPUN_OFF,
            GRADUATED);

    public boolean isFinal() {
        return this == GRADUATED || this == DISCONTINUED;
    }

    /** Forward along the funnel, or discontinued from any active stage; nothing leaves a final stage. */
    public boolean canMoveTo(Stage next) {
        if (isFinal() || next == this) {
            return false;
        }
        return next == DISCONTINUED || next.ordinal() > ordinal();
    }

    /** Reached government adoption (落地) at some point: the stage itself or any later one except discontinued. */
    public boolean adopted() {
        return this == GOVERNMENT_ADOPTION || this == SPUN_OFF || this == GRADUATED;
    }

    public String messageKey() {
        return "incubation.stage." + name();
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
