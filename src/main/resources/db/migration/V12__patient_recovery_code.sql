-- A patient's recovery code, hashed as passwords are (bcrypt through the app's password encoder); null for an
-- account without one (staff, admins, and patients who registered before codes existed until they make one).
ALTER TABLE account ADD COLUMN recovery_code_hash VARCHAR(200);
