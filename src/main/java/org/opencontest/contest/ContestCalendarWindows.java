package org.opencontest.contest;

import java.util.List;

/**
 * Windows of a contest that other modules know and the calendar feed shows beside the phases (the submission
 * module's stages). The contest module cannot depend on those modules, so they contribute a Spring bean of this type.
 */
public interface ContestCalendarWindows {

    /** The contest's windows, for anyone who may read its calendar; empty when there is nothing to add. */
    List<CalendarWindow> windows(ContestPage contest);
}
