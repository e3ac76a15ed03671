package org.spasmcare.account;

/** What a person types to replace their password. Never sent back to the page, not even on an error. */
public class PasswordChangeForm {

    private String currentPassword = "";
    private String newPassword = "";
    private String confirmPassword = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }

    /** Forgets everything typed, before the form is shown again. */
    void clear() {
        currentPassword = "";
        newPassword = "";
        confirmPassword = "";
    }
}
