package org.spasmcare.kiosk;

import org.spasmcare.account.internal.Account;

/**
 * Not part of the app: reaches into another module's internal package. ArchitectureTest adds this class
 * to the app's classes and expects Modulith's verify() to fail, whatever the module declarations allow.
 */
class InternalTypeProbe {

    String name(Account account) {
        return account.getUsername();
    }
}
