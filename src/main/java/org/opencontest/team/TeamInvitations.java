package org.opencontest.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.DirectoryEntry;
import org.opencontest.account.UserDirectory;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.team.internal.Invitation;
import org.opencontest.team.internal.InvitationRepository;
import org.opencontest.team.internal.InvitationTokens;
import org.opencontest.team.internal.InvitePreview;
import org.opencontest.team.internal.MemberRepository;
import org.opencontest.team.internal.Policy;
import org.opencontest.team.internal.Registrations;
import org.opencontest.team.internal.Team;
import org.opencontest.team.internal.TeamMails;
import org.opencontest.team.internal.TeamPage;
import org.opencontest.team.internal.TeamRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by e-mail. The leader invites an address; the mail (in the recipient's language when they have an
 * account, else in the leader's) carries a single-use link that expires after {@link #VALID_FOR} or at the team
 * lock, whichever comes first. Only the token's hash is stored. The invitee answers the link signed in with the
 * invited address; forged, used, revoked and expired links are refused with a reason.
 */
@Service
public class TeamInvitations {

    static final Duration VALID_FOR = Duration.ofDays(7);
    private static final int MAX_EMAIL = 320;

    private final Registrations registrations;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final InvitationRepository invitations;
    private final UserDirectory users;
    private final TeamMails mails;
    private final Clock clock;

    TeamInvitations(Registrations registrations, TeamRepository teams, MemberRepository members,
                    InvitationRepository invitations, UserDirectory users, TeamMails mails, Clock clock) {
        this.registrations = registrations;
        this.teams = teams;
        this.members = members;
        this.invitations = invitations;
        this.users = users;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Mails an invitation to the address. Refused for non-leaders, after the lock, for full, solo, rejected and
     * disqualified teams, for the team's own members and for people already in another team of the contest. A
     * second invitation to the same address replaces the first (its link stops working).
     */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public TeamPage.PendingInvitation invite(long teamId, String email) {
        AppPrincipal me = CurrentUser.require();
        Team team = registrations.lock(teamId);
        registrations.requireLeader(team, me.userId());
        Policy policy = registrations.policy(team.getContestId());
        Instant now = clock.instant();
        policy.requireUnlocked(now, me.zone());
        Registrations.requireTakingMembers(team);
        if (team.getMemberCount() >= policy.capacity(false)) {
            throw new UserFacingException("team.error.full", policy.capacity(false));
        }
        String address = normalisedEmail(email);
        members.findByContestIdAndEmail(team.getContestId(), address).ifPresent(member -> {
            throw new UserFacingException(member.getTeamId() == teamId ? "team.invitation.error.alreadyMember"
                    : "team.invitation.error.inOtherTeam", address);
        });
        for (Invitation earlier : invitations.findByTeamIdAndEmailAndStatus(teamId, address, Invitation.Status.OPEN)) {
            invitations.answer(earlier.getId(), Invitation.Status.REVOKED, now, me.userId());
        }
        String token = InvitationTokens.generate();
        Instant expires = now.plus(VALID_FOR).isBefore(policy.lockAt()) ? now.plus(VALID_FOR) : policy.lockAt();
        Invitation invitation = invitations.saveAndFlush(new Invitation(team, address,
                InvitationTokens.hashOf(token), me.userId(), now, expires));
        Optional<DirectoryEntry> invitee = users.findByEmail(address);
        Locale locale = invitee.map(DirectoryEntry::locale).orElse(me.locale());
        Map<String, String> model = new HashMap<>(Map.of(
                "inviter", me.displayName(),
                "team", team.getName(),
                "contest", policy.contest().title().in(locale),
                "link", mails.invitationLink(token),
                "expires", DateTimes.format(expires, policy.contest().zone(), locale)));
        invitee.ifPresent(account -> model.put("name", account.displayName()));
        mails.send(address, locale, "invitation", model);
        return new TeamPage.PendingInvitation(invitation.getId(), address, now, expires);
    }

    /** The leader withdraws an open invitation; its link stops working. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public void revoke(long invitationId) {
        long me = CurrentUser.requireId();
        Invitation invitation = invitations.findById(invitationId).orElseThrow(NotFoundException::new);
        registrations.requireLeader(teams.findById(invitation.getTeamId()).orElseThrow(NotFoundException::new), me);
        if (invitations.answer(invitationId, Invitation.Status.REVOKED, clock.instant(), me) == 0) {
            throw new UserFacingException("team.invitation.used");
        }
    }

    /** What the link offers, for anyone holding it (signed in or not); refuses unusable links with the reason. */
    @PermitAll
    @Transactional(readOnly = true)
    public InvitePreview preview(String token) {
        Invitation invitation = usable(token);
        Team team = teams.findById(invitation.getTeamId()).orElseThrow(NotFoundException::new);
        return registrations.preview(team, invitation.getEmail(), invitation.getExpiresAt());
    }

    /**
     * Accepts the invitation and joins the team with the given answers and consent. The link works once: the
     * invitation is marked accepted by a conditional update, so a second use (even at the same moment) is refused;
     * if joining fails (team full, already in a team, not eligible) the invitation stays open.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public TeamMembership accept(String token, Enrolment enrolment) {
        AppPrincipal me = CurrentUser.require();
        Invitation invitation = answerable(token, me);
        if (invitations.answer(invitation.getId(), Invitation.Status.ACCEPTED, clock.instant(), me.userId()) == 0) {
            throw new UserFacingException("team.invitation.used");
        }
        return registrations.join(invitation.getTeamId(), me, enrolment);
    }

    /** Declines the invitation; the link stops working and the leader is told. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public void decline(String token) {
        AppPrincipal me = CurrentUser.require();
        Invitation invitation = answerable(token, me);
        if (invitations.answer(invitation.getId(), Invitation.Status.DECLINED, clock.instant(), me.userId()) == 0) {
            throw new UserFacingException("team.invitation.used");
        }
        Team team = teams.findById(invitation.getTeamId()).orElseThrow(NotFoundException::new);
        registrations.teamMembers(team).stream().filter(TeamMember::leader).findFirst().ifPresent(leader ->
                mails.send(leader.email(), leader.locale(), "invitation-declined", Map.of(
                        "name", leader.displayName(), "team", team.getName(), "invitee", me.displayName(),
                        "invitationId", Long.toString(invitation.getId()))));
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private Invitation answerable(String token, AppPrincipal me) {
        Invitation invitation = usable(token);
        if (!invitation.getEmail().equals(normalisedEmail(me.email()))) {
            throw new UserFacingException("team.invitation.otherAddress", invitation.getEmail());
        }
        return invitation;
    }

    private Invitation usable(String token) {
        String hash = InvitationTokens.hashOf(token);
        Invitation invitation = (hash == null ? null : invitations.findByTokenHash(hash).orElse(null));
        if (invitation == null) {
            throw new UserFacingException("team.invitation.invalid");
        }
        return switch (invitation.getStatus()) {
            case ACCEPTED, DECLINED -> throw new UserFacingException("team.invitation.used");
            case REVOKED -> throw new UserFacingException("team.invitation.revoked");
            case OPEN -> {
                if (invitation.isExpiredAt(clock.instant())) {
                    throw new UserFacingException("team.invitation.expired");
                }
                yield invitation;
            }
        };
    }

    private static String normalisedEmail(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_EMAIL || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new UserFacingException("team.invitation.error.email");
        }
        return address;
    }
}
