package org.spasmcare.audit;

/** What a member of staff did. Patients' own actions are not audited here: their log is theirs. */
public enum AuditAction {
    SIGN_IN,
    SAVE_DRAFT,
    PUBLISH,
    SEND_BACK,
    REVERT,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    BACKUP_TAKEN,
    SECOND_FACTOR_ENROLLED,
    RECOVERY_CODE_USED,
    SECOND_FACTOR_RESET,
    /** A backup holds every patient's log, so each download is recorded. */
    BACKUP_DOWNLOADED,
    /** A member of staff added a passkey to their own account (the detail is the name they gave it). */
    PASSKEY_ADDED,
    /** A member of staff removed one of their own passkeys (an admin's reset is SECOND_FACTOR_RESET). */
    PASSKEY_REMOVED
}
