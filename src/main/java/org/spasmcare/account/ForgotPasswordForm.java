package org.spasmcare.account;

/** What a patient types to recover their account. Kept as typed on an error, passwords excepted. */
public class ForgotPasswordForm extends NewPasswordForm {

    private String username = "";
    private String recoveryCode = "";

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
}
