/**
 * Assessment: the stepped check and the JSON API over the triage rules. Shows each step's treatment
 * from the catalog, and hands a plan someone wants to keep to the recovery log.
 */
@ApplicationModule(allowedDependencies = { "triage", "catalog", "recovery", "web" })
@NullMarked
package org.spasmcare.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
