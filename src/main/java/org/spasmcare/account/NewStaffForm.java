package org.spasmcare.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** What an admin types to create a staff account. The password is chosen by the app, never typed. */
public class NewStaffForm {

    @NotBlank(message = "{account.error.username.required}")
    @Pattern(regexp = "(?i)" + Usernames.PATTERN, message = "{account.error.username.pattern}")
    private String username = "";

    /** STAFF (the default) or ADMIN; kept as text so that anything else is answered on the page, not with an error. */
    @Pattern(regexp = "STAFF|ADMIN", message = "{staff.error.role}")
    private String role = "STAFF";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role == null ? "" : role;
    }
}
