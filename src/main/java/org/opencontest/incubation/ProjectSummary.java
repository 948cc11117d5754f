package org.opencontest.incubation;

import java.io.Serializable;
import java.time.LocalDate;

import org.opencontest.incubation.internal.Consent;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * A project in lists and on the board.
 *
 * @param nextDue the due date of the next check-in not yet submitted (null once the incubation ended)
 * @param overdue that check-in is past its due date
 */
public record ProjectSummary(long id, long version, long contestId, LocalizedText contestTitle, LocalizedText title,
                             String teamName, Stage stage, Consent consent, LocalizedText organisation,
                             LocalizedText award, LocalDate nextDue, boolean overdue) implements Serializable {
}
