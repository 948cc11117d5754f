package org.opencontest.contest.internal;

import java.util.HexFormat;
import java.util.List;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestSummary;
import org.opencontest.shared.text.MarkdownRenderer;
import org.opencontest.contest.PhaseWindow;
import org.springframework.stereotype.Component;

/** Maps the aggregate to the records the public API hands out; must run inside the loading transaction. */
@Component
public class ContestDtos {

    private final MarkdownRenderer markdown;

    ContestDtos(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public ContestSummary summary(Contest contest) {
        return new ContestSummary(contest.getId(), contest.getSlug(), contest.getStatus(), contest.getTitle(),
                contest.getSummary(), contest.getTheme(), contest.getZone(), contest.timeline(), coverPath(contest));
    }

    public ContestPage page(Contest contest) {
        List<ContestPage.Track> tracks = contest.getTracks().stream()
                .map(track -> new ContestPage.Track(track.getId(), track.getName(), track.getDescription()))
                .toList();
        List<ContestPage.Prize> prizes = contest.getPrizes().stream()
                .map(prize -> new ContestPage.Prize(prize.getTitle(), prize.getAmount(), prize.getCurrency(),
                        prize.getDescription(), prize.getTrack() == null ? null : prize.getTrack().getName()))
                .toList();
        return new ContestPage(contest.getId(), contest.getSlug(), contest.getStatus(), contest.getTitle(),
                contest.getSummary(), contest.getTheme(), markdown.toSafeHtml(contest.getDescription()),
                markdown.toSafeHtml(contest.getRules()), contest.getRulesVersion(), contest.getZone(), contest.getTeamSizeMin(),
                contest.getTeamSizeMax(), tracks, prizes, contest.timeline(), coverPath(contest));
    }

    public ContestEditState editState(Contest contest) {
        List<ContestTrack> tracks = contest.getTracks();
        List<ContestInput.TrackInput> trackInputs = tracks.stream()
                .map(track -> new ContestInput.TrackInput(track.getId(), track.getName(), track.getDescription()))
                .toList();
        List<ContestInput.PrizeInput> prizeInputs = contest.getPrizes().stream()
                .map(prize -> new ContestInput.PrizeInput(prize.getId(), prize.getTitle(), prize.getAmount(),
                        prize.getCurrency(), prize.getDescription(),
                        prize.getTrack() == null ? null : tracks.indexOf(prize.getTrack())))
                .toList();
        List<PhaseWindow> phases = contest.timeline().phases();
        ContestInput input = new ContestInput(contest.getSlug(), contest.getTitle(), contest.getSummary(),
                contest.getDescription(), contest.getRules(), contest.getTheme(), contest.getZone(),
                contest.getTeamSizeMin(), contest.getTeamSizeMax(), trackInputs, prizeInputs, phases);
        return new ContestEditState(contest.getId(), contest.getVersion(), contest.getStatus(), input,
                coverPath(contest));
    }

    /**
     * The cover's public path (relative to the application root), or null. The query parameter changes with the
     * stored object, so browsers never show a replaced cover from their cache.
     */
    static String coverPath(Contest contest) {
        if (contest.getCoverKey() == null) {
            return null;
        }
        String token = HexFormat.of().toHexDigits(contest.getCoverKey().hashCode());
        return "api/public/contests/" + contest.getSlug() + "/cover?v=" + token;
    }
}
