-- Test only (FailedMigrationIT, SafeMigrationStrategyTest): a migration that fails half way. On H2 the
-- first statements stay applied when a later one fails, because H2 commits each DDL statement at once.
ALTER TABLE log_entry ADD COLUMN half_applied VARCHAR(20);
UPDATE log_entry SET half_applied = 'half';
CREATE TABLE half_applied_table (id INT);
INSERT INTO no_such_table (id) VALUES (1);
