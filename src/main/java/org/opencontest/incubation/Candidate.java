package org.opencontest.incubation;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * An entry that may go into incubation: an awarded entry of the contest's published results, or any team's final
 * submission the organiser selects (then without award).
 *
 * @param projectId the project it already became, or null
 */
public record Candidate(long teamId, long submissionId, String teamName, LocalizedText title, Long awardId,
                        LocalizedText award, Integer rank, Long projectId) implements Serializable {
}
