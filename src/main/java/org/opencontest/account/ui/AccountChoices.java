package org.opencontest.account.ui;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

import org.opencontest.shared.i18n.SupportedLocales;

/** Shared building blocks of the account forms: layout, language and time-zone pickers. */
final class AccountChoices {

    /** Region-based zone ids (e.g. Asia/Shanghai) plus UTC; legacy aliases such as "SystemV/..." are left out. */
    static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe"
                    + "|Indian|Pacific)/.+"))
            .sorted(Comparator.naturalOrder())
            .map(ZoneId::of)
            .toList();

    private AccountChoices() {
    }

    /** Up to two columns that share the width; rows are added with {@code addFormRow}. */
    static FormLayout form() {
        FormLayout form = new FormLayout();
        form.setAutoResponsive(true);
        form.setColumnWidth("18em");
        form.setMaxColumns(2);
        form.setExpandColumns(true);
        form.setExpandFields(true);
        form.setMaxWidth("48em");
        return form;
    }

    static Select<Locale> languageSelect() {
        Select<Locale> language = new Select<>();
        language.setItems(SupportedLocales.ALL);
        // Each language is named in itself, as in the header's switch.
        language.setItemLabelGenerator(locale -> SupportedLocales.isChinese(locale) ? "中文" : "English");
        language.setManualValidation(true);
        return language;
    }

    static ComboBox<ZoneId> zoneComboBox() {
        ComboBox<ZoneId> zone = new ComboBox<>();
        zone.setItems(ZONES);
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setManualValidation(true);
        return zone;
    }

    /** The zone to offer: the given browser zone when it is a known region, else the fallback. */
    static ZoneId knownOr(String browserZoneId, ZoneId fallback) {
        return ZONES.stream().filter(zone -> zone.getId().equals(browserZoneId)).findFirst().orElse(fallback);
    }
}
