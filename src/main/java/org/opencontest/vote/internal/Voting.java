package org.opencontest.vote.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import org.opencontest.account.AccountStanding;
import org.opencontest.account.AccountStandings;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.RateLimitedException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.hash.Sha256;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.vote.internal.VoteStore.EntryRow;
import org.opencontest.vote.internal.VoteStore.PollRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The voters' side: a contest's open votes with their entries in each voter's own random order (stable for that
 * voter and vote, so the first place favours no entry), casting a vote through the fraud controls, and the published
 * results. Anyone who may see the contest reads; signed-in accounts vote. Checks, in this order, each refusal with
 * its own message: the vote is open; the address is confirmed; its domain is not a throw-away one; the account is
 * old enough; not already voted for the entry; votes left in the entry's track; at most {@code account-per-minute}
 * votes a minute per account and {@code network-per-window} votes per {@code network-window} from one source network.
 * The unique keys of the ballot table settle races the checks cannot: a double click on one entry ends in "already
 * voted", two votes for different entries at once both count while votes are left (the loser of the slot retries).
 */
@Service
public class Voting {

    private final VoteStore store;
    private final ContestService contests;
    private final AccountStandings accounts;
    private final DisposableDomains disposable;
    private final Clock clock;
    private final int accountPerMinute;
    private final int networkPerWindow;
    private final Duration networkWindow;
    private final TransactionTemplate transaction;

    Voting(VoteStore store, ContestService contests, AccountStandings accounts, DisposableDomains disposable,
           Clock clock, @Value("${opencontest.vote.account-per-minute:10}") int accountPerMinute,
           @Value("${opencontest.vote.network-per-window:100}") int networkPerWindow,
           @Value("${opencontest.vote.network-window:10m}") Duration networkWindow,
           PlatformTransactionManager transactions) {
        this.store = store;
        this.contests = contests;
        this.accounts = accounts;
        this.disposable = disposable;
        this.clock = clock;
        this.accountPerMinute = accountPerMinute;
        this.networkPerWindow = networkPerWindow;
        this.networkWindow = networkWindow;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The contest's votes that are open now (no counts). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PollSummary> openPolls(long contestId) {
        contests.page(contestId);
        return VoteDesk.summaries(store, contestId, now(), false).stream().filter(PollSummary::open).toList();
    }

    /** The contest's planned votes that wait for their window, soonest first, for "opens on" (no counts). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PollSummary> plannedPolls(long contestId) {
        contests.page(contestId);
        return VoteDesk.summaries(store, contestId, now(), false).stream()
                .filter(poll -> poll.state() == PollState.PLANNED)
                .sorted(java.util.Comparator.comparing(PollSummary::opensAt)).toList();
    }

    /** The galleries of the contest's open votes, each in the caller's own order. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Gallery> galleries(long contestId) {
        List<PollSummary> open = openPolls(contestId);
        Optional<AppPrincipal> voter = CurrentUser.get();
        List<Gallery> galleries = new ArrayList<>();
        for (PollSummary poll : open) {
            Set<Long> mine = voter.map(v -> store.myEntries(poll.id(), v.userId())).orElse(Set.of());
            List<GalleryEntry> entries = new ArrayList<>(store.entries(poll.id()).stream()
                    .map(e -> new GalleryEntry(e.id(), e.teamName(), e.title(), e.trackKey(), mine.contains(e.id())))
                    .toList());
            Collections.shuffle(entries, new Random(seed(voter.map(AppPrincipal::userId).orElse(0L), poll.id())));
            galleries.add(new Gallery(poll, entries, voter.isPresent()));
        }
        return galleries;
    }

    /** The contest's published votes with their counts after voiding. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PublishedResult> published(long contestId) {
        contests.page(contestId);
        return VoteDesk.summaries(store, contestId, now(), false).stream()
                .filter(poll -> poll.state() == PollState.PUBLISHED)
                .map(poll -> new PublishedResult(poll, store.results(poll.id()))).toList();
    }

    /**
     * Casts the caller's vote for an entry.
     *
     * @param remoteAddress the request's address as the server resolved it (its network is what is kept)
     */
    @PreAuthorize("isAuthenticated()")
    public void cast(long entryId, String remoteAddress) {
        cast(null, entryId, remoteAddress);
    }

