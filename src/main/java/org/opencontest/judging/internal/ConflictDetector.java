package org.opencontest.judging.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;


/**
 * Finds conflicts of interest between judges and entries from what people told us about themselves: organisation,
 * e-mail address, and the datasets an entry declares. Webmail domains say nothing about where someone works, so
 * they never make a conflict by themselves.
 */
public final class ConflictDetector {

    /** Free mail providers common among our entrants (China and abroad); subdomains such as vip.qq.com count too. */
    public static final Set<String> WEBMAIL_DOMAINS = Set.of(
            "gmail.com", "googlemail.com", "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "188.com",
            "sina.com", "sina.cn", "sohu.com", "aliyun.com", "139.com", "189.cn", "wo.cn", "outlook.com",
            "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.com.cn", "icloud.com", "me.com", "mac.com",
            "proton.me", "protonmail.com", "gmx.com", "gmx.de", "aol.com", "yandex.com", "mail.com", "zoho.com");

    public record Judge(long judgeId, String organisation, String email) {
    }

    public record Member(String organisation, String email) {
    }

    /** An entry, its team's members, and the publishers of the datasets it declares. */
    public record Entry(long entryId, List<Member> members, Set<String> datasetPublishers) {
    }

    /** A found conflict and what it rests on (the organisation or domain), for the organiser to read. */
    public record Found(long judgeId, long entryId, ConflictReason reason, String evidence) {
    }

    private ConflictDetector() {
    }

    public static List<Found> detect(List<Judge> judges, List<Entry> entries) {
        List<Found> found = new ArrayList<>();
        for (Judge judge : judges) {
            for (Entry entry : entries) {
                conflict(judge, entry).ifPresent(found::add);
                String judgeOrganisation = organisationKey(judge.organisation());
                if (!judgeOrganisation.isEmpty()) {
                    entry.datasetPublishers().stream()
                            .filter(publisher -> organisationKey(publisher).equals(judgeOrganisation))
                            .findFirst()
                            .ifPresent(publisher -> found.add(new Found(judge.judgeId(), entry.entryId(),
                                    ConflictReason.DATASET_PUBLISHER, publisher)));
                }
            }
        }
        return found;
    }

    /** The strongest personal conflict between the judge and the entry's team, if any. */
    private static Optional<Found> conflict(Judge judge, Entry entry) {
        String judgeEmail = emailKey(judge.email());
        String judgeDomain = domain(judgeEmail);
        String judgeOrganisation = organisationKey(judge.organisation());
        Found personal = null;
        for (Member member : entry.members()) {
            String memberEmail = emailKey(member.email());
            if (!judgeEmail.isEmpty() && judgeEmail.equals(memberEmail)) {
                return Optional.of(new Found(judge.judgeId(), entry.entryId(), ConflictReason.SAME_PERSON,
                        judgeEmail));
            }
            if (personal == null && !judgeOrganisation.isEmpty()
                    && judgeOrganisation.equals(organisationKey(member.organisation()))) {
                personal = new Found(judge.judgeId(), entry.entryId(), ConflictReason.SAME_ORGANISATION,
                        member.organisation().strip());
            }
            String memberDomain = domain(memberEmail);
            if (personal == null && sameInstitution(judgeDomain, memberDomain)) {
                personal = new Found(judge.judgeId(), entry.entryId(), ConflictReason.SAME_EMAIL_DOMAIN,
                        judgeDomain.length() <= memberDomain.length() ? judgeDomain : memberDomain);
            }
        }
        return Optional.ofNullable(personal);
    }

    /** cs.fudan.edu.cn and fudan.edu.cn are one institution; webmail is nobody's institution. */
    static boolean sameInstitution(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || isWebmail(a) || isWebmail(b)) {
            return false;
        }
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }

    static boolean isWebmail(String domain) {
        for (String candidate = domain; candidate.contains("."); candidate = candidate.substring(
                candidate.indexOf('.') + 1)) {
            if (WEBMAIL_DOMAINS.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Organisations compare without case, spaces, punctuation or full-width forms: "Fudan University",
     * "fudan  university." and "ＦＵＤＡＮ University" are one.
     */
    static String organisationKey(String organisation) {
        if (organisation == null) {
            return "";
        }
        return Normalizer.normalize(organisation, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", "");
    }

    private static String emailKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String domain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }
}
