package org.opencontest.team;

/**
 * Lets other modules veto a merge of two teams, e.g. the submission module when the merged team would exceed the
 * contest's submission quota. Every bean implementing it is asked inside the merging transaction, after the team
 * module's own checks (lock, deadline, size) passed; nothing is changed yet.
 */
public interface TeamMergeCheck {

    /**
     * @param survivingTeamId the team that remains (the one whose leader accepted)
     * @param absorbedTeamId  the team whose members move over and which then ceases to exist
     * @throws org.opencontest.shared.error.UserFacingException to refuse the merge, with a translated reason
     */
    void checkMerge(long contestId, long survivingTeamId, long absorbedTeamId);
}
