package org.opencontest.team;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.opencontest.shared.i18n.SupportedLocales;

/**
 * An eligibility question as organisers edit it and participants answer it.
 *
 * @param id             null for a question not saved yet
 * @param choices        the options of a {@link QuestionKind#CHOICE} question, empty otherwise
 * @param required       whether it must be answered
 * @param requiredAnswer the only answer that lets a person register (e.g. {@code YES} to "I am 18 or older"), or
 *                       null when any answer will do
 */
public record EligibilityQuestion(Long id, QuestionKind kind, String promptEn, String promptZh,
                                  List<String> choices, boolean required, String requiredAnswer)
        implements Serializable {

    public static final int MAX_TEXT_ANSWER = 2000;

    public EligibilityQuestion {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public String prompt(Locale locale) {
        return SupportedLocales.isChinese(locale) && promptZh != null && !promptZh.isBlank() ? promptZh : promptEn;
    }
}
