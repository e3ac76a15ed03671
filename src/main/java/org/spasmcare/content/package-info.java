/**
 * Content: clinic staff edit, review and revert treatment content. Publishing goes through the
 * catalog's API and an event, never through the catalog's entity.
 */
@ApplicationModule(allowedDependencies = { "catalog", "account", "audit" })
@NullMarked
package org.spasmcare.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
