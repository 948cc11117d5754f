package org.opencontest.shared.ui;

import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;

/** The calendar overlay's texts (months, weekdays, buttons) in the viewer's language; Vaadin ships English only. */
public final class PickerTexts {

    private PickerTexts() {
    }

    public static DatePickerI18n datePicker(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        // DatePickerI18n lists weekdays from Sunday
        List<String> shortWeekdays = Stream.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList();
        UI ui = UI.getCurrent();
        return new DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(shortWeekdays)
                .setFirstDayOfWeek(1)
                .setToday(ui.getTranslation("picker.today"))
                .setCancel(ui.getTranslation("picker.cancel"));
    }
}
