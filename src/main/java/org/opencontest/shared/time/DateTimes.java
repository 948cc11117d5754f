package org.opencontest.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Formats instants for people: always in an explicit zone and locale, with the zone named. */
public final class DateTimes {

    private DateTimes() {
    }

    public static String format(Instant instant, ZoneId zone, Locale locale) {
        DateTimeFormatter formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        return formatter.format(instant) + " (" + zone.getId() + ")";
    }

    public static String formatDate(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }
}
