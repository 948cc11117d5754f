package org.opencontest.account;

import java.util.Optional;

/** The standing of one account, for modules that admit the public (implemented by the account module). */
public interface AccountStandings {

    /** The account with this id; empty for unknown ids. */
    Optional<AccountStanding> standing(long userId);
}
