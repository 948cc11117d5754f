package org.opencontest.team.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationSettingsRepository extends JpaRepository<RegistrationSettings, Long> {

    Optional<RegistrationSettings> findByContestId(long contestId);
}
