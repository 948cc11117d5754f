package org.opencontest.contest.internal;

import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may change a contest, for every service of the module: visitors see published and archived
 * contests; the owner and administrators see drafts too and may change them. A contest the caller may not see or
 * change answers {@link NotFoundException}, exactly like a missing one.
 */
@Component
public class ContestAccess {

    private final ContestRepository contests;

    ContestAccess(ContestRepository contests) {
        this.contests = contests;
    }

    public Contest visible(String slug) {
        return contests.findBySlug(slug).filter(this::isVisible).orElseThrow(NotFoundException::new);
    }

    public Contest visible(long id) {
        return contests.findById(id).filter(this::isVisible).orElseThrow(NotFoundException::new);
    }

    public Contest manageable(long id) {
        return contests.findById(id).filter(this::mayManage).orElseThrow(NotFoundException::new);
    }

    /** A contest the caller may change, as of the version the caller's edit started from. */
    public Contest manageable(long id, long expectedVersion) {
        Contest contest = manageable(id);
        if (contest.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return contest;
    }

    public boolean mayManage(Contest contest) {
        return CurrentUser.isAdmin()
                || CurrentUser.get().map(user -> contest.isOwnedBy(user.userId())).orElse(false);
    }

    private boolean isVisible(Contest contest) {
        return contest.getStatus().isPublic() || mayManage(contest);
    }
}
