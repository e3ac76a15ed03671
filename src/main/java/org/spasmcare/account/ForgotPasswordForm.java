package org.spasmcare.account;

/** What a patient types to recover their account. Kept as typed on an error, passwords excepted. */
public class ForgotPasswordForm {

    private String username = "";
    private String recoveryCode = "";
    private String newPassword = "";
    private String confirmPassword = "";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getRecoveryCode() {
        return recoveryCode;
    }

    public void setRecoveryCode(String recoveryCode) {
        this.recoveryCode = recoveryCode == null ? "" : recoveryCode.strip();
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

    void clearPasswords() {
        newPassword = "";
        confirmPassword = "";
    }
}
