package org.opencontest.demo;

import java.util.Map;
import java.util.Optional;

import org.opencontest.shared.security.AppPrincipal;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Demo people for loaders built by hand: the test profile creates no demo accounts, so test principals stand in. */
final class StandInPeople {

    private StandInPeople() {
    }

    static DemoPeople of(Map<String, AppPrincipal> byEmail) {
        return new DemoPeople(email -> Optional.ofNullable(byEmail.get(email))
                .orElseThrow(() -> new UsernameNotFoundException(email)));
    }
}
