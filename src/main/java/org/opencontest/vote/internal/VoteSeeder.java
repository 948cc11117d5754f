package org.opencontest.vote.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.vote.PeoplesChoiceSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link PeoplesChoiceSeeding} through {@link VoteDesk} and {@link Voting}, each call as the person it names.
 */
@Component
class VoteSeeder implements PeoplesChoiceSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(VoteSeeder.class);

    private final VoteDesk desk;
    private final Voting voting;
    private final ContestService contests;
    private final Clock clock;

    VoteSeeder(VoteDesk desk, Voting voting, ContestService contests, Clock clock) {
        this.contests = contests;
        this.desk = desk;
        this.voting = voting;
        this.clock = clock;
    }

    @Override
    public boolean seed(long contestId, AppPrincipal organiser, List<AppPrincipal> voters, boolean publish) {
        if (!SystemIdentity.callAs(organiser, () -> desk.polls(contestId)).isEmpty()) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long poll;
        try {
            poll = open(contestId, organiser, EntryChoice.FINALISTS, now);
        } catch (UserFacingException noFinalists) {
            try {
                poll = open(contestId, organiser, EntryChoice.ALL_FINAL, now);
            } catch (UserFacingException refused) {
                LOG.info("Demo vote skipped on contest {}: {}", contestId, refused.getMessageKey());
                return false;
            }
        }
        long pollId = poll;
        for (int i = 0; i < voters.size(); i++) {
            AppPrincipal voter = voters.get(i);
            List<GalleryEntry> entries = SystemIdentity.callAs(voter, () -> voting.galleries(contestId)).stream()
                    .filter(gallery -> gallery.poll().id() == pollId).findFirst().orElseThrow().entries();
            GalleryEntry favourite = entries.stream().min(Comparator.comparingLong(GalleryEntry::id)).orElseThrow();
            GalleryEntry other = entries.stream().max(Comparator.comparingLong(GalleryEntry::id)).orElseThrow();
            GalleryEntry choice = i % 3 == 2 ? other : favourite;
            String address = "203.0.113." + (10 + i);
            SystemIdentity.callAs(voter, () -> {
                voting.cast(choice.id(), address);
                return null;
            });
        }
        if (publish) {
            SystemIdentity.callAs(organiser, () -> {
                desk.close(pollId);
                desk.publish(pollId);
                return null;
            });
        }
        return true;
    }

    @Override
    public boolean plan(long contestId, AppPrincipal organiser) {
        return SystemIdentity.callAs(organiser, () -> {
            if (!desk.polls(contestId).isEmpty()) {
                return false;
            }
            Optional<PhaseWindow> judging = contests.page(contestId).timeline().phases().stream()
                    .filter(phase -> phase.kind() == PhaseKind.JUDGING).findFirst();
            if (judging.isEmpty() || !judging.get().opens().isAfter(clock.instant())) {
                LOG.info("Demo vote not planned on contest {}: no judging phase ahead", contestId);
                return false;
            }
            desk.plan(contestId, new PollSpec(null, EntryChoice.ALL_FINAL, 1, 24, judging.get().opens(),
                    judging.get().closes()));
            return true;
        });
    }

    private long open(long contestId, AppPrincipal organiser, EntryChoice entries, Instant now) {
        return SystemIdentity.callAs(organiser, () -> desk.open(contestId, new PollSpec(null, entries, 1, 0, now,
                now.plus(Duration.ofDays(1)))));
    }
}
