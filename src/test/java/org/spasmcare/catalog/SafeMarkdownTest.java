package org.spasmcare.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void shouldRenderNumberedStepsAndEmphasis() {
        String html = markdown.toHtml("Before you start.\n\n1. Cold first\n2. **Then** heat\n");

        assertThat(html).contains("<p>Before you start.</p>")
                .contains("<ol><li>Cold first</li><li><strong>Then</strong> heat</li></ol>");
    }

    @Test
    void shouldKeepSafeLinksAndMakeThemOpenSafely() {
        String html = markdown.toHtml("[NHS](https://www.nhs.uk/) and [our list](/treatments)");

        assertThat(html).contains("href=\"https://www.nhs.uk/\"").contains("href=\"/treatments\"")
                .containsPattern("rel=\"(noopener noreferrer|noreferrer noopener)\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "[click](javascript:alert(1))",
            "<img src=x onerror=alert(1)>",
            "<a href=\"#\" onclick=\"alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)></svg>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"})
    void shouldRenderHostileInputInert(String hostile) {
        String html = markdown.toHtml(hostile);

        assertThat(html).doesNotContainPattern("(?i)<(script|img|iframe|svg|style)")
                .doesNotContainPattern("(?i)\\son\\w+=")
                .doesNotContainPattern("(?i)href=\"(javascript|data):")
                .doesNotContainPattern("(?i)style=");
    }

    @Test
    void shouldDemoteTopLevelHeadingsSoThePageKeepsOneH1() {
        assertThat(markdown.toHtml("# Big\n\n## Less\n\n### Fine")).doesNotContain("<h1").doesNotContain("<h2")
                .contains("<h3>Fine</h3>");
    }

    @Test
    void shouldRenderNothingForBlankInput() {
        assertThat(markdown.toHtml("  ")).isEmpty();
        assertThat(markdown.toHtml(null)).isEmpty();
    }

    @Test
    void shouldKeepOnlyLinksWithinTheAppOnTheKiosk() {
        String html = new SafeMarkdown(true).toHtml(
                "[outside](https://example.org/x), [inside](/treatments/massage), [sneaky](//example.org) and [back](/\\example.org)");

        assertThat(html).contains("<a href=\"/treatments/massage\">inside</a>")
                .contains("outside").contains("sneaky").contains("back")
                .doesNotContain("example.org\"").doesNotContain("href=\"https").doesNotContain("href=\"//");
        assertThat(html.split("<a ", -1)).as("one link left").hasSize(2);
    }
}
