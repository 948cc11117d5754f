package org.opencontest.audit;

import org.opencontest.shared.security.AppPrincipal;

/** Who did something: a user id and e-mail, or nobody (an anonymous visitor, e.g. a failed sign-in). */
public record AuditActor(Long id, String email) {

    public static final AuditActor ANONYMOUS = new AuditActor(null, null);

    public static AuditActor of(AppPrincipal principal) {
        return new AuditActor(principal.userId(), principal.email());
    }
}
