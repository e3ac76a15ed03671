-- What a patient tried on a logged day, one row a treatment instead of the comma-separated text in
-- log_entry.treatments ('HEAT_COLD,NSAIDS'): the medicine counts of the clinical rules (section 8) join
-- these rows instead of searching the text with LIKE. Gone with its entry (and so with its episode and
-- account). The primary key also serves the counts: entry first, then the treatment.
CREATE TABLE log_entry_treatment (
    log_entry_id BIGINT      NOT NULL,
    treatment    VARCHAR(40) NOT NULL,
    CONSTRAINT pk_log_entry_treatment PRIMARY KEY (log_entry_id, treatment),
    CONSTRAINT fk_log_entry_treatment_entry FOREIGN KEY (log_entry_id) REFERENCES log_entry (id) ON DELETE CASCADE
);

-- One statement a known code (the seven of TreatmentCode). The app wrote the codes sorted, with no spaces;
-- spaces are removed anyway, as the app ignored them when reading. Commas on both sides keep one code from
-- matching inside another. Plain SQL for H2 2.x and PostgreSQL.
INSERT INTO log_entry_treatment (log_entry_id, treatment)
    SELECT id, 'REST_ACTIVITY' FROM log_entry WHERE ',' || REPLACE(treatments, ' ', '') || ',' LIKE '%,REST_ACTIVITY,%';
INSERT INTO log_entry_treatment (log_entry_id, treatment)
    SELECT id, 'HEAT_COLD' FROM log_entry WHERE ',' || REPLACE(treatments, ' ', '') || ',' LIKE '%,HEAT_COLD,%';
INSERT INTO log_entry_treatment (log_entry_id, treatment)
    SELECT id, 'NSAIDS' FROM log_entry WHERE ',' || REPLACE(treatments, ' ', '') || ',' LIKE '%,NSAIDS,%';
INSERT INTO log_entry_treatment (log_entry_id, treatment)
    SELECT id, 'MUSCLE_RELAXANTS' FROM log_entry WHERE ',' || REPLACE(treatments, ' ', '') || ',' LIKE '%,MUSCLE_RELAXANTS,%';
INSERT INTO log_entry_treatment (log_entry_id, treatment)
    SELECT id, 'PHYSICAL_THERAPY' FROM log_entry WHERE ',' || REPLACE(treatments, ' ', '') || ',' LIKE '%,PHYSICAL_THERAPY,%';
INSERT INTO log_entry_treatment (log_entry_id, treatment)
    SELECT id, 'MASSAGE' FROM log_entry WHERE ',' || REPLACE(treatments, ' ', '') || ',' LIKE '%,MASSAGE,%';
INSERT INTO log_entry_treatment (log_entry_id, treatment)
    SELECT id, 'SPINAL_MANIPULATION' FROM log_entry WHERE ',' || REPLACE(treatments, ' ', '') || ',' LIKE '%,SPINAL_MANIPULATION,%';

-- Nothing reads the text any more; keeping it would leave a second copy that new saves no longer update.
ALTER TABLE log_entry DROP COLUMN treatments;
