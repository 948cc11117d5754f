package org.opencontest.contest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestCloneStep;
import org.opencontest.contest.ContestCopy;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.text.Slugs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A contest's next edition, cloned from this one: a draft owned by the caller with the same texts, settings, tracks
 * and prizes, every phase moved by an offset in the contest's zone, and years in the titles and the slug moved by the
 * offset's years ("SODA 2015" becomes "SODA 2016"). Every {@link ContestCloneStep} then copies its module's part
 * (stages, rubrics and rounds, dataset links, registration questions, evaluated-track settings). The cover image is
 * copied as a new object. Teams, submissions, judges and their invitations, answer keys and results are not copied.
 */
@Service
public class ContestCloning {

    private static final int MAX_YEARS = 10;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(199[0-9]|2[01][0-9]{2})(?![0-9])");

    private final ContestRepository contests;
    private final ContestAccess access;
    private final ContestDtos dtos;
    private final ContestCovers covers;
    private final Clock clock;
    /** Looked up when a contest is cloned: the contributing modules depend on this module. */
    private final ObjectProvider<ContestCloneStep> cloneSteps;

    ContestCloning(ContestRepository contests, ContestAccess access, ContestDtos dtos, ContestCovers covers,
                   Clock clock, ObjectProvider<ContestCloneStep> cloneSteps) {
        this.contests = contests;
        this.access = access;
        this.dtos = dtos;
        this.covers = covers;
        this.clock = clock;
        this.cloneSteps = cloneSteps;
    }

    /** Clones a contest the caller organises; the offset must move dates forward, by ten years at most. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ContestEditState cloneContest(long sourceId, Period offset) {
        Contest source = access.manageable(sourceId);
        if (offset == null || offset.isNegative() || offset.isZero() || offset.getYears() > MAX_YEARS) {
            throw new UserFacingException("contest.clone.error.offset", MAX_YEARS);
        }
        ContestInput from = dtos.editState(source).input();
        ContestCopy shift = new ContestCopy(sourceId, 0, offset, from.zone(), Map.of());
        String slug = Slugs.firstFree(nextYears(source.getSlug(), offset.getYears()), contests::existsBySlug);
        LocalizedText title = new LocalizedText(nextYears(from.title().en(), offset.getYears()),
                nextYears(from.title().zh(), offset.getYears()));
        ContestInput input = new ContestInput(slug, title, from.summary(), from.description(), from.rules(),
                from.theme(), from.zone(), from.teamSizeMin(), from.teamSizeMax(),
                from.tracks().stream().map(track -> new ContestInput.TrackInput(null, track.name(),
                        track.description())).toList(),
                from.prizes().stream().map(prize -> new ContestInput.PrizeInput(null, prize.title(), prize.amount(),
                        prize.currency(), prize.description(), prize.trackIndex())).toList(),
                from.phases().stream().map(phase -> new PhaseWindow(phase.kind(), shift.shift(phase.opens()),
                        shift.shift(phase.closes()))).toList());
        ContestInputValidator.validate(input);
        Instant now = clock.instant();
        Contest clone = new Contest(slug, CurrentUser.requireId(), now);
        clone.edit(input, slug, now);
        Contest saved = contests.saveAndFlush(clone);
        if (source.getCoverKey() != null) {
            saved.replaceCover(copyCover(source, saved.getId()), source.getCoverMediaType(), now);
            saved = contests.saveAndFlush(saved);
        }
        ContestCopy copy = new ContestCopy(sourceId, saved.getId(), offset, from.zone(),
                trackCopies(from, dtos.editState(saved).input()));
        cloneSteps.orderedStream().forEach(step -> step.copy(copy));
        return dtos.editState(saved);
    }

    /**
     * The cover as an object of the clone's own: each contest deletes its cover when it replaces it, so a shared key
     * would vanish from under the other edition. A clone rolled back removes its copy.
     */
    private String copyCover(Contest source, long cloneId) {
        String key = covers.copy(source.getCoverKey(), cloneId).key();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    covers.deleteQuietly(key);
                }
            }
        });
        return key;
    }

    /** Source track id to clone track id; the tracks were copied in order. */
    private static Map<Long, Long> trackCopies(ContestInput source, ContestInput clone) {
        Map<Long, Long> copies = new HashMap<>();
        for (int i = 0; i < source.tracks().size(); i++) {
            copies.put(source.tracks().get(i).id(), clone.tracks().get(i).id());
        }
        return copies;
    }

    /** Years (1990–2199) standing alone in {@code text}, moved by {@code years}. */
    static String nextYears(String text, int years) {
        if (text == null || years == 0) {
            return text;
        }
        return YEAR.matcher(text).replaceAll(match -> String.valueOf(Integer.parseInt(match.group()) + years));
    }
}
