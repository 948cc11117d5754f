package org.opencontest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.MailText.textOf;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.RoleRequestStatus;
import org.opencontest.account.internal.RoleRequestView;
import org.opencontest.account.internal.RoleRequests;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.audit.AuditLog;
import org.opencontest.audit.AuditRecord;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

class RoleRequestsIT extends IntegrationTest {

    @Autowired RoleRequests requests;
    @Autowired UserAccountRepository users;
    @Autowired AuditLog auditLog;
    @Autowired EmbeddedMailServer smtp;
    @Autowired Clock clock;
    RoleAccounts accounts;
    AppPrincipal englishAdmin;
    AppPrincipal chineseAdmin;

    @BeforeEach
    void admins() {
        accounts = new RoleAccounts(users, clock);
        englishAdmin = accounts.create("admin-en", SupportedLocales.ENGLISH, Role.ADMIN);
        chineseAdmin = accounts.create("admin-zh", SupportedLocales.CHINESE, Role.ADMIN);
    }

    @Test
    void aRequestMailsEveryAdministratorInTheirLanguageAndIsAudited() throws Exception {
        AppPrincipal requester = accounts.create("would-be-organiser", SupportedLocales.ENGLISH, Role.PARTICIPANT);

        RoleRequestView request = as(requester,
                () -> requests.request(Role.ORGANISER, "Shanghai Open Data Lab", "We run SODA 2027."));

        assertThat(request.status()).isEqualTo(RoleRequestStatus.PENDING);
        assertThat(as(englishAdmin, requests::pending)).extracting(RoleRequestView::id).contains(request.id());
        assertThat(as(englishAdmin, requests::pendingCount)).isPositive();
        String english = onlyMailTo(englishAdmin.email());
        assertThat(english).contains("would-be-organiser asks for the Organiser role", "Shanghai Open Data Lab",
                "We run SODA 2027.", "/admin/role-requests");
        assertThat(onlyMailTo(chineseAdmin.email())).contains("申请组织者角色", "Shanghai Open Data Lab");
        assertThat(auditOf(requester.email())).extracting(AuditRecord::action)
                .contains("account.roleRequest.requested");
    }

    @Test
    void aUserCannotRequestTwiceHeldRolesOrAdministratorAndMustSayWhy() {
        AppPrincipal judge = accounts.create("judge", SupportedLocales.ENGLISH, Role.PARTICIPANT, Role.JUDGE);
        as(judge, () -> requests.request(Role.INCUBATOR, "Guiyang Incubator", "I mentor teams."));

        assertRefused(() -> as(judge, () -> requests.request(Role.INCUBATOR, "Guiyang Incubator", "Again.")),
                "account.roleRequest.error.duplicate");
        assertRefused(() -> as(judge, () -> requests.request(Role.JUDGE, "Org", "Why")),
                "account.roleRequest.error.held");
        assertRefused(() -> as(judge, () -> requests.request(Role.ADMIN, "Org", "Why")),
                "account.roleRequest.error.role");
        assertRefused(() -> as(judge, () -> requests.request(Role.ORGANISER, "Org", "  ")),
                "account.roleRequest.error.reason");
        assertRefused(() -> as(judge, () -> requests.request(Role.ORGANISER, "", "Why")),
                "account.roleRequest.error.organisation");
        assertThat(as(judge, requests::mine)).hasSize(1);
    }

    @Test
    void onlyAdministratorsSeeTheQueueAndDecide() {
        AppPrincipal requester = accounts.create("pushy", SupportedLocales.ENGLISH, Role.PARTICIPANT);
        AppPrincipal organiser = accounts.create("organiser", SupportedLocales.ENGLISH, Role.ORGANISER);
        long id = as(requester, () -> requests.request(Role.JUDGE, "Fudan", "Judging SODA")).id();

        assertThatThrownBy(() -> as(requester, () -> requests.approve(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(organiser, () -> requests.approve(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(organiser, requests::pending)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.findById(requester.userId()).orElseThrow().getRoles()).doesNotContain(Role.JUDGE);
    }

    @Test
    void approvalGrantsTheRoleAndTellsTheRequester() throws Exception {
        AppPrincipal requester = accounts.create("approved", SupportedLocales.ENGLISH, Role.PARTICIPANT);
        long id = as(requester, () -> requests.request(Role.JUDGE, "Fudan", "Judging SODA")).id();

        RoleRequestView approved = as(englishAdmin, () -> requests.approve(id));

        assertThat(approved.status()).isEqualTo(RoleRequestStatus.APPROVED);
        assertThat(users.findById(requester.userId()).orElseThrow().getRoles()).contains(Role.JUDGE);
        assertThat(onlyMailTo(requester.email())).contains("You now have the Judge role on OpenContest");
        assertThat(auditOf(requester.email())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("account.roleRequest.approved");
            assertThat(entry.actorEmail()).isEqualTo(englishAdmin.email());
        });
        assertRefused(() -> as(englishAdmin, () -> requests.decline(id, "Too late")),
                "account.roleRequest.error.decided");
    }

    @Test
    void aDeclineNeedsAReasonWhichTheRequesterReadsInTheirLanguage() throws Exception {
        AppPrincipal requester = accounts.create("declined", SupportedLocales.CHINESE, Role.PARTICIPANT);
        long id = as(requester, () -> requests.request(Role.ORGANISER, "某公司", "想办比赛")).id();

        assertRefused(() -> as(englishAdmin, () -> requests.decline(id, " ")),
                "account.roleRequest.error.declineReason");
        as(englishAdmin, () -> requests.decline(id, "请先提交主办单位的证明。"));

        assertThat(users.findById(requester.userId()).orElseThrow().getRoles()).doesNotContain(Role.ORGANISER);
        assertThat(onlyMailTo(requester.email())).contains("您的组织者角色申请未获批准", "请先提交主办单位的证明。");
        List<RoleRequestView> mine = as(requester, requests::mine);
        assertThat(mine).singleElement().satisfies(view -> {
            assertThat(view.status()).isEqualTo(RoleRequestStatus.DECLINED);
            assertThat(view.decisionReason()).isEqualTo("请先提交主办单位的证明。");
        });
        assertThat(auditOf(requester.email())).extracting(AuditRecord::action)
                .contains("account.roleRequest.declined");
        // declined: a new request may follow
        as(requester, () -> requests.request(Role.ORGANISER, "某公司", "附上证明"));
    }

    private String onlyMailTo(String address) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !smtp.receivedMessagesFor(address).isEmpty());
        List<MimeMessage> mails = smtp.receivedMessagesFor(address);
        assertThat(mails).hasSize(1);
        return mails.get(0).getSubject() + "\n" + textOf(mails.get(0));
    }

    private List<AuditRecord> auditOf(String email) {
        return SystemIdentity.call(() -> auditLog.search(email, Pageable.ofSize(20)).getContent());
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(key));
    }
}
