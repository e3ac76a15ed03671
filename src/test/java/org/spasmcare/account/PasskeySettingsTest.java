package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Who the app is to passkeys: from spasmcare.public-url when set, localhost otherwise, or set by hand. */
class PasskeySettingsTest {

    @Test
    void shouldFollowThePublicAddress() {
        PasskeySettings settings = new PasskeySettings("https://Care.Example.org/spasmcare/", "", "SpasmCare", "", 8080);
        assertThat(settings.rpId()).isEqualTo("care.example.org");
        assertThat(settings.rpName()).isEqualTo("SpasmCare");
        assertThat(settings.allowedOrigins()).containsExactly("https://care.example.org");
    }

    @Test
    void shouldBeLocalhostAtItsPortWithoutAPublicAddress() {
        PasskeySettings settings = new PasskeySettings("", "", "SpasmCare", "", 8080);
        assertThat(settings.rpId()).isEqualTo("localhost");
        assertThat(settings.allowedOrigins()).containsExactly("http://localhost:8080");
    }

    @Test
    void shouldTakeWhatIsSetByHand() {
        PasskeySettings settings = new PasskeySettings("https://care.example.org", "example.org", "Clinic",
                "https://care.example.org:8443, https://staff.example.org", 8080);
        assertThat(settings.rpId()).isEqualTo("example.org");
        assertThat(settings.rpName()).isEqualTo("Clinic");
        assertThat(settings.allowedOrigins()).containsExactlyInAnyOrder("https://care.example.org:8443",
                "https://staff.example.org");
        assertThatThrownBy(() -> new PasskeySettings("", "", "SpasmCare", "care.example.org", 8080))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
