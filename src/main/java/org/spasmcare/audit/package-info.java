/**
 * Audit: who did what and when (staff and admin actions). Holds no health data and depends on
 * nothing, so every module may record to it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.spasmcare.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
