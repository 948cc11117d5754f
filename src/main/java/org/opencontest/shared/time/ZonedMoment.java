package org.opencontest.shared.time;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.opencontest.shared.i18n.Localizable;

/**
 * An instant to quote in a message, in one or more zones ("Dec 3, 2026, 10:00 PM (Asia/Shanghai) / …"), formatted
 * in the language of the message that quotes it rather than in the language of whoever threw the refusal.
 */
public record ZonedMoment(Instant at, List<ZoneId> zones) implements Localizable, Serializable {

    public ZonedMoment {
        zones = List.copyOf(zones);
    }

    @Override
    public String in(Locale locale) {
        return zones.stream().map(zone -> DateTimes.format(at, zone, locale)).collect(Collectors.joining(" / "));
    }
}
