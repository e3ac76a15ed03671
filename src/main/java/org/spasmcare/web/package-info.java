/**
 * Web: what every page shares (layout, errors, the app's own settings). Reads the signed-in role
 * for the navigation.
 */
@ApplicationModule(allowedDependencies = { "account" })
@NullMarked
package org.spasmcare.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
