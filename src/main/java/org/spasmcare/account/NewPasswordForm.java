package org.spasmcare.account;

/**
 * A new password and its confirmation, as typed; the forms that set a password extend it, and their pages
 * show both with the {@code newPassword} fragment (templates/fragments/forms.html). Never sent back to the page.
 */
public abstract class NewPasswordForm {

    private String newPassword = "";
    private String confirmPassword = "";

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

    /** Forgets both passwords, before the form is shown again. */
    void clearPasswords() {
        newPassword = "";
        confirmPassword = "";
    }
}
