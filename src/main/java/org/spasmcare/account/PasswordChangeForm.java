package org.spasmcare.account;

/** What a person types to replace their password. Never sent back to the page, not even on an error. */
public class PasswordChangeForm extends NewPasswordForm {

    private String currentPassword = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    /** Forgets everything typed, before the form is shown again. */
    void clear() {
        currentPassword = "";
        clearPasswords();
    }
}
