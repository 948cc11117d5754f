package org.opencontest.team.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.hash.Sha256;
import org.opencontest.shared.time.ZonedMoment;
import org.opencontest.team.TeamSettings;

/**
 * The registration rules of one contest at work: its registration phase, size limits and the organiser's settings
 * with their defaults filled in. Every refusal names the deadline in the contest's zone and the viewer's.
 * <ul>
 *   <li>New teams register only while the registration phase is open.</li>
 *   <li>Membership (joining, invitations, leaving, removing) may change until the lock instant, by default the
 *       close of registration.</li>
 *   <li>Teams merge until the merge deadline, by default the lock instant.</li>
 *   <li>A team holds at most the contest's maximum; a solo entry exactly one.</li>
 * </ul>
 */
public record Policy(ContestPage contest, boolean approvalRequired, boolean soloAllowed, Instant lockAt,
                     Instant mergeDeadline, RulesConsent rulesVersion) {

    public static Policy of(ContestPage contest, TeamSettings settings) {
        Instant registrationCloses = contest.timeline().phase(PhaseKind.REGISTRATION).map(PhaseWindow::closes)
                .orElse(null);
        Instant lock = settings.lockAt() != null ? settings.lockAt() : registrationCloses;
        Instant merge = settings.mergeDeadline() != null ? settings.mergeDeadline() : lock;
        RulesConsent rules = new RulesConsent(settings.rulesVersion(), contest.rulesVersion().number(),
                contest.rulesVersion().since(), fingerprint(contest));
        return new Policy(contest, settings.approvalRequired(), settings.soloAllowed(), lock, merge, rules);
    }

    public Optional<PhaseWindow> registration() {
        return contest.timeline().phase(PhaseKind.REGISTRATION);
    }

    public void requireRegistrationOpen(Instant now, ZoneId viewer) {
        if (contest.status() != ContestStatus.PUBLISHED) {
            throw new UserFacingException("team.error.contestNotOpen");
        }
        PhaseWindow registration = registration()
                .orElseThrow(() -> new UserFacingException("team.error.noRegistration"));
        if (now.isBefore(registration.opens())) {
            throw new UserFacingException("team.error.registrationNotOpen",
                    when(registration.opens(), viewer));
        }
        if (!now.isBefore(registration.closes())) {
            throw new UserFacingException("team.error.registrationClosed",
                    when(registration.closes(), viewer));
        }
    }

    /** Membership may change: the contest is open and the lock instant has not passed. */
    public void requireUnlocked(Instant now, ZoneId viewer) {
        if (contest.status() != ContestStatus.PUBLISHED) {
            throw new UserFacingException("team.error.contestNotOpen");
        }
        if (lockAt == null || !now.isBefore(lockAt)) {
            throw new UserFacingException("team.error.locked", lockAt == null ? "-" : when(lockAt, viewer));
        }
    }

    public void requireMergeOpen(Instant now, ZoneId viewer) {
        requireUnlocked(now, viewer);
        if (mergeDeadline == null || !now.isBefore(mergeDeadline)) {
            throw new UserFacingException("team.error.mergeClosed",
                    mergeDeadline == null ? "-" : when(mergeDeadline, viewer));
        }
    }

    public boolean isLocked(Instant now) {
        return lockAt == null || !now.isBefore(lockAt);
    }

    /** How many members a team may have. */
    public int capacity(boolean solo) {
        return solo ? 1 : contest.teamSizeMax();
    }

    /** Refuses a merge whose combined team would exceed the maximum. */
    public void requireMergeFits(int survivingCount, int absorbedCount) {
        if (survivingCount + absorbedCount > contest.teamSizeMax()) {
            throw new UserFacingException("team.error.mergeTooBig", survivingCount + absorbedCount,
                    contest.teamSizeMax());
        }
    }

    /** Whether a team of this size (not solo) is still below the contest's minimum. */
    public boolean belowMinimum(int memberCount, boolean solo) {
        return !solo && memberCount < contest.teamSizeMin();
    }

    /** The deadline as quoted in refusals: contest zone first, then the viewer's if its clock differs. */
    private ZonedMoment when(Instant at, ZoneId viewer) {
        return ZoneDisplay.moment(at, contest.zone(), viewer);
    }

    /** The rules text as it reads now in both languages, identified by a short hash. */
    private static String fingerprint(ContestPage contest) {
        return "sha256:" + Sha256.hex(contest.rulesHtml().en() + "\n" + contest.rulesHtml().zh())
                .substring(0, 12);
    }
}
