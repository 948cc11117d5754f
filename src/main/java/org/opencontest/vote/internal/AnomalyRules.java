package org.opencontest.vote.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencontest.vote.internal.VoteStore.BallotFact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The anomaly review's three rules over a vote's valid ballots (settings under {@code opencontest.vote.anomaly}):
 * <ul>
 *   <li>{@link AnomalyRule#BURST}: at least {@code burst-votes} votes for one entry within {@code burst-window};
 *       every ballot of such a window is in the group, overlapping windows make one group;</li>
 *   <li>{@link AnomalyRule#NEW_ACCOUNTS_ONE_NETWORK}: at least {@code network-new-accounts} different accounts younger
 *       than {@code new-account-age} when they voted, from one source network;</li>
 *   <li>{@link AnomalyRule#FAST_AFTER_SIGN_UP}: votes cast within {@code fast-after-sign-up} of the account's
 *       creation.</li>
 * </ul>
 * The rules flag; an organiser decides. One pass over the ballots each.
 */
@Component
class AnomalyRules {

    private final int burstVotes;
    private final Duration burstWindow;
    private final int networkNewAccounts;
    private final Duration newAccountAge;
    private final Duration fastAfterSignUp;

    AnomalyRules(@Value("${opencontest.vote.anomaly.burst-votes:10}") int burstVotes,
                 @Value("${opencontest.vote.anomaly.burst-window:5m}") Duration burstWindow,
                 @Value("${opencontest.vote.anomaly.network-new-accounts:5}") int networkNewAccounts,
                 @Value("${opencontest.vote.anomaly.new-account-age:7d}") Duration newAccountAge,
                 @Value("${opencontest.vote.anomaly.fast-after-sign-up:120s}") Duration fastAfterSignUp) {
        this.burstVotes = burstVotes;
        this.burstWindow = burstWindow;
        this.networkNewAccounts = networkNewAccounts;
        this.newAccountAge = newAccountAge;
        this.fastAfterSignUp = fastAfterSignUp;
    }

    /** @param entryNames a name for each entry, for the burst's subject */
    List<Anomaly> find(List<BallotFact> ballots, Map<Long, String> entryNames) {
        List<Anomaly> found = new ArrayList<>();
        found.addAll(bursts(ballots, entryNames));
        found.addAll(youngAccountsPerNetwork(ballots));
        List<BallotFact> fast = ballots.stream()
                .filter(b -> Duration.between(b.voterCreatedAt(), b.castAt()).compareTo(fastAfterSignUp) < 0).toList();
        if (!fast.isEmpty()) {
            found.add(anomaly(AnomalyRule.FAST_AFTER_SIGN_UP, "", fast));
        }
        return found;
    }

    private List<Anomaly> bursts(List<BallotFact> ballots, Map<Long, String> entryNames) {
        List<Anomaly> found = new ArrayList<>();
        Map<Long, List<BallotFact>> byEntry = ballots.stream()
                .collect(Collectors.groupingBy(BallotFact::entryId, LinkedHashMap::new, Collectors.toList()));
        byEntry.forEach((entry, cast) -> {
            List<BallotFact> sorted = cast.stream().sorted(Comparator.comparing(BallotFact::castAt)).toList();
            boolean[] flagged = new boolean[sorted.size()];
            int start = 0;
            for (int end = 0; end < sorted.size(); end++) {
                while (Duration.between(sorted.get(start).castAt(), sorted.get(end).castAt())
                        .compareTo(burstWindow) > 0) {
                    start++;
                }
                if (end - start + 1 >= burstVotes) {
                    for (int i = start; i <= end; i++) {
                        flagged[i] = true;
                    }
                }
            }
            List<BallotFact> group = new ArrayList<>();
            for (int i = 0; i <= sorted.size(); i++) {
                if (i < sorted.size() && flagged[i]) {
                    group.add(sorted.get(i));
                } else if (!group.isEmpty()) {
                    found.add(anomaly(AnomalyRule.BURST, entryNames.getOrDefault(entry, ""), group));
                    group = new ArrayList<>();
                }
            }
        });
        return found;
    }

    private List<Anomaly> youngAccountsPerNetwork(List<BallotFact> ballots) {
        Map<String, List<BallotFact>> young = ballots.stream()
                .filter(b -> Duration.between(b.voterCreatedAt(), b.castAt()).compareTo(newAccountAge) < 0)
                .collect(Collectors.groupingBy(BallotFact::network, LinkedHashMap::new, Collectors.toList()));
        List<Anomaly> found = new ArrayList<>();
        young.forEach((network, cast) -> {
            if (cast.stream().map(BallotFact::voterId).distinct().count() >= networkNewAccounts) {
                found.add(anomaly(AnomalyRule.NEW_ACCOUNTS_ONE_NETWORK, network, cast));
            }
        });
        return found;
    }

    private static Anomaly anomaly(AnomalyRule rule, String subject, List<BallotFact> ballots) {
        Instant from = ballots.stream().map(BallotFact::castAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = ballots.stream().map(BallotFact::castAt).max(Comparator.naturalOrder()).orElseThrow();
        return new Anomaly(rule, subject, from, to, ballots.stream().map(BallotFact::id).sorted().toList());
    }
}
