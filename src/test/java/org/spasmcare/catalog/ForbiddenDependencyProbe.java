package org.spasmcare.catalog;

import org.spasmcare.audit.AuditTrail;

/**
 * Not part of the app: a dependency the catalog's module declaration forbids (catalog may use no other
 * module). ArchitectureTest adds this class to the app's classes and expects Modulith's verify() to fail.
 */
class ForbiddenDependencyProbe {

    void record(AuditTrail trail) {
        trail.record("probe", null, null, null);
    }
}
