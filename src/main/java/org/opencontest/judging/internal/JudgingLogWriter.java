package org.opencontest.judging.internal;

import java.time.Clock;
import java.util.Map;

import org.opencontest.shared.hash.HashChain;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to a contest's judging log inside the caller's transaction, so a link exists exactly when the decision it
 * records was committed. The head row is created with the contest's first round (see {@link #open}); appends lock it.
 */
@Component
public class JudgingLogWriter {

    private final LogHeadRepository heads;
    private final LogLinkRepository links;
    private final Clock clock;

    JudgingLogWriter(LogHeadRepository heads, LogLinkRepository links, Clock clock) {
        this.heads = heads;
        this.links = links;
        this.clock = clock;
    }

    /** Makes sure the contest's log has a head to lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(long contestId) {
        if (heads.findById(contestId).isEmpty()) {
            heads.saveAndFlush(new LogHead(contestId));
        }
    }

    /** Appends {@code content} (written as canonical JSON) as the contest's next link. */
    @Transactional(propagation = Propagation.MANDATORY)
    public HashChain.Link append(long contestId, String kind, Map<String, ?> content) {
        LogHead head = heads.lock(contestId).orElseGet(() -> heads.saveAndFlush(new LogHead(contestId)));
        HashChain.Link link = HashChain.LINE_JOINED.append(head.last(), Canonical.json(content));
        links.save(new LogLink(contestId, kind, link, clock.instant()));
        head.advanceTo(link);
        return link;
    }
}
