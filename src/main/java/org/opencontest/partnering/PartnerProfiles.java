package org.opencontest.partnering;

import org.opencontest.partnering.internal.PartnerProfile;
import org.opencontest.partnering.internal.PartnerProfileRepository;
import org.opencontest.shared.text.PlainText;

import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partner's own profile: the kind of organisation, its name and what it is interested in. */
@Service
public class PartnerProfiles {

    static final int MAX_ORGANISATION = 200;
    static final int MAX_INTERESTS = 1000;

    private final PartnerProfileRepository profiles;
    private final Clock clock;

    PartnerProfiles(PartnerProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    public record Profile(PartnerKind kind, String organisation, String interests) implements Serializable {
    }

    @RolesAllowed(Roles.PARTNER)
    @Transactional(readOnly = true)
    public Optional<Profile> mine() {
        return profiles.findByUserId(CurrentUser.requireId()).map(PartnerProfiles::view);
    }

    @RolesAllowed(Roles.PARTNER)
    @Transactional
    public Profile save(PartnerKind kind, String organisation, String interests) {
        if (kind == null) {
            throw new UserFacingException("partnering.profile.error.kind");
        }
        String org = PlainText.required(organisation, "partnering.profile.organisation", MAX_ORGANISATION);
        String what = PlainText.required(interests, "partnering.profile.interests", MAX_INTERESTS);
        long me = CurrentUser.requireId();
        PartnerProfile profile = profiles.findByUserId(me).orElseGet(() -> new PartnerProfile(me));
        profile.update(kind, org, what, clock.instant());
        return view(profiles.saveAndFlush(profile));
    }

    static Profile view(PartnerProfile profile) {
        return new Profile(profile.getKind(), profile.getOrganisation(), profile.getInterests());
    }
}
