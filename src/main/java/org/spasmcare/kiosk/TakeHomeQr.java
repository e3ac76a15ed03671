package org.spasmcare.kiosk;

import org.spasmcare.web.SpasmCareProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The kiosk's take-home QR code for a path of this app, under the public address phones can reach
 * ({@code spasmcare.public-url}); without one, the address the kiosk itself used. Templates call it as
 * {@code @takeHomeQr}.
 */
@Component("takeHomeQr")
public class TakeHomeQr {

    private final SpasmCareProperties properties;

    TakeHomeQr(SpasmCareProperties properties) {
        this.properties = properties;
    }

    public String url(String path) {
        String base = properties.publicUrl().isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : properties.publicUrl().strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    public String svg(String path, String label) {
        return QrCode.svg(url(path), label);
    }
}
