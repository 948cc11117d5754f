package org.opencontest.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;


/**
 * Deadlines are shown in the contest's zone and, when it differs, also in the viewer's. Zones "differ" when their
 * offsets differ at that instant (Asia/Shanghai and Asia/Hong_Kong show the same wall-clock time, so once is enough).
 */
public final class ZoneDisplay {

    private ZoneDisplay() {
    }

    /** The contest zone first, then the viewer's zone if it shows a different wall-clock time at {@code at}. */
    public static List<ZoneId> zonesToShow(Instant at, ZoneId contestZone, ZoneId viewerZone) {
        boolean sameClock = contestZone.getRules().getOffset(at).equals(viewerZone.getRules().getOffset(at));
        return sameClock ? List.of(contestZone) : List.of(contestZone, viewerZone);
    }

    /** The instant as a message argument, in the zones to show. */
    public static ZonedMoment moment(Instant at, ZoneId contestZone, ZoneId viewerZone) {
        return new ZonedMoment(at, zonesToShow(at, contestZone, viewerZone));
    }

    /** One formatted line per zone to show, e.g. "Mar 1, 2026, 9:00 AM (Asia/Shanghai)". */
    public static List<String> format(Instant at, ZoneId contestZone, ZoneId viewerZone, Locale locale) {
        return zonesToShow(at, contestZone, viewerZone).stream().map(zone -> DateTimes.format(at, zone, locale)).toList();
    }
}
