package org.opencontest.contest.ui;

import java.io.Serializable;
import java.time.ZoneId;

import org.opencontest.contest.ContestInput;
import org.opencontest.shared.i18n.LocalizedText;

/** The editor's single-valued fields, as the Binder edits them; lists (tracks, prizes, phases) have row editors. */
final class EditorForm implements Serializable {

    String slug;
    String titleEn;
    String titleZh;
    String summaryEn;
    String summaryZh;
    String descriptionEn;
    String descriptionZh;
    String rulesEn;
    String rulesZh;
    String themeEn;
    String themeZh;
    ZoneId zone;
    Integer teamSizeMin;
    Integer teamSizeMax;

    static EditorForm of(ContestInput input) {
        EditorForm form = new EditorForm();
        form.slug = input.slug();
        form.titleEn = input.title().en();
        form.titleZh = input.title().zh();
        form.summaryEn = input.summary().en();
        form.summaryZh = input.summary().zh();
        form.descriptionEn = input.description().en();
        form.descriptionZh = input.description().zh();
        form.rulesEn = input.rules().en();
        form.rulesZh = input.rules().zh();
        form.themeEn = input.theme().en();
        form.themeZh = input.theme().zh();
        form.zone = input.zone();
        form.teamSizeMin = input.teamSizeMin();
        form.teamSizeMax = input.teamSizeMax();
        return form;
    }

    LocalizedText title() {
        return new LocalizedText(titleEn, titleZh);
    }

    LocalizedText summary() {
        return new LocalizedText(summaryEn, summaryZh);
    }

    LocalizedText description() {
        return new LocalizedText(descriptionEn, descriptionZh);
    }

    LocalizedText rules() {
        return new LocalizedText(rulesEn, rulesZh);
    }

    LocalizedText theme() {
        return new LocalizedText(themeEn, themeZh);
    }
}
