package org.opencontest.contest.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestRules;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.error.UserFacingException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Field checks on an organiser's edit. Each refusal names the field (translated, as a message argument) and the
 * rule. The timeline rules are checked by {@code Timeline} inside the aggregate.
 */
public final class ContestInputValidator {

    private ContestInputValidator() {
    }

    public static void validate(ContestInput input) {
        String slug = input.slug();
        if (slug != null && !slug.isBlank() && !ContestRules.isValidSlug(slug)) {
            throw new UserFacingException("contest.error.slug", field("contest.field.slug"));
        }
        required(input.title().en(), field("contest.field.titleEn"));
        bilingual(input.title(), ContestRules.TITLE_MAX, "contest.field.titleEn", "contest.field.titleZh");
        bilingual(input.summary(), ContestRules.SUMMARY_MAX, "contest.field.summaryEn", "contest.field.summaryZh");
        bilingual(input.description(), ContestRules.MARKDOWN_MAX, "contest.field.descriptionEn",
                "contest.field.descriptionZh");
        bilingual(input.rules(), ContestRules.MARKDOWN_MAX, "contest.field.rulesEn", "contest.field.rulesZh");
        bilingual(input.theme(), ContestRules.THEME_MAX, "contest.field.themeEn", "contest.field.themeZh");
        if (input.zone() == null) {
            throw new UserFacingException("contest.error.required", field("contest.field.zone"));
        }
        if (input.teamSizeMin() < ContestRules.TEAM_SIZE_MIN || input.teamSizeMax() > ContestRules.TEAM_SIZE_MAX
                || input.teamSizeMin() > input.teamSizeMax()) {
            throw new UserFacingException("contest.error.teamSize", ContestRules.TEAM_SIZE_MIN, ContestRules.TEAM_SIZE_MAX);
        }
        validateTracks(input.tracks());
        validatePrizes(input.prizes(), input.tracks().size());
    }

    private static void validateTracks(List<ContestInput.TrackInput> tracks) {
        for (int i = 0; i < tracks.size(); i++) {
            ContestInput.TrackInput track = tracks.get(i);
            int number = i + 1;
            required(track.name().en(), field("contest.field.trackNameEn", number));
            bilingual(track.name(), ContestRules.NAME_MAX, number, "contest.field.trackNameEn", "contest.field.trackNameZh");
            bilingual(track.description(), ContestRules.SHORT_DESCRIPTION_MAX, number,
                    "contest.field.trackDescriptionEn", "contest.field.trackDescriptionZh");
        }
    }

    private static void validatePrizes(List<ContestInput.PrizeInput> prizes, int trackCount) {
        for (int i = 0; i < prizes.size(); i++) {
            ContestInput.PrizeInput prize = prizes.get(i);
            int number = i + 1;
            DefaultMessageSourceResolvable prizeField = field("contest.field.prize", number);
            required(prize.title().en(), field("contest.field.prizeTitleEn", number));
            bilingual(prize.title(), ContestRules.TITLE_MAX, number, "contest.field.prizeTitleEn",
                    "contest.field.prizeTitleZh");
            bilingual(prize.description(), ContestRules.SHORT_DESCRIPTION_MAX, number,
                    "contest.field.prizeDescriptionEn", "contest.field.prizeDescriptionZh");
            if (prize.amount() == null && prize.description().isEmpty()) {
                throw new UserFacingException("contest.error.prizeValue", prizeField);
            }
            if (prize.amount() != null) {
                if (prize.amount().signum() < 0 || prize.amount().compareTo(new BigDecimal("1e12")) >= 0) {
                    throw new UserFacingException("contest.error.prizeAmount", prizeField);
                }
                if (!isCurrency(prize.currency())) {
                    throw new UserFacingException("contest.error.currency", prizeField);
                }
            }
            if (prize.trackIndex() != null && (prize.trackIndex() < 0 || prize.trackIndex() >= trackCount)) {
                throw new UserFacingException("contest.error.prizeTrack", prizeField);
            }
        }
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static void bilingual(LocalizedText text, int max, String enField, String zhField) {
        maxLength(text.en(), max, field(enField));
        maxLength(text.zh(), max, field(zhField));
    }

    private static void bilingual(LocalizedText text, int max, int number, String enField, String zhField) {
        maxLength(text.en(), max, field(enField, number));
        maxLength(text.zh(), max, field(zhField, number));
    }

    private static void required(String value, DefaultMessageSourceResolvable field) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException("contest.error.required", field);
        }
    }

    private static void maxLength(String value, int max, DefaultMessageSourceResolvable field) {
        if (value != null && value.length() > max) {
            throw new UserFacingException("contest.error.tooLong", field, max);
        }
    }

    /** A field name that is translated when the message is shown. */
    static DefaultMessageSourceResolvable field(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }
}
