package org.opencontest.account.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;

import org.opencontest.account.InvitationRoleGrants;
import org.opencontest.audit.AuditLog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.LikePatterns;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration for ADMINs: find users, grant and revoke roles, enable and disable accounts. */
@Service
public class AccountAdministration implements InvitationRoleGrants {

    static final String ROLE_GRANTED = "account.role.granted";
    static final String ROLE_REVOKED = "account.role.revoked";
    static final String ENABLED = "account.enabled";
    static final String DISABLED = "account.disabled";
    private static final Sort DEFAULT_ORDER = Sort.by("email");

    private final UserAccountRepository users;
    private final AuditLog audit;

    AccountAdministration(UserAccountRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /** A page of users matching the query, by e-mail unless the page asks for another order. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Page<UserSummary> find(UserQuery query, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), DEFAULT_ORDER);
        return users.findAll(matching(query), ordered).map(AccountAdministration::toSummary);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public UserSummary get(long userId) {
        return users.findById(userId).map(AccountAdministration::toSummary).orElseThrow(NotFoundException::new);
    }

    /**
     * Sets the user's roles and enabled flag, auditing each change. Administrators cannot take away their own
     * ADMIN role or disable themselves, so there is always someone left to undo a mistake.
     *
     * @param expectedVersion the version the administrator saw; a different one refuses with error.concurrentEdit
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserSummary updateAccess(long userId, long expectedVersion, Set<Role> roles, boolean enabled) {
        UserAccount user = users.findById(userId).orElseThrow(NotFoundException::new);
        if (user.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        if (userId == CurrentUser.requireId() && (!roles.contains(Role.ADMIN) || !enabled)) {
            throw new UserFacingException("account.admin.error.selfLockout");
        }
        Set<Role> before = user.getRoles();
        for (Role role : Role.values()) {
            if (roles.contains(role) && !before.contains(role)) {
                user.grant(role);
                audit.record(ROLE_GRANTED, user.getEmail(), "role=" + role.name());
            } else if (!roles.contains(role) && before.contains(role)) {
                user.revoke(role);
                audit.record(ROLE_REVOKED, user.getEmail(), "role=" + role.name());
            }
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            audit.record(enabled ? ENABLED : DISABLED, user.getEmail(), null);
        }
        users.flush();
        return toSummary(user);
    }

    /**
     * Gives the role an invitation carries to the account whose owner accepted it (joining an incubator organisation
     * makes an incubator). The inviting module has checked the invitation and the owner's confirmed address and
     * calls this as the system: organisers invite, only the invitee's acceptance grants.
     */
    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void grantOnAcceptedInvitation(long userId, Role role, String invitation) {
        UserAccount user = users.findById(userId).orElseThrow(NotFoundException::new);
        if (!user.getRoles().contains(role)) {
            user.grant(role);
            audit.record(ROLE_GRANTED, user.getEmail(), "role=" + role.name() + ", accepted " + invitation);
        }
    }

    private static Specification<UserAccount> matching(UserQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (query.text() != null && !query.text().isBlank()) {
                String pattern = LikePatterns.contains(query.text());
                predicates.add(builder.or(
                        builder.like(builder.lower(root.get("email")), pattern, LikePatterns.ESCAPE),
                        builder.like(builder.lower(root.get("displayName")), pattern, LikePatterns.ESCAPE)));
            }
            if (query.role() != null) {
                Join<UserAccount, Role> roles = root.join("roles");
                predicates.add(builder.equal(roles, query.role()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static UserSummary toSummary(UserAccount user) {
        return new UserSummary(user.getId(), user.getVersion(), user.getEmail(), user.getDisplayName(),
                user.getOrganisation(), user.getRoles(),
                user.isEnabled(), user.isEmailVerified(), user.getCreatedAt());
    }
}
