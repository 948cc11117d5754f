package org.opencontest.account.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.opencontest.shared.security.AccountRoles;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a principal's current roles in one query; the e-mail must match too, as ids alone are not identities. */
@Component
class CurrentAccountRoles implements AccountRoles {

    private final UserAccountRepository users;

    CurrentAccountRoles(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Set<Role>> current(AppPrincipal principal) {
        List<UserAccountRepository.AccountRole> rows = users.findRoles(principal.userId(), principal.email());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(UserAccountRepository.AccountRole::getRole).filter(Objects::nonNull).forEach(roles::add);
        return Optional.of(roles);
    }
}
