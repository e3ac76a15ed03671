package org.spasmcare.catalog;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns staff-written CommonMark into HTML that is safe to show patients. Raw HTML in the source is
 * escaped by the renderer, and the result still passes an allow-list sanitizer, so nothing a staff
 * account types can run script, load content from elsewhere or restyle the page.
 */
@Component
public class SafeMarkdown {

    // Headings start at h3: the page owns h1 and h2, and headings must stay in order.
    private static final PolicyFactory PATIENT_CONTENT = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "em", "blockquote", "code", "h3", "h4", "a")
            .allowAttributes("start").matching(true, "1", "2", "3", "4", "5", "6", "7", "8", "9").onElements("ol")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    /** On the kiosk no link may leave the app: only paths on this site stay links; others become plain text. */
    private static final PolicyFactory KIOSK_CONTENT = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "em", "blockquote", "code", "h3", "h4", "a")
            .allowAttributes("start").matching(true, "1", "2", "3", "4", "5", "6", "7", "8", "9").onElements("ol")
            .allowAttributes("href").matching(Pattern.compile("/(?![/\\\\]).*")).onElements("a")
            .toFactory();

    private final PolicyFactory policy;

    /** The patient policy everywhere but on the kiosk (profile {@code kiosk}). */
    @Autowired
    public SafeMarkdown(@Value("${spasmcare.kiosk.enabled:false}") boolean kiosk) {
        this.policy = kiosk ? KIOSK_CONTENT : PATIENT_CONTENT;
    }

    public SafeMarkdown() {
        this(false);
    }

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = renderer.render(parser.parse(markdown));
        return policy.sanitize(html);
    }
}
