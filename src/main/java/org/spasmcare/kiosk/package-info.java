/**
 * Kiosk: what only the kiosk profile adds (idle reset, the take-home QR code). Uses only the app settings.
 */
@ApplicationModule(allowedDependencies = { "web" })
@NullMarked
package org.spasmcare.kiosk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
