package org.opencontest.account.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed-in users ask for the organiser, judge, incubator or partner role; administrators approve or decline (with a reason)
 * from a queue. Every new request mails the administrators, every decision mails the requester in their language,
 * and each step is audited. ADMIN and PARTICIPANT cannot be requested: administrators are made by administrators,
 * and everyone signs up as a participant.
 */
@Service
public class RoleRequests {

    /** The roles a user may ask for. */
    public static final Set<Role> REQUESTABLE = EnumSet.of(Role.ORGANISER, Role.JUDGE, Role.INCUBATOR,
            Role.PARTNER);
    static final int MAX_REASON = 1000;
    static final String REQUESTED = "account.roleRequest.requested";
    static final String APPROVED = "account.roleRequest.approved";
    static final String DECLINED = "account.roleRequest.declined";

    private final RoleRequestRepository requests;
    private final UserAccountRepository users;
    private final AccountMails mails;
    private final AuditLog audit;
    private final Clock clock;

    RoleRequests(RoleRequestRepository requests, UserAccountRepository users, AccountMails mails, AuditLog audit,
                 Clock clock) {
        this.requests = requests;
        this.users = users;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files the caller's request and mails every administrator. Refuses a role that cannot be requested, one the
     * caller holds already, and a second pending request for the same role.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public RoleRequestView request(Role role, String organisation, String reason) {
        UserAccount me = users.findById(CurrentUser.requireId()).orElseThrow(NotFoundException::new);
        if (role == null || !REQUESTABLE.contains(role)) {
            throw new UserFacingException("account.roleRequest.error.role");
        }
        if (me.getRoles().contains(role)) {
            throw new UserFacingException("account.roleRequest.error.held");
        }
        String org = required(organisation, AccountRules.MAX_ORGANISATION,
                "account.roleRequest.error.organisation");
        String why = required(reason, MAX_REASON, "account.roleRequest.error.reason");
        if (requests.existsByUserIdAndRoleAndStatus(me.getId(), role, RoleRequestStatus.PENDING)) {
            throw new UserFacingException("account.roleRequest.error.duplicate");
        }
        RoleRequest request;
        try {
            request = requests.saveAndFlush(new RoleRequest(me.getId(), role, org, why, clock.instant()));
        } catch (DataIntegrityViolationException raceWithTheSameRequest) {
            throw new UserFacingException("account.roleRequest.error.duplicate");
        }
        for (UserAccount admin : users.findEnabledWithRole(Role.ADMIN)) {
            mails.sendRoleRequested(admin.getEmail(), admin.getLocale(), me, request);
        }
        audit.record(REQUESTED, me.getEmail(), "role=" + role.name());
        return view(request, me);
    }

    /** The caller's requests, newest first, with their state and the reason of a decline. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoleRequestView> mine() {
        UserAccount me = users.findById(CurrentUser.requireId()).orElseThrow(NotFoundException::new);
        return requests.findByUserIdOrderByCreatedAtDesc(me.getId()).stream().map(r -> view(r, me)).toList();
    }

    /** The queue: pending requests, oldest first. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<RoleRequestView> pending() {
        List<RoleRequest> open = requests.findByStatusOrderByCreatedAt(RoleRequestStatus.PENDING);
        Map<Long, UserAccount> requesters = users.findAllById(open.stream().map(RoleRequest::getUserId).toList())
                .stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        return open.stream().map(r -> view(r, requesters.get(r.getUserId()))).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long pendingCount() {
        return requests.countByStatus(RoleRequestStatus.PENDING);
    }

    /** Grants the role (effective in the requester's open sessions at their next request) and tells them. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public RoleRequestView approve(long requestId) {
        return decide(requestId, RoleRequestStatus.APPROVED, null);
    }

    /** Declines with a reason the requester reads in the mail and on their profile. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public RoleRequestView decline(long requestId, String reason) {
        return decide(requestId, RoleRequestStatus.DECLINED,
                required(reason, MAX_REASON, "account.roleRequest.error.declineReason"));
    }

    private RoleRequestView decide(long requestId, RoleRequestStatus decision, String reason) {
        RoleRequest request = requests.findById(requestId).orElseThrow(NotFoundException::new);
        if (request.getStatus() != RoleRequestStatus.PENDING) {
            throw new UserFacingException("account.roleRequest.error.decided");
        }
        UserAccount requester = users.findById(request.getUserId()).orElseThrow(NotFoundException::new);
        request.decide(decision, CurrentUser.requireId(), reason, clock.instant());
        if (decision == RoleRequestStatus.APPROVED) {
            requester.grant(request.getRole());
        }
        requests.flush();
        users.flush();
        mails.sendRoleDecision(requester, request);
        audit.record(decision == RoleRequestStatus.APPROVED ? APPROVED : DECLINED, requester.getEmail(),
                "role=" + request.getRole().name() + (reason == null ? "" : ", reason=" + reason));
        return view(request, requester);
    }

    private static String required(String value, int max, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new UserFacingException(key, max);
        }
        return stripped;
    }

    private static RoleRequestView view(RoleRequest request, UserAccount requester) {
        return new RoleRequestView(request.getId(), request.getUserId(), requester.getEmail(),
                requester.getDisplayName(), request.getRole(), request.getOrganisation(), request.getReason(),
                request.getStatus(), request.getCreatedAt(), request.getDecidedAt(), request.getDecisionReason());
    }
}
