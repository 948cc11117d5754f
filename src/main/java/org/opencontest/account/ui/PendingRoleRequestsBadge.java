package org.opencontest.account.ui;

import org.opencontest.account.internal.RoleRequests;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.ui.MenuBadge;
import org.springframework.stereotype.Component;

/** The number of role requests waiting, beside the administrators' menu entry for the queue. */
@Component
class PendingRoleRequestsBadge implements MenuBadge {

    private final RoleRequests requests;

    PendingRoleRequestsBadge(RoleRequests requests) {
        this.requests = requests;
    }

    @Override
    public String path() {
        return RoleRequestQueueView.ROUTE;
    }

    @Override
    public long count() {
        return CurrentUser.isAdmin() ? requests.pendingCount() : 0;
    }
}
