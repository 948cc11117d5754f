package org.opencontest.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "li.na@example.org";

    @Test
    void aLongUncommonPasswordThatIsRepeatedCorrectlyPasses() {
        assertThat(check("river-lantern-42", "river-lantern-42")).isEmpty();
        assertThat(check("数据开放大赛二零二六年", "数据开放大赛二零二六年")).isEmpty();
    }

    @Test
    void needsAtLeastTenCharacters() {
        assertThat(keys(check("short-pw1", "short-pw1"))).containsExactly("account.validation.password.tooShort");
        assertThat(check("short-pw1", "short-pw1").get(0).arguments()).containsExactly(10);
        assertThat(check("exactly10!", "exactly10!")).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // ten emoji are ten characters (twenty UTF-16 units) and 40 bytes
        String emoji = "😀🎉".repeat(5);
        assertThat(check(emoji, emoji)).isEmpty();
        String nine = emoji.substring(0, emoji.length() - 2);
        assertThat(keys(check(nine, nine))).containsExactly("account.validation.password.tooShort");
    }

    @Test
    void refusesWhatBcryptWouldTruncate() {
        String tooLong = "a1b2c3d4e5".repeat(7) + "xyz"; // 73 bytes
        assertThat(keys(check(tooLong, tooLong))).containsExactly("account.validation.password.tooLong");
        String chinese = "开放数据".repeat(6) + "赛"; // 25 characters, 75 bytes
        assertThat(keys(check(chinese, chinese))).containsExactly("account.validation.password.tooLong");
    }

    @Test
    void refusesCommonPasswordsRegardlessOfCase() {
        assertThat(keys(check("Password123", "Password123"))).containsExactly("account.validation.password.common");
        assertThat(keys(check("1234567890", "1234567890"))).containsExactly("account.validation.password.common");
        assertThat(keys(check("woaini1314", "woaini1314"))).containsExactly("account.validation.password.common");
        assertThat(keys(check("zzzzzzzzzzzz", "zzzzzzzzzzzz"))).containsExactly("account.validation.password.common");
    }

    @Test
    void refusesTheOwnEmailAddress() {
        assertThat(keys(check("Li.Na@example.org", "Li.Na@example.org")))
                .containsExactly("account.validation.password.isEmail");
    }

    @Test
    void confirmationMustMatchAndIsReportedOnItsOwnField() {
        List<FieldViolation> violations = check("river-lantern-42", "river-lantern-24");

        assertThat(violations).extracting(FieldViolation::field).containsExactly(AccountField.PASSWORD_CONFIRMATION);
        assertThat(keys(violations)).containsExactly("account.validation.passwordConfirmation.mismatch");
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertThat(keys(check(null, null))).containsExactly("account.validation.password.tooShort",
                "account.validation.passwordConfirmation.mismatch");
    }

    private static List<FieldViolation> check(String password, String confirmation) {
        return PasswordPolicy.check(AccountField.PASSWORD, password, confirmation, EMAIL);
    }

    private static List<String> keys(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::messageKey).toList();
    }
}
