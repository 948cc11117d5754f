package org.opencontest.shared.i18n;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A file size as people read it, the same on every page and in every message: exact bytes below 1 KB, otherwise one
 * decimal in the reader's number format ("619 B", "1.5 MB", "200 MB"). Units step by 1024, so a limit the organiser
 * sets as 200 MiB reads "200 MB" wherever it is quoted.
 */
public record FileSize(long bytes) implements Localizable, Serializable {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    @Override
    public String in(Locale locale) {
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return format.format(value) + " " + UNITS[unit];
    }
}
