/**
 * Triage: the clinical rules, plain Java. It depends on nothing else in the app, so it can be
 * read and tested on its own (docs/architecture.md, clinical-rules.md).
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.spasmcare.triage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
