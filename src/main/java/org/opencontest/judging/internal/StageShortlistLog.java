package org.opencontest.judging.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.opencontest.submission.TeamShortlisted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every shortlisting of a staged contest into the contest's judging log, in the shortlisting's own
 * transaction (a synchronous listener): the link exists exactly when the team was advanced, like the round
 * advancements beside it.
 */
@Component
class StageShortlistLog {

    private final JudgingLogWriter log;

    StageShortlistLog(JudgingLogWriter log) {
        this.log = log;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TeamShortlisted shortlisted) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("stage", shortlisted.stage());
        content.put("team", shortlisted.teamId());
        content.put("teamName", shortlisted.teamName());
        content.put("manual", shortlisted.manual());
        if (shortlisted.reason() != null) {
            content.put("reason", shortlisted.reason());
        }
        content.put("by", shortlisted.addedBy());
        content.put("at", shortlisted.addedAt().toString());
        log.append(shortlisted.contestId(), shortlisted.manual() ? "SHORTLIST_MANUAL" : "SHORTLIST", content);
    }
}
