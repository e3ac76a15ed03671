package org.spasmcare.catalog.internal;

/**
 * A cheap fingerprint of the treatment table: the sum of the rows' versions and their number. Every save
 * and every publish bumps one row's version, so any change made through any app instance changes it.
 *
 * @param versionSum the sum of {@code treatment.version} over all rows
 * @param rows how many treatments there are
 */
public record CatalogVersion(long versionSum, long rows) {
}
