package org.opencontest.submission.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencontest.shared.hash.Sha256;

/**
 * The canonical form of a receipt and its Ed25519 signature.
 * <p>
 * Canonical text: the header line {@value #HEADER}, then {@code name=value} lines in a fixed order, each ending in
 * {@code \n}, UTF-8. Values escape {@code \}, CR and LF as {@code \\}, {@code \r}, {@code \n}, so no value can add
 * a line. Instants are ISO-8601 in UTC with microseconds (what the database keeps); the two zoned lines show the
 * same instant in the contest's zone and the submitter's. The signature (base64) signs exactly these bytes; the
 * document the team keeps appends one {@code signature=} line.
 */
public final class ReceiptCodec {

    static final String HEADER = "OpenContest submission receipt v1";
    private static final String SIGNATURE = "signature=";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneId.of("UTC"));
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx'['VV']'");

    private ReceiptCodec() {
    }

    /** The receipt with its canonical text and signature filled in. */
    public static Receipt sign(Receipt content, PrivateKey key, String keyId) {
        Receipt unsigned = withKey(content, keyId);
        String text = canonical(unsigned);
        return new Receipt(unsigned.submissionId(), unsigned.versionId(), unsigned.version(), unsigned.contestSlug(),
                unsigned.teamName(), unsigned.submittedAt(), unsigned.contestZone(), unsigned.submitterZone(),
                unsigned.late(), unsigned.files(), keyId, text, Base64.getEncoder().encodeToString(signature(key, text)));
    }

    /** Whether the signature of {@code receipt} is valid for its canonical text under {@code key}. */
    public static boolean verify(Receipt receipt, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(receipt.canonicalText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(receipt.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads a receipt document as the team kept it (pasted or uploaded; surrounding whitespace and Windows line
     * ends are tolerated). The canonical text is rebuilt from the parsed values, so any change to a value or its
     * order changes the signed bytes.
     *
     * @throws IllegalArgumentException when the text is not a receipt document
     */
    public static Receipt parse(String document) {
        List<String> lines = document.strip().replace("\r\n", "\n").lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).startsWith(SIGNATURE)) {
            throw new IllegalArgumentException("Not a receipt document");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            int eq = line.indexOf('=');
            if (eq <= 0 || values.put(line.substring(0, eq), unescape(line.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("Malformed or repeated line");
            }
        }
        try {
            int count = Integer.parseInt(required(values, "files"));
            List<ReceiptFile> files = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                files.add(new ReceiptFile(required(values, "file." + i + ".name"),
                        Long.parseLong(required(values, "file." + i + ".size")), required(values, "file." + i + ".sha256")));
            }
            ZoneId contestZone = ZoneId.of(required(values, "contest-zone"));
            ZoneId submitterZone = ZoneId.of(required(values, "submitter-zone"));
            Receipt parsed = new Receipt(Long.parseLong(required(values, "submission")),
                    Long.parseLong(required(values, "version-id")), Integer.parseInt(required(values, "version")),
                    required(values, "contest"), required(values, "team"),
                    Instant.from(UTC.parse(required(values, "submitted-at"))), contestZone, submitterZone,
                    Boolean.parseBoolean(required(values, "late")), files, required(values, "key-id"), null,
                    lines.get(lines.size() - 1).substring(SIGNATURE.length()));
            Receipt rebuilt = withText(parsed, canonical(parsed));
            if (!normalised(rebuilt.canonicalText()).equals(normalised(String.join("\n", lines.subList(0, lines.size() - 1))))) {
                throw new IllegalArgumentException("Lines out of order or unknown lines");
            }
            return rebuilt;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a receipt document", e);
        }
    }

    /** A short, stable id of a public key: the first 16 hex digits of the SHA-256 of its X.509 encoding. */
    public static String keyId(PublicKey key) {
        return Sha256.hex(key.getEncoded()).substring(0, 16);
    }

    static String canonical(Receipt r) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        line(text, "key-id", r.keyId());
        line(text, "submission", Long.toString(r.submissionId()));
        line(text, "version-id", Long.toString(r.versionId()));
        line(text, "version", Integer.toString(r.version()));
        line(text, "contest", r.contestSlug());
        line(text, "team", r.teamName());
        line(text, "submitted-at", UTC.format(r.submittedAt()));
        line(text, "contest-zone", r.contestZone().getId());
        line(text, "submitted-at-contest-zone", ZONED.format(ZonedDateTime.ofInstant(r.submittedAt(), r.contestZone())));
        line(text, "submitter-zone", r.submitterZone().getId());
        line(text, "submitted-at-submitter-zone",
                ZONED.format(ZonedDateTime.ofInstant(r.submittedAt(), r.submitterZone())));
        line(text, "late", Boolean.toString(r.late()));
        line(text, "files", Integer.toString(r.files().size()));
        for (int i = 0; i < r.files().size(); i++) {
            ReceiptFile file = r.files().get(i);
            line(text, "file." + (i + 1) + ".name", file.name());
            line(text, "file." + (i + 1) + ".size", Long.toString(file.size()));
            line(text, "file." + (i + 1) + ".sha256", file.sha256());
        }
        return text.toString();
    }

    private static byte[] signature(PrivateKey key, String text) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing the receipt failed", e);
        }
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(escape(value)).append('\n');
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Pasting may strip trailing spaces of values; compare line by line without them. */
    private static String normalised(String text) {
        return String.join("\n", text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing " + name);
        }
        return value;
    }

    private static Receipt withKey(Receipt r, String keyId) {
        return new Receipt(r.submissionId(), r.versionId(), r.version(), r.contestSlug(), r.teamName(), r.submittedAt(),
                r.contestZone(), r.submitterZone(), r.late(), r.files(), keyId, null, null);
    }

    private static Receipt withText(Receipt r, String text) {
        return new Receipt(r.submissionId(), r.versionId(), r.version(), r.contestSlug(), r.teamName(), r.submittedAt(),
                r.contestZone(), r.submitterZone(), r.late(), r.files(), r.keyId(), text, r.signature());
    }
}
