/**
 * Catalog: the seven treatments' published content, read through a cache. Other modules read it
 * through {@link org.spasmcare.catalog.TreatmentCatalog}; the entity and its repository stay inside.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.spasmcare.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
