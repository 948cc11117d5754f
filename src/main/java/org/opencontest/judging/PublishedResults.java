package org.opencontest.judging;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.PublicContests;
import org.opencontest.judging.internal.GalleryEntry;
import org.opencontest.judging.internal.JudgingAward;
import org.opencontest.judging.internal.JudgingAwardRepository;
import org.opencontest.judging.internal.JudgingRound;
import org.opencontest.judging.internal.JudgingRoundRepository;
import org.opencontest.judging.internal.LogHead;
import org.opencontest.judging.internal.LogHeadRepository;
import org.opencontest.judging.internal.ResultsGallery;
import org.opencontest.judging.internal.ResultsPublication;
import org.opencontest.judging.internal.ResultsPublicationRepository;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.hash.HashChain;
import org.opencontest.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published results, for everyone: the winners gallery and the awarded entries other modules (incubation) build on.
 * Before publication a contest's awards are nobody's business but its organisers' (see {@link ResultsDesk}), so
 * here an unpublished contest answers {@link NotFoundException} for the gallery and an empty list for the awards.
 */
@Service
public class PublishedResults implements AwardedEntries {

    private final JudgingAwardRepository awards;
    private final ResultsPublicationRepository publications;
    private final JudgingRoundRepository rounds;
    private final LogHeadRepository heads;
    private final ContestService contests;

    PublishedResults(JudgingAwardRepository awards, ResultsPublicationRepository publications,
            JudgingRoundRepository rounds, LogHeadRepository heads, ContestService contests) {
        this.awards = awards;
        this.publications = publications;
        this.rounds = rounds;
        this.heads = heads;
        this.contests = contests;
    }

    /** Anyone who can see the contest; the title is given in the caller's language (English for visitors). */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<AwardedEntry> awarded(long contestId) {
        ContestPage contest = contests.page(contestId);
        if (!publications.existsByContestIdAndPublishedAtIsNotNull(contest.id())) {
            return List.of();
        }
        var locale = CurrentUser.get().map(p -> p.locale()).orElse(Locale.ENGLISH);
        return awards.findInGalleryOrder(contest.id()).stream()
                .map(a -> new AwardedEntry(a.getId(), a.getContestId(), a.getTeamId(), a.getSubmissionId(),
                        a.getName(), a.getRank(), a.getTeamName(), a.getTitle()))
                .toList();
    }

    /** The public winners gallery of a contest whose results are published; anyone, no account needed. */
    @PermitAll
    @Transactional(readOnly = true)
    public ResultsGallery gallery(String slug) {
        ContestPage contest = contests.page(slug);
        var publication = publications.findById(contest.id()).filter(p -> p.isPublished())
                .orElseThrow(NotFoundException::new);
        List<JudgingRound> all = rounds.findByContestIdOrderByPosition(contest.id());
        Aggregation method = all.isEmpty() ? null : all.get(all.size() - 1).toInput().aggregation();
        String hash = heads.findById(contest.id()).map(LogHead::getLastHash).orElse(HashChain.GENESIS);
        return new ResultsGallery(contest, publication.getPublishedAt(), method,
                awards.findInGalleryOrder(contest.id()).stream().map(PublishedResults::entry).toList(), hash);
    }

    /** Whether the contest's results are public (the contest page links the gallery then). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isPublished(long contestId) {
        return publications.existsByContestIdAndPublishedAtIsNotNull(contestId);
    }

    /** Contests whose results are published, newest contests first (the nav's results page lists them). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ContestSummary> contestsWithResults() {
        PublicContests all = contests.publicContests();
        List<ContestSummary> candidates = Stream.concat(all.past().stream(), all.current().stream())
                .toList();
        Set<Long> published = publications.findAllById(candidates.stream().map(ContestSummary::id).toList())
                .stream().filter(ResultsPublication::isPublished).map(ResultsPublication::getContestId)
                .collect(Collectors.toSet());
        return candidates.stream().filter(contest -> published.contains(contest.id())).toList();
    }

    private static GalleryEntry entry(JudgingAward award) {
        return new GalleryEntry(award.getId(), award.getName(), award.getRank(), award.getTeamName(),
                award.getTitle(), award.getSummary());
    }
}