    /** The same for an entry that must be in the contest (an entry of another contest is not found): for the API. */
    @PreAuthorize("isAuthenticated()")
    public void cast(long contestId, long entryId, String remoteAddress) {
        cast(Long.valueOf(contestId), entryId, remoteAddress);
    }

    private void cast(Long contestId, long entryId, String remoteAddress) {
        long voterId = CurrentUser.requireId();
        // A failed insert means another of the voter's ballots committed first (the same entry, or the same slot when
        // two votes for different entries race): the next attempt counts it and either takes the next slot or
        // refuses. Each attempt is its own transaction because PostgreSQL aborts one after a constraint violation.
        for (int attempt = 0; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> castOnce(contestId, entryId, voterId, remoteAddress));
                return;
            } catch (DuplicateKeyException race) {
                if (attempt >= VoteDesk.MAX_VOTES_PER_VOTER) {
                    throw new UserFacingException("vote.refused.already");
                }
            }
        }
    }

    private void castOnce(Long contestId, long entryId, long voterId, String remoteAddress) {
        EntryRow entry = store.entry(entryId).orElseThrow(NotFoundException::new);
        PollRow poll = store.poll(entry.pollId()).filter(p -> contestId == null || p.contestId() == contestId)
                .orElseThrow(NotFoundException::new);
        contests.page(poll.contestId());
        Instant now = now();
        PollState state = poll.stateAt(now);
        if (state == PollState.SCHEDULED) {
            throw new UserFacingException("vote.refused.notYetOpen");
        }
        if (state != PollState.OPEN) {
            throw new UserFacingException("vote.refused.closed");
        }
        AccountStanding standing = accounts.standing(voterId).filter(AccountStanding::enabled)
                .orElseThrow(() -> new UserFacingException("vote.refused.unverified"));
        if (!standing.emailVerified()) {
            throw new UserFacingException("vote.refused.unverified");
        }
        if (disposable.isDisposable(standing.emailDomain())) {
            throw new UserFacingException("vote.refused.disposable", standing.emailDomain());
        }
        Duration minimumAge = Duration.ofHours(poll.minAccountAgeHours());
        if (Duration.between(standing.createdAt(), now).compareTo(minimumAge) < 0) {
            throw new UserFacingException("vote.refused.tooNew", poll.minAccountAgeHours());
        }
        if (store.hasBallot(entryId, voterId)) {
            throw new UserFacingException("vote.refused.already");
        }
        int used = store.ballotsInTrack(poll.id(), voterId, entry.trackKey());
        if (used >= poll.votesPerVoter()) {
            throw new UserFacingException("vote.refused.noVotesLeft", poll.votesPerVoter());
        }
        if (store.ballotsByVoterSince(voterId, now.minus(Duration.ofMinutes(1))) >= accountPerMinute) {
            throw new RateLimitedException(Duration.ofMinutes(1), "vote.refused.rateLimited", accountPerMinute);
        }
        String network = SourceNetworks.of(remoteAddress);
        if (store.ballotsFromNetworkSince(network, now.minus(networkWindow)) >= networkPerWindow) {
            throw new RateLimitedException(networkWindow, "vote.refused.networkLimited", networkWindow.toMinutes());
        }
        store.insertBallot(entry, used + 1, voterId, network, standing.createdAt(), now);
    }

    /** The shuffle's seed: the same voter sees the same vote in the same order, another voter in another. */
    static long seed(long voterId, long pollId) {
        MessageDigest digest = Sha256.newDigest();
        digest.update((voterId + ":" + pollId).getBytes(StandardCharsets.US_ASCII));
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
