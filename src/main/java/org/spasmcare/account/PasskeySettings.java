package org.spasmcare.account;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Who the app is to passkeys (the WebAuthn relying party): its id (a host name), the name browsers show, and
 * the addresses (origins) a passkey ceremony may come from. With {@code spasmcare.public-url} set they all
 * follow from it; otherwise the app is {@code localhost}, reached at the port it listens on. Each can be set
 * by hand ({@code spasmcare.passkeys.rp-id}, {@code .rp-name}, {@code .allowed-origins}). A passkey belongs to
 * one rp id: changing it later makes every registered passkey unusable (codes from the app still work).
 */
@Component
class PasskeySettings implements ApplicationListener<WebServerInitializedEvent> {

    private final String rpId;
    private final String rpName;
    /** Live: Spring Security reads it at each ceremony, so the port of a server that starts later can join. */
    private final Set<String> allowedOrigins = new CopyOnWriteArraySet<>();
    private final boolean originFromPort;

    PasskeySettings(@Value("${spasmcare.public-url:}") String publicUrl,
            @Value("${spasmcare.passkeys.rp-id:}") String rpId,
            @Value("${spasmcare.passkeys.rp-name:SpasmCare}") String rpName,
            @Value("${spasmcare.passkeys.allowed-origins:}") String allowedOrigins,
            @Value("${server.port:8080}") int port) {
        URI publicAddress = publicUrl.isBlank() ? null : URI.create(publicUrl.strip());
        this.rpId = !rpId.isBlank() ? rpId.strip() : publicAddress != null
                ? publicAddress.getHost().toLowerCase(Locale.ROOT) : "localhost";
        this.rpName = rpName.isBlank() ? "SpasmCare" : rpName.strip();
        Arrays.stream(allowedOrigins.split(",")).map(String::strip).filter(origin -> !origin.isEmpty())
                .map(PasskeySettings::origin).forEach(this.allowedOrigins::add);
        if (this.allowedOrigins.isEmpty() && publicAddress != null) {
            this.allowedOrigins.add(origin(publicAddress.toString()));
        }
        this.originFromPort = this.allowedOrigins.isEmpty();
        if (originFromPort && port > 0) {
            this.allowedOrigins.add("http://localhost:" + port);
        }
    }

    /** A random port (0) is known only once the server listens. */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (originFromPort) {
            allowedOrigins.add("http://localhost:" + event.getWebServer().getPort());
        }
    }

    String rpId() {
        return rpId;
    }

    String rpName() {
        return rpName;
    }

    Set<String> allowedOrigins() {
        return allowedOrigins;
    }

    /** scheme://host[:port], without path or trailing slash, as browsers send it. */
    static String origin(String address) {
        URI uri = URI.create(address.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an address with a scheme and host: " + address);
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
