package org.opencontest.incubation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.DirectoryEntry;
import org.opencontest.account.UserDirectory;
import org.opencontest.audit.AuditLog;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.incubation.internal.IncubatorMember;
import org.opencontest.incubation.internal.IncubatorMemberRepository;
import org.opencontest.incubation.internal.IncubatorOrg;
import org.opencontest.incubation.internal.IncubatorOrgRepository;
import org.opencontest.incubation.internal.ProjectDtos;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incubator organisations and their INCUBATOR members. Administrators and organisers set them up (an organiser
 * needs them to hand projects over); incubators see the organisations they belong to.
 */
@Service
public class IncubatorOrganisations {

    private static final int MAX_NAME = 200;

    private final IncubatorOrgRepository orgs;
    private final IncubatorMemberRepository members;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    IncubatorOrganisations(IncubatorOrgRepository orgs, IncubatorMemberRepository members, UserDirectory directory,
                           AuditLog audit, Clock clock) {
        this.orgs = orgs;
        this.members = members;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every organisation with its members, by English name. */
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
    @Transactional(readOnly = true)
    public List<IncubatorOrgView> all() {
        List<IncubatorOrg> all = orgs.findAllByOrderByNameEnAsc();
        Map<Long, List<IncubatorOrgView.Incubator>> byOrg = members.findAll().stream()
                .collect(Collectors.groupingBy(IncubatorMember::getOrgId,
                        Collectors.mapping(ProjectDtos::incubator, Collectors.toList())));
        return all.stream().map(org -> new IncubatorOrgView(org.getId(), ProjectDtos.name(org),
                byOrg.getOrDefault(org.getId(), List.of()))).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
    @Transactional
    public IncubatorOrgView create(LocalizedText name) {
        String en = name == null ? "" : name.en();
        String zh = name == null ? "" : name.zh();
        if (en.isEmpty() || zh.isEmpty()) {
            throw new UserFacingException("incubation.org.error.name");
        }
        if (en.length() > MAX_NAME || zh.length() > MAX_NAME) {
            throw new UserFacingException("incubation.org.error.nameLength", MAX_NAME);
        }
        IncubatorOrg org = orgs.save(new IncubatorOrg(name, clock.instant()));
        audit.record("incubation.org.created", "incubator-org:" + org.getId(), en);
        return new IncubatorOrgView(org.getId(), ProjectDtos.name(org), List.of());
    }

    /** Adds the INCUBATOR user with this address; other accounts are refused with the reason. */
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
    @Transactional
    public IncubatorOrgView.Incubator addMember(long orgId, String email) {
        IncubatorOrg org = orgs.findById(orgId).orElseThrow(NotFoundException::new);
        DirectoryEntry user = directory.findByEmail(email)
                .orElseThrow(() -> new UserFacingException("incubation.org.error.unknownUser", email));
        if (!user.roles().contains(Role.INCUBATOR)) {
            throw new UserFacingException("incubation.org.error.notIncubator", email);
        }
        if (members.existsByOrgIdAndUserId(orgId, user.id())) {
            throw new UserFacingException("incubation.org.error.alreadyMember", email);
        }
        IncubatorMember member = members.save(new IncubatorMember(org.getId(), user.id(), user.email(),
                user.displayName(), user.locale()));
        audit.record("incubation.org.memberAdded", "incubator-org:" + orgId, user.email());
        return ProjectDtos.incubator(member);
    }
}
