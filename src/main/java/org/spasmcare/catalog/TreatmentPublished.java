package org.spasmcare.catalog;

/**
 * Staff published new content for a treatment. Sent by whoever publishes (the content editor), inside the
 * publishing transaction; the catalog drops its cached snapshot once that transaction commits.
 *
 * @param code the treatment's code, for example {@code HEAT_COLD}
 */
public record TreatmentPublished(String code) {
}
