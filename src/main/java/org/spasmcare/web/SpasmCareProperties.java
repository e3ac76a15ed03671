package org.spasmcare.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings a clinic changes without a new build.
 *
 * @param emergencyNumber the number every "call for help" message shows and dials (a {@code tel:} link)
 * @param publicUrl the address people's phones reach this app at (for take-home links); empty: the address
 *     the request came in on
 */
@ConfigurationProperties("spasmcare")
public record SpasmCareProperties(@DefaultValue("911") String emergencyNumber, @DefaultValue("") String publicUrl) {
}
