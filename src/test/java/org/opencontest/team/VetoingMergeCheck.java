package org.opencontest.team;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.opencontest.shared.error.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Test-only merge veto, found by component scanning so that every integration test shares one context: refuses
 * merges in the contests a test names, like the submission module will when the quota would be exceeded.
 */
@Component
public class VetoingMergeCheck implements TeamMergeCheck {

    static final String REASON = "test.merge.vetoed";
    private static final Set<Long> VETOED = ConcurrentHashMap.newKeySet();

    static void vetoIn(long contestId) {
        VETOED.add(contestId);
    }

    @Override
    public void checkMerge(long contestId, long survivingTeamId, long absorbedTeamId) {
        if (VETOED.contains(contestId)) {
            throw new UserFacingException(REASON);
        }
    }
}
