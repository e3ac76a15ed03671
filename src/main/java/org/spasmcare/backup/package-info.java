/**
 * Backup: online backups of the embedded database and safe migrations, recorded in the audit trail.
 */
@ApplicationModule(allowedDependencies = { "audit" })
@NullMarked
package org.spasmcare.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
