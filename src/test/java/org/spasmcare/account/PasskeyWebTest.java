package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.spasmcare.account.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Passkeys around the browser's ceremony (that is {@link PasskeysBrowserIT}): the settings page and who may
 * open it, Spring Security's passkey addresses held to staff who have done their second step, the second-factor
 * page offering a passkey only to an account that has one, a passkey never signing anyone in on its own, and the
 * admin's reset removing the passkeys too. Passkeys are stored here as Spring Security stores them (V15).
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class PasskeyWebTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    private UserCredentialRepository credentials;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private Clock clock;

    @Test
    void shouldListAndRemoveOnlyTheirOwnPasskeys() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        SignedInAccount other = TestAccounts.in(context).admin();
        mvc.perform(get("/second-factor/passkeys").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no passkeys yet.")));

        Bytes mine = storePasskey(staff.username(), "Work laptop");
        Bytes theirs = storePasskey(other.username(), "Admin key");
        mvc.perform(get("/second-factor/passkeys").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Work laptop")))
                .andExpect(content().string(not(containsString("Admin key"))));

        mvc.perform(post("/second-factor/passkeys/{id}/remove", theirs.toBase64UrlString()).with(as(staff)).with(csrf()))
                .andExpect(redirectedUrl("/second-factor/passkeys"))
                .andExpect(flash().attribute("message", "passkeys.notFound"));
        assertThat(credentials.findByCredentialId(theirs)).isNotNull();
        mvc.perform(post("/second-factor/passkeys/{id}/remove", mine.toBase64UrlString()).with(as(staff)))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/second-factor/passkeys/{id}/remove", mine.toBase64UrlString()).with(as(staff)).with(csrf()))
                .andExpect(redirectedUrl("/second-factor/passkeys"))
                .andExpect(flash().attribute("message", "passkeys.removed"));
        assertThat(credentials.findByCredentialId(mine)).isNull();
        mvc.perform(get("/second-factor/passkeys").param("added", "").with(as(staff)))
                .andExpect(content().string(containsString("Your passkey was added.")));
    }

    @Test
    void shouldKeepThePasskeyPagesAndRegistrationToStaffWhoHaveDoneTheirSecondStep() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        mvc.perform(get("/second-factor/passkeys").with(as(patient))).andExpect(status().isForbidden());
        mvc.perform(post("/webauthn/register/options").with(as(patient)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/second-factor/passkeys")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/webauthn/register/options").with(csrf())).andExpect(status().isForbidden());

        SignedInAccount staff = TestAccounts.in(context).staff();
        MockHttpSession passwordOnly = passwordOnly(staff.username());
        mvc.perform(get("/second-factor/passkeys").session(passwordOnly))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
        mvc.perform(post("/webauthn/register/options").session(passwordOnly).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));

        mvc.perform(post("/webauthn/register/options").with(as(staff)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rp.id").value("localhost"))
                .andExpect(jsonPath("$.rp.name").value("SpasmCare"))
                .andExpect(jsonPath("$.user.name").value(staff.username()))
                .andExpect(jsonPath("$.challenge").isNotEmpty());
        // Spring Security's own registration page is off: the app has its own
        mvc.perform(get("/webauthn/register").with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void shouldOfferAPasskeyOnTheSecondFactorPageOnlyToAnAccountThatHasOne() throws Exception {
        SignedInAccount without = TestAccounts.in(context).staff();
        mvc.perform(get("/second-factor").session(passwordOnly(without.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your sign-in code")))
                .andExpect(content().string(not(containsString("Use a passkey"))));

        SignedInAccount with = TestAccounts.in(context).staff();
        Bytes passkey = storePasskey(with.username(), "Phone");
        MockHttpSession session = passwordOnly(with.username());
        mvc.perform(get("/second-factor").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use a passkey")))
                .andExpect(content().string(containsString("/assets/js/passkeys")));
        // the passkey's options are open to the half-signed-in session, and name its passkeys
        mvc.perform(post("/webauthn/authenticate/options").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rpId").value("localhost"))
                .andExpect(jsonPath("$.allowCredentials[0].id").value(passkey.toBase64UrlString()));
    }

    @Test
    void shouldNeverSignAnyoneInWithAPasskeyAlone() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        Bytes passkey = storePasskey(staff.username(), "Phone");
        MvcResult answer = mvc.perform(post("/login/webauthn").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + passkey.toBase64UrlString() + "\",\"rawId\":\"" + passkey.toBase64UrlString()
                                + "\",\"response\":{\"authenticatorData\":\"AA\",\"clientDataJSON\":\"AA\",\"signature\":\"AA\"},"
                                + "\"type\":\"public-key\",\"clientExtensionResults\":{}}"))
                .andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(401);
        mvc.perform(get("/staff").session((MockHttpSession) answer.getRequest().getSession()))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void shouldRemoveThePasskeysAtTheAdminsResetAudited() throws Exception {
        SignedInAccount admin = TestAccounts.in(context).admin();
        SignedInAccount staff = TestAccounts.in(context).staff();
        storePasskey(staff.username(), "Phone");
        storePasskey(staff.username(), "Security key");
        Bytes kept = storePasskey(admin.username(), "Admin phone");
        assertThat(credentials.findByUserId(userEntities.findByUsername(staff.username()).getId())).hasSize(2);

        mvc.perform(post("/admin/accounts/{id}/reset-second-factor", staff.id()).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("message", "staff.secondFactorReset"));

        assertThat(userEntities.findByUsername(staff.username())).isNull();
        assertThat(jdbc.queryForObject("select count(*) from user_credentials c where not exists "
                + "(select 1 from user_entities u where u.id = c.user_entity_user_id)", Integer.class)).isZero();
        assertThat(credentials.findByCredentialId(kept)).isNotNull();
        assertThat(audit.recent(0).getContent()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SECOND_FACTOR_RESET);
            assertThat(entry.target()).isEqualTo(staff.username());
        });
        mvc.perform(get("/second-factor").session(passwordOnly(staff.username())))
                .andExpect(redirectedUrl("/second-factor/setup"));
    }

    @Test
    void shouldAuditAddingAndRemovingAPasskeyButNotItsUse() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        Bytes id = storePasskey(staff.username(), "Desk key");
        assertThat(auditLinesOf(staff, AuditAction.PASSKEY_ADDED)).containsExactly("Desk key");

        // a passkey's use saves it again (its counter): not an addition
        credentials.save(ImmutableCredentialRecord.fromCredentialRecord(credentials.findByCredentialId(id))
                .signatureCount(7).build());
        assertThat(auditLinesOf(staff, AuditAction.PASSKEY_ADDED)).containsExactly("Desk key");

        mvc.perform(post("/second-factor/passkeys/{id}/remove", id.toBase64UrlString()).with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "passkeys.removed"));
        assertThat(auditLinesOf(staff, AuditAction.PASSKEY_REMOVED)).containsExactly("Desk key");
        mvc.perform(post("/second-factor/passkeys/{id}/remove", id.toBase64UrlString()).with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "passkeys.notFound"));
        assertThat(auditLinesOf(staff, AuditAction.PASSKEY_REMOVED)).hasSize(1);
    }

    /** The details of the account's own audit lines of this action. */
    private java.util.List<String> auditLinesOf(SignedInAccount account, AuditAction action) {
        return audit.recent(0).getContent().stream()
                .filter(entry -> entry.action() == action && account.username().equals(entry.actor())
                        && account.username().equals(entry.target()))
                .map(org.spasmcare.audit.AuditEntry::detail).toList();
    }

    /** A passkey as Spring Security stores one at registration (the key itself is not checked here). */
    private Bytes storePasskey(String username, String label) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
        if (entity == null) {
            entity = ImmutablePublicKeyCredentialUserEntity.builder()
                    .id(Bytes.random()).name(username).displayName(username).build();
            userEntities.save(entity);
        }
        Bytes id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(id)
                .userEntityUserId(entity.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(java.util.Set.of())
                .backupEligible(false)
                .backupState(false)
                .created(clock.instant())
                .lastUsed(clock.instant())
                .label(label)
                .build());
        return id;
    }

    private MockHttpSession passwordOnly(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", username).param("password", TestAccounts.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

}
