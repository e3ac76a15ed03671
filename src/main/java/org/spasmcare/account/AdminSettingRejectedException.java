package org.spasmcare.account;

/** SPASMCARE_ADMIN_USERNAME or SPASMCARE_ADMIN_PASSWORD cannot be used to create the first admin. */
class AdminSettingRejectedException extends IllegalStateException {

    AdminSettingRejectedException(String message) {
        super(message);
    }
}
