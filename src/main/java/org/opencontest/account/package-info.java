/**
 * Accounts: sign-up, e-mail verification, password reset, sign-in throttling, profile and role administration.
 * Other modules look users up through {@link org.opencontest.account.UserDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.opencontest.account;
