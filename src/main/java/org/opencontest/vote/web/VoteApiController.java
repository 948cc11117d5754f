package org.opencontest.vote.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.opencontest.contest.ContestService;
import org.opencontest.shared.api.ApiController;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.ApiScopes;
import org.opencontest.vote.internal.Gallery;
import org.opencontest.vote.internal.GalleryEntry;
import org.opencontest.vote.internal.Voting;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * People's-choice votes under {@code /api/v1} (see docs/api.md): a contest's open votes as the gallery shows them to
 * the caller, and casting the token owner's vote, through the same {@link Voting} checks as the gallery's button
 * (window, confirmed address, account age, votes left, rate limits per account and per source network). The source
 * network is the request's address as the server resolved it, exactly as for the web page.
 */
@ApiController
@Tag(name = "People's choice")
class VoteApiController {

    private final Voting voting;
    private final ContestService contests;

    VoteApiController(Voting voting, ContestService contests) {
        this.voting = voting;
        this.contests = contests;
    }

    @GetMapping("/api/v1/contests/{slug}/votes")
    @Operation(summary = "A contest's open people's-choice votes with their entries",
            description = "The entries in the caller's own stable random order, the caller's votes marked (mine); "
                    + "without a token, the order a visitor sees. 404 when the contest page is not visible.")
    List<ApiVote> open(@PathVariable String slug) {
        return voting.galleries(contests.page(slug).id()).stream().map(VoteApiController::vote).toList();
    }

    @PostMapping("/api/v1/contests/{slug}/votes")
    @PreAuthorize(ApiScopes.VOTES_WRITE)
    @Operation(summary = "Vote for an entry of an open vote",
            description = "Same rules and refusals as the gallery's Vote button; a refusal is a 400 problem detail "
                    + "whose key names the rule (vote.refused.already, vote.refused.noVotesLeft, …). The rate limits "
                    + "(vote.refused.rateLimited, vote.refused.networkLimited) answer 429 with Retry-After. An entry "
                    + "of another contest is 404.",
            responses = @ApiResponse(responseCode = "201", description = "The vote is counted"))
    ResponseEntity<CastVote> cast(@PathVariable String slug, @RequestBody CastVote vote, HttpServletRequest request) {
        voting.cast(contests.page(slug).id(), vote.entryId(), request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/contests/" + slug + "/votes")).body(vote);
    }

    private static ApiVote vote(Gallery gallery) {
        return new ApiVote(gallery.poll().id(), gallery.poll().trackId(), gallery.poll().votesPerVoter(),
                gallery.poll().closesAt(), gallery.entries().stream().map(VoteApiController::entry).toList());
    }

    private static ApiEntry entry(GalleryEntry entry) {
        return new ApiEntry(entry.id(), entry.teamName(), entry.title(), entry.mine());
    }

    /** {@code trackId} null for a vote over the whole contest; {@code votesPerVoter} counts per track. */
    record ApiVote(long id, Long trackId, int votesPerVoter, Instant closesAt, List<ApiEntry> entries) {
    }

    record ApiEntry(long id, String team, LocalizedText title, boolean mine) {
    }

    /** The request body, e.g. {@code {"entryId": 42}}. */
    record CastVote(long entryId) {
    }
}
