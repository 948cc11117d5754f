package org.opencontest.incubation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.incubation.internal.IncubationMails;
import org.opencontest.incubation.internal.Milestone;
import org.opencontest.incubation.internal.MilestoneRepository;
import org.opencontest.incubation.internal.Project;
import org.opencontest.incubation.internal.ProjectAccess;
import org.opencontest.incubation.internal.ProjectDtos;
import org.opencontest.shared.text.PlainText;
import org.opencontest.incubation.internal.Versions;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones of a project: incubators and organisers set them (from a template or ad hoc), the team reports
 * progress, the incubator accepts or rejects a completed one with a comment. Every change quotes the version it
 * started from, so two incubators editing one milestone get "someone else changed this" instead of a lost update.
 */
@Service
public class Milestones {

    private static final int MAX_GOAL = 300;
    private static final int MAX_UNIT = 60;
    private static final BigDecimal MAX_TARGET = new BigDecimal("1000000000000");

    private final MilestoneRepository milestones;
    private final ProjectAccess access;
    private final IncubationMails mails;
    private final AuditLog audit;
    private final Clock clock;

    Milestones(MilestoneRepository milestones, ProjectAccess access, IncubationMails mails, AuditLog audit,
               Clock clock) {
        this.milestones = milestones;
        this.access = access;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public MilestoneView add(long projectId, MilestoneInput input) {
        Project project = access.forSteward(projectId);
        String goal = PlainText.clean(input.goal(), "incubation.milestone.goal", MAX_GOAL, true);
        String unit = PlainText.clean(input.unit(), "incubation.milestone.unit", MAX_UNIT, true);
        BigDecimal target = amount(input.target(), "incubation.milestone.target");
        if (target == null || input.due() == null) {
            throw new UserFacingException("incubation.error.required", PlainText.field(target == null
                    ? "incubation.milestone.target" : "incubation.milestone.due"));
        }
        Milestone milestone = milestones.saveAndFlush(new Milestone(project.getId(), goal, unit, target, input.due(),
                clock.instant()));
        mails.toTeam(project, "milestone", Map.of("goal", goal, "milestoneId", milestone.getId().toString()));
        return ProjectDtos.milestone(milestone);
    }

    /** The team reports progress: status (not accepted/rejected, which are the incubator's) and what it achieved. */
    @PermitAll
    @Transactional
    public MilestoneView report(long milestoneId, long expectedVersion, MilestoneStatus status, BigDecimal achieved) {
        Milestone milestone = Versions.require(find(milestoneId), expectedVersion);
        Project project = access.forTeam(milestone.getProjectId());
        milestone.report(status, amount(achieved, "incubation.milestone.achieved"));
        milestones.saveAndFlush(milestone);
        if (status == MilestoneStatus.COMPLETE) {
            mails.toIncubators(project, "milestone-complete",
                    Map.of("goal", milestone.getGoal(), "milestoneId", Long.toString(milestoneId)));
        }
        return ProjectDtos.milestone(milestone);
    }

    /** The incubator accepts or rejects a completed milestone; a rejection needs a comment the team can act on. */
    @RolesAllowed({Roles.INCUBATOR, Roles.ADMIN})
    @Transactional
    public MilestoneView review(long milestoneId, long expectedVersion, boolean accept, String comment) {
        Milestone milestone = Versions.require(find(milestoneId), expectedVersion);
        Project project = access.forIncubator(milestone.getProjectId());
        String text = PlainText.clean(comment, "incubation.review.comment", IncubationProjects.MAX_REASON, !accept);
        milestone.review(accept, text, CurrentUser.require().displayName(), clock.instant());
        milestones.saveAndFlush(milestone);
        audit.record(accept ? "incubation.milestone.accepted" : "incubation.milestone.rejected",
                "incubation-milestone:" + milestoneId, text);
        mails.toTeam(project, accept ? "milestone-accepted" : "milestone-rejected",
                Map.of("goal", milestone.getGoal(), "comment", text == null ? "" : text,
                        "milestoneId", Long.toString(milestoneId)));
        return ProjectDtos.milestone(milestone);
    }

    private Milestone find(long milestoneId) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow(NotFoundException::new);
        access.readable(milestone.getProjectId());
        return milestone;
    }

    private static BigDecimal amount(BigDecimal value, String fieldKey) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new UserFacingException("incubation.kpi.error.negative", PlainText.field(fieldKey));
        }
        if (value.compareTo(MAX_TARGET) > 0) {
            throw new UserFacingException("incubation.kpi.error.tooLarge", PlainText.field(fieldKey),
                    MAX_TARGET.toPlainString());
        }
        return value;
    }
}
