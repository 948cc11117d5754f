package org.opencontest.submission.web;

import java.nio.charset.StandardCharsets;

import org.opencontest.submission.internal.ReceiptVerifier;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/receipts/public-key} (anonymous): the Ed25519 public key (PEM) that signs receipts, for
 * checking a receipt without this site. The signature (base64 on the {@code signature=} line) covers the UTF-8 bytes
 * of every line before it, each ending in a line feed.
 */
@RestController
class PublicReceiptController {

    private static final MediaType PEM = new MediaType("application", "x-pem-file", StandardCharsets.US_ASCII);

    private final ReceiptVerifier verifier;

    PublicReceiptController(ReceiptVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/public/receipts/public-key")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().contentType(PEM).cacheControl(CacheControl.noCache()).body(verifier.publicKeyPem());
    }
}
