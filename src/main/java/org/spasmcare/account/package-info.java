/**
 * Accounts: sign-up, sign-in, roles and the security configuration. Records staff and admin actions
 * in the audit trail.
 */
@ApplicationModule(allowedDependencies = { "audit" })
@NullMarked
package org.spasmcare.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
