package org.opencontest.account;

import org.opencontest.shared.security.Role;

/**
 * The one account question other modules' invitations need answered: give the role an accepted invitation carries.
 * Callers have checked the invitation and the invitee's confirmed address and call this as the system, so organisers
 * invite and only the invitee's acceptance grants (implemented by the admins' account service).
 */
public interface InvitationRoleGrants {

    /** Grants {@code role} to the account unless it has it, recording {@code invitation} in the audit trail. */
    void grantOnAcceptedInvitation(long userId, Role role, String invitation);
}
