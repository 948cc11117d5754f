package org.opencontest.judging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.InvitationRoleGrants;
import org.opencontest.account.AccountService;
import org.opencontest.account.AccountStatus;
import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.Judge;
import org.opencontest.judging.internal.JudgeDetail;
import org.opencontest.judging.internal.JudgeRepository;
import org.opencontest.judging.internal.Judgeship;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.security.SystemIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The judges of a contest, for its organisers (and administrators): invitations by e-mail, organisation, expertise
 * tracks and maximum load. An invitation is linked to the account with that address when its owner, with the
 * address confirmed, opens their judging page; that acceptance also gives the account the JUDGE role (the organiser
 * invites, only the invitee's acceptance grants).
 */
@Service
public class JudgePanel {

    static final String INVITED = "judging.judge.invited";
    static final String CHANGED = "judging.judge.changed";
    static final String LINKED = "judging.judge.linked";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final int MAX_EMAIL = 320;
    private static final int MAX_NAME = 120;
    private static final int MAX_ORGANISATION = 200;
    private static final int MAX_LOAD = 1000;

    private final JudgeRepository judges;
    private final ContestService contests;
    private final AccountService accounts;
    private final InvitationRoleGrants roleGrants;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;

    JudgePanel(JudgeRepository judges, ContestService contests, AccountService accounts,
            InvitationRoleGrants roleGrants, ApplicationEventPublisher events, AuditLog audit, Clock clock,
            PublicBaseUrl baseUrl) {
        this.judges = judges;
        this.contests = contests;
        this.accounts = accounts;
        this.roleGrants = roleGrants;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<JudgeDetail> judges(long contestId) {
        requireManaged(contestId);
        return judges.findByContestIdOrderById(contestId).stream().map(Judge::toDetail).toList();
    }

    /** Invites a judge by e-mail; the mail goes out when the transaction commits. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public JudgeDetail invite(long contestId, JudgeInput input) {
        ContestEditState contest = requireManaged(contestId);
        String email = input.email() == null ? "" : input.email().strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new UserFacingException("judging.judge.error.email");
        }
        if (judges.existsByContestIdAndEmail(contestId, email)) {
            throw new UserFacingException("judging.judge.error.duplicate", email);
        }
        validate(contest, input);
        Judge judge = new Judge(contestId, email, clock.instant());
        judge.change(input, clock.instant());
        Judge saved = judges.saveAndFlush(judge);
        Locale locale = CurrentUser.get().map(p -> p.locale()).orElse(Locale.ENGLISH);
        events.publishEvent(new MailRequested(email, locale, "judging.invitation", Map.of(
                "name", input.displayName().strip(), "contest", contest.input().title().in(locale),
                "link", baseUrl.link("/judging"), "judge", String.valueOf(saved.getId()))));
        audit.record(INVITED, "judge:" + saved.getId(), "contest " + contestId + ": " + email);
        return saved.toDetail();
    }

    /** Changes a judge's name, organisation, expertise and maximum load (the address stays). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public JudgeDetail update(long judgeId, long expectedVersion, JudgeInput input) {
        Judge judge = judges.findById(judgeId).orElseThrow(NotFoundException::new);
        ContestEditState contest = requireManaged(judge.getContestId());
        if (judge.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        validate(contest, input);
        judge.change(input, clock.instant());
        Judge saved = judges.saveAndFlush(judge);
        audit.record(CHANGED, "judge:" + judgeId, "max load " + input.maxLoad() + ", expertise "
                + input.expertise() + ", organisation " + input.organisation());
        return saved.toDetail();
    }

    /**
     * The contests the caller judges. An invitation to the caller's address is linked to their account here, once
     * the address is confirmed (an unconfirmed address proves nothing).
     */
    @PermitAll
    @Transactional
    public List<Judgeship> myJudgeships() {
        AppPrincipal me = CurrentUser.require();
        boolean confirmed = accounts.myStatus().map(AccountStatus::emailVerified).orElse(false);
        List<Judgeship> mine = new ArrayList<>();
        for (Judge judge : judges.findByEmailOrUserId(me.email().toLowerCase(Locale.ROOT), me.userId())) {
            if (judge.getUserId() == null && confirmed) {
                judge.linkTo(me.userId());
                audit.record(LINKED, "judge:" + judge.getId(), me.email());
                String invitation = "judge:" + judge.getId();
                SystemIdentity.run(() -> roleGrants.grantOnAcceptedInvitation(me.userId(), Role.JUDGE,
                        invitation));
            }
            if (judge.getUserId() != null && judge.getUserId() == me.userId()) {
                contestPage(judge.getContestId()).ifPresent(contest -> mine.add(new Judgeship(judge.getId(),
                        contest.id(), contest.slug(), contest.title())));
            }
        }
        return mine;
    }

    private Optional<ContestPage> contestPage(long contestId) {
        try {
            return Optional.of(contests.page(contestId));
        } catch (NotFoundException hidden) {
            // a draft contest stays invisible to its judges until it is published
            return Optional.empty();
        }
    }

    private static void validate(ContestEditState contest, JudgeInput input) {
        if (input.displayName() == null || input.displayName().isBlank()
                || input.displayName().strip().length() > MAX_NAME) {
            throw new UserFacingException("judging.judge.error.name", MAX_NAME);
        }
        if (input.organisation() != null && input.organisation().strip().length() > MAX_ORGANISATION) {
            throw new UserFacingException("judging.judge.error.organisation", MAX_ORGANISATION);
        }
        if (input.maxLoad() < 0 || input.maxLoad() > MAX_LOAD) {
            throw new UserFacingException("judging.judge.error.maxLoad", MAX_LOAD);
        }
        Set<Long> tracks = contest.input().tracks().stream().map(ContestInput.TrackInput::id)
                .collect(Collectors.toSet());
        if (!tracks.containsAll(input.expertise())) {
            throw new UserFacingException("judging.judge.error.track");
        }
    }

    private ContestEditState requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        return contests.edit(contestId);
    }
}
