package org.opencontest.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address an account has signed in from; other people's wrong passwords never slow the account there. */
@Entity
@Table(name = "login_known_source")
class KnownSignInSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "remote_address", nullable = false)
    private String remoteAddress;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    protected KnownSignInSource() {
    }

    KnownSignInSource(String email, String remoteAddress, Instant signedInAt) {
        this.email = email;
        this.remoteAddress = remoteAddress;
        this.signedInAt = signedInAt;
    }
}
