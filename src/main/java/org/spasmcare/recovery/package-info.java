/**
 * Recovery log: episodes, daily entries, the trend and the progress rules. Takes plans as triage
 * types (it never sees the assessment form) and names treatments from the catalog.
 */
@ApplicationModule(allowedDependencies = { "triage", "catalog", "account" })
@NullMarked
package org.spasmcare.recovery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
