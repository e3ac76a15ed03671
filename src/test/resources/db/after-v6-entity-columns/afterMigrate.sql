-- Only for ClinicalRulesV2WordingMigrationTest, whose app runs on schema V6: the account columns that later
-- migrations add and the Account entity maps, so that the first admin can be created at start-up. The test
-- drops them again before it migrates to the latest version, so the later migrations run on a true V6 schema.
ALTER TABLE account ADD COLUMN IF NOT EXISTS totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN IF NOT EXISTS totp_last_step BIGINT;
ALTER TABLE account ADD COLUMN IF NOT EXISTS recovery_code_hash VARCHAR(200);
