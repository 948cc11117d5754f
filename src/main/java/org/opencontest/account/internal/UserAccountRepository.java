package org.opencontest.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.opencontest.shared.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>,
        JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    @Query("select u.id from UserAccount u where u.email = :email")
    Optional<Long> findIdByEmail(@Param("email") String normalisedEmail);

    @Query("select u.id as id, u.displayName as displayName from UserAccount u where u.id in :ids")
    List<IdAndName> findDisplayNames(@Param("ids") Collection<Long> ids);

    @Query("select u.id as id, u.email as email, u.displayName as displayName, u.locale as locale"
            + " from UserAccount u where u.id in :ids and u.enabled = true")
    List<Contact> findEnabledContacts(@Param("ids") Collection<Long> ids);

    @Query("select u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.id")
    List<UserAccount> findEnabledWithRole(@Param("role") Role role);

    /** One row per role, or a single row with a null role for an account without roles; none for no account. */
    @Query("select r as role from UserAccount u left join u.roles r where u.id = :id and u.email = :email")
    List<AccountRole> findRoles(@Param("id") long id, @Param("email") String email);

    @Query("select u.email as email, u.locale as locale from UserAccount u where u.email in :emails")
    List<EmailAndLocale> findLocales(@Param("emails") Collection<String> normalisedEmails);

    @Query("select u.email as email, u.zone as zone from UserAccount u where u.email in :emails")
    List<EmailAndZone> findZones(@Param("emails") Collection<String> normalisedEmails);

    /**
     * Credentials and preferences are written without the optimistic-lock version: they never conflict with a
     * profile or access edit in progress, so they must not make that edit fail.
     */
    @Modifying
    @Query("update UserAccount u set u.passwordHash = :hash where u.id = :id")
    int updatePasswordHash(@Param("id") long id, @Param("hash") String passwordHash);

    @Modifying
    @Query("update UserAccount u set u.locale = :tag where u.id = :id and u.email = :email")
    int updateLocaleTag(@Param("id") long id, @Param("email") String email, @Param("tag") String languageTag);

    default void updateLocale(long id, String email, Locale locale) {
        updateLocaleTag(id, email, locale.toLanguageTag());
    }

    interface IdAndName {
        Long getId();

        String getDisplayName();
    }

    interface AccountRole {
        Role getRole();
    }

    interface Contact {
        Long getId();

        String getEmail();

        String getDisplayName();

        String getLocale();
    }

    interface EmailAndZone {
        String getEmail();

        String getZone();
    }

    interface EmailAndLocale {
        String getEmail();

        String getLocale();
    }
}
