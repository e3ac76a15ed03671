package org.spasmcare.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings a clinic changes without a new build.
 *
 * @param emergencyNumber the number every "call for help" message shows and dials (a {@code tel:} link)
 * @param publicUrl the address people's phones reach this app at (for take-home links); empty: the address
 *     the request came in on
 * @param urgentCareNumber an urgent care service for "see a doctor today": a phone number (a {@code tel:} link) or
 *     an http(s) address (a link); empty: none is shown
 */
@ConfigurationProperties("spasmcare")
public record SpasmCareProperties(@DefaultValue("911") String emergencyNumber, @DefaultValue("") String publicUrl,
        @DefaultValue("") String urgentCareNumber) {

    /** The urgent care service to show, or null when none is configured. */
    public UrgentCare urgentCare() {
        String value = urgentCareNumber == null ? "" : urgentCareNumber.strip();
        if (value.isEmpty()) {
            return null;
        }
        boolean link = value.startsWith("https://") || value.startsWith("http://");
        return new UrgentCare(value, link ? value : "tel:" + value.replace(" ", ""), link);
    }

    /**
     * An urgent care service as the page shows it.
     *
     * @param text the number or address as configured
     * @param href where the link goes: {@code tel:} for a number, the address itself for a link
     * @param link true for an address, false for a phone number
     */
    public record UrgentCare(String text, String href, boolean link) {
    }
}
