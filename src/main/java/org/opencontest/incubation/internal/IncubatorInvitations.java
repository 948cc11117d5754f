package org.opencontest.incubation.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.InvitationRoleGrants;
import org.opencontest.account.AccountService;
import org.opencontest.account.AccountStatus;
import org.opencontest.account.DirectoryEntry;
import org.opencontest.account.UserDirectory;
import org.opencontest.audit.AuditLog;
import org.opencontest.incubation.internal.IncubatorInvitation;
import org.opencontest.incubation.internal.IncubatorInvitationRepository;
import org.opencontest.incubation.internal.IncubatorMember;
import org.opencontest.incubation.internal.IncubatorMemberRepository;
import org.opencontest.incubation.internal.IncubatorOrg;
import org.opencontest.incubation.internal.IncubatorOrgRepository;
import org.opencontest.incubation.internal.ProjectDtos;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations into an incubator organisation for people who are not incubators yet, as HotCRP and OpenReview invite
 * reviewers: the organiser (or administrator) names an address, the owner of that address accepts signed in with it
 * confirmed, and only then becomes a member and receives the INCUBATOR role. An organiser never grants a role to an
 * account.
 */
@Service
public class IncubatorInvitations {

    static final String INVITED = "incubation.org.invited";
    static final String ACCEPTED = "incubation.org.invitationAccepted";
    private static final int MAX_EMAIL = 320;

    private final IncubatorInvitationRepository invitations;
    private final IncubatorOrgRepository orgs;
    private final IncubatorMemberRepository members;
    private final UserDirectory directory;
    private final AccountService accounts;
    private final InvitationRoleGrants roleGrants;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    IncubatorInvitations(IncubatorInvitationRepository invitations, IncubatorOrgRepository orgs,
                         IncubatorMemberRepository members, UserDirectory directory, AccountService accounts,
                         InvitationRoleGrants roleGrants, ApplicationEventPublisher events, AuditLog audit,
                         Clock clock, @Value("${opencontest.base-url}") String baseUrl) {
        this.invitations = invitations;
        this.orgs = orgs;
        this.members = members;
        this.directory = directory;
        this.accounts = accounts;
        this.roleGrants = roleGrants;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Invites the address and mails it (by name and in the account's language when the address has an account).
     * Refuses members of the organisation and a second open invitation of the same address.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
    @Transactional
    public IncubatorInvite invite(long orgId, String email) {
        IncubatorOrg org = orgs.findById(orgId).orElseThrow(NotFoundException::new);
        String address = normalised(email);
        Optional<DirectoryEntry> account = directory.findByEmail(address);
        if (account.isPresent() && members.existsByOrgIdAndUserId(orgId, account.get().id())) {
            throw new UserFacingException("incubation.org.error.alreadyMember", address);
        }
        if (invitations.existsByOrgIdAndEmailAndAcceptedAtIsNull(orgId, address)) {
            throw new UserFacingException("incubation.org.error.alreadyInvited", address);
        }
        AppPrincipal me = CurrentUser.require();
        IncubatorInvitation invitation = invitations.save(
                new IncubatorInvitation(orgId, address, me.userId(), clock.instant()));
        Locale locale = account.map(DirectoryEntry::locale).orElse(me.locale());
        Map<String, String> model = new HashMap<>(Map.of("inviter", me.displayName(),
                "organisation", ProjectDtos.name(org).in(locale), "link", baseUrl + "/incubation/invitations",
                "invitation", Long.toString(invitation.getId())));
        account.ifPresent(known -> model.put("name", known.displayName()));
        events.publishEvent(new MailRequested(address, locale, "incubation.invitation", model));
        audit.record(INVITED, "incubator-org:" + orgId, address);
        return view(invitation, org);
    }

    /** The open invitations of every organisation, oldest first, for the organisers' page. */
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
    @Transactional(readOnly = true)
    public List<IncubatorInvite> open() {
        return invitations.findByAcceptedAtIsNullOrderByInvitedAt().stream()
                .map(invitation -> view(invitation, orgs.getReferenceById(invitation.getOrgId()))).toList();
    }

    /** The caller's open invitations; none until the caller's address is confirmed (an unconfirmed one proves nothing). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IncubatorInvite> mine() {
        if (!confirmed()) {
            return List.of();
        }
        return invitations.findByEmailAndAcceptedAtIsNullOrderByInvitedAt(myAddress()).stream()
                .map(invitation -> view(invitation, orgs.getReferenceById(invitation.getOrgId()))).toList();
    }

    /**
     * The invitee accepts: they join the organisation and receive the INCUBATOR role, which their open session picks
     * up at its next request. Anyone else's invitation, or an answered one, is "not found".
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IncubatorInvite accept(long invitationId) {
        IncubatorInvitation invitation = invitations.findById(invitationId)
                .filter(IncubatorInvitation::isOpen)
                .filter(open -> confirmed() && open.getEmail().equals(myAddress()))
                .orElseThrow(NotFoundException::new);
        AppPrincipal me = CurrentUser.require();
        invitation.accept(me.userId(), clock.instant());
        if (!members.existsByOrgIdAndUserId(invitation.getOrgId(), me.userId())) {
            members.save(new IncubatorMember(invitation.getOrgId(), me.userId(), me.email(), me.displayName(),
                    me.locale()));
        }
        String reference = "incubator-invitation:" + invitation.getId();
        SystemIdentity.run(() -> roleGrants.grantOnAcceptedInvitation(me.userId(), Role.INCUBATOR, reference));
        audit.record(ACCEPTED, "incubator-org:" + invitation.getOrgId(), me.email());
        return view(invitation, orgs.getReferenceById(invitation.getOrgId()));
    }

    private boolean confirmed() {
        return accounts.myStatus().map(AccountStatus::emailVerified).orElse(false);
    }

    private static String myAddress() {
        return CurrentUser.require().email().strip().toLowerCase(Locale.ROOT);
    }

    private static String normalised(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_EMAIL || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new UserFacingException("incubation.org.error.email");
        }
        return address;
    }

    private static IncubatorInvite view(IncubatorInvitation invitation, IncubatorOrg org) {
        return new IncubatorInvite(invitation.getId(), invitation.getOrgId(), ProjectDtos.name(org),
                invitation.getEmail(), invitation.getInvitedAt());
    }
}
