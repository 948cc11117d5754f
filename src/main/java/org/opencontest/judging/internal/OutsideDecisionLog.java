package org.opencontest.judging.internal;

import java.util.Map;
import java.util.Set;

import org.opencontest.judging.DecisionLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DecisionLog} over the judging log's writer. Kinds judging writes itself are refused, so another module can
 * never pass its link off as a jury decision.
 */
@Component
class OutsideDecisionLog implements DecisionLog {

    static final Set<String> ALLOWED_PREFIXES = Set.of("VOTE_");

    private final JudgingLogWriter writer;

    OutsideDecisionLog(JudgingLogWriter writer) {
        this.writer = writer;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(long contestId, String kind, Map<String, ?> content) {
        if (ALLOWED_PREFIXES.stream().noneMatch(kind::startsWith)) {
            throw new IllegalArgumentException("Not a kind other modules may append: " + kind);
        }
        writer.append(contestId, kind, content);
    }
}
