package org.spasmcare.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person types to create an account. Kept as typed on an error, passwords excepted. */
public class RegistrationForm {

    @NotBlank(message = "{account.error.username.required}")
    @Pattern(regexp = "(?i)" + Usernames.PATTERN, message = "{account.error.username.pattern}")
    private String username = "";

    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_BYTES,
            message = "{account.error.password.length}")
    private String password = "";

    private String confirmPassword = "";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }
}
