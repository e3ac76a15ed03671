package org.spasmcare.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void shouldDecodeToTheSameLinkItEncodes() {
        String link = "https://spasmcare.example.org/assessment/plan?agoAmount=3&agoUnit=days&painScore=7&noRedFlags=true"
                + "&safetyFactors=KIDNEY_DISEASE&safetyFactors=BLOOD_THINNERS&age=67&pregnancy=no";
        assertThat(QrCodes.decode(QrCode.svg(link, "A QR code"))).isEqualTo(link);
    }

    @Test
    void shouldBeAnAccessibleImageWithItsLabelEscaped() {
        String svg = QrCode.svg("https://x.example/", "Scan <this> & \"go\"");
        assertThat(svg).startsWith("<svg ").contains("role=\"img\"")
                .contains("aria-label=\"Scan &lt;this&gt; &amp; &quot;go&quot;\"")
                .contains("<title>Scan &lt;this&gt; &amp; &quot;go&quot;</title>")
                .doesNotContain("<this>").doesNotContain("style=");
    }
}
