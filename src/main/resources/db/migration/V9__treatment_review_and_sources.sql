-- Trust signals on every treatment page (issue #14): who last reviewed a treatment's content and when, when
-- its next review is due, the sources behind its evidence line, and two short facts for the list at a glance
-- (how strong the evidence is, what it costs). They are content like any other field: staff change them
-- through the review workflow, so they live in treatment (what patients see) and in every revision.
--
-- The shipped treatments were reviewed against the clinical rules version 2 (docs/clinical-rules.md, dated
-- 2026-11-30), whose sources are named here as plain text. Every revision of a treatment, old ones included,
-- gets the same values: earlier revisions had no such fields, and a revert to one of them must still carry a
-- review and its sources. Plain SQL for H2 2.x and PostgreSQL.

ALTER TABLE treatment ADD COLUMN evidence_level VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE treatment ADD COLUMN cost VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE treatment ADD COLUMN sources VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE treatment ADD COLUMN reviewed_by VARCHAR(120) DEFAULT 'SpasmCare clinical team' NOT NULL;
ALTER TABLE treatment ADD COLUMN reviewed_on DATE DEFAULT DATE '2026-11-30' NOT NULL;
ALTER TABLE treatment ADD COLUMN review_due DATE DEFAULT DATE '2027-11-30' NOT NULL;

ALTER TABLE treatment_revision ADD COLUMN evidence_level VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE treatment_revision ADD COLUMN cost VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE treatment_revision ADD COLUMN sources VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE treatment_revision ADD COLUMN reviewed_by VARCHAR(120) DEFAULT 'SpasmCare clinical team' NOT NULL;
ALTER TABLE treatment_revision ADD COLUMN reviewed_on DATE DEFAULT DATE '2026-11-30' NOT NULL;
ALTER TABLE treatment_revision ADD COLUMN review_due DATE DEFAULT DATE '2027-11-30' NOT NULL;

-- One source per line.
UPDATE treatment SET
    evidence_level = 'Moderate: staying active beats bed rest',
    cost = 'Free',
    sources = 'American College of Physicians (ACP) guideline on low back pain, 2017
NICE guideline NG59: Low back pain and sciatica in over 16s'
WHERE code = 'REST_ACTIVITY';

UPDATE treatment SET
    evidence_level = 'Moderate for heat. Cold is less studied',
    cost = 'Low: an ice pack or a heat pack',
    sources = 'American College of Physicians (ACP) guideline on low back pain, 2017
NICE guideline NG59: Low back pain and sciatica in over 16s'
WHERE code = 'HEAT_COLD';

UPDATE treatment SET
    evidence_level = 'Moderate: they may help a little',
    cost = 'Low: a pharmacy medicine',
    sources = 'American College of Physicians (ACP) guideline on low back pain, 2017
NICE guideline NG59: Low back pain and sciatica in over 16s
FDA advice on NSAIDs in pregnancy, 2020
MHRA advice on NSAIDs in pregnancy, 2023'
WHERE code = 'NSAIDS';

UPDATE treatment SET
    evidence_level = 'Low: a small help for a short time',
    cost = 'A doctor''s visit and a prescription',
    sources = 'American College of Physicians (ACP) guideline on low back pain, 2017
Cashin and others, BMJ 2021: a review of muscle relaxants for low back pain
AGS Beers Criteria 2023: medicines older adults should avoid'
WHERE code = 'MUSCLE_RELAXANTS';

UPDATE treatment SET
    evidence_level = 'Good for pain that lasts over 12 weeks',
    cost = 'Free at home. Physio visits may cost money',
    sources = 'American College of Physicians (ACP) guideline on low back pain, 2017
NICE guideline NG59: Low back pain and sciatica in over 16s'
WHERE code = 'PHYSICAL_THERAPY';

UPDATE treatment SET
    evidence_level = 'Low: it may help for a short time',
    cost = 'Paid visits. The cost adds up',
    sources = 'American College of Physicians (ACP) guideline on low back pain, 2017
NICE guideline NG59: Low back pain and sciatica in over 16s'
WHERE code = 'MASSAGE';

UPDATE treatment SET
    evidence_level = 'Small to moderate help for some people',
    cost = 'A few paid visits. Cost varies',
    sources = 'American College of Physicians (ACP) guideline on low back pain, 2017
NICE guideline NG59: Low back pain and sciatica in over 16s'
WHERE code = 'SPINAL_MANIPULATION';

-- A treatment added by hand (not one of the shipped seven) still gets something true to show.
UPDATE treatment SET evidence_level = 'See the evidence on this page' WHERE evidence_level = '';
UPDATE treatment SET cost = 'See the details on this page' WHERE cost = '';
UPDATE treatment SET sources = 'Clinical rules version 2 (SpasmCare), 30 November 2026' WHERE sources = '';

-- Every revision carries its treatment's values (correlated subqueries: portable between H2 and PostgreSQL).
UPDATE treatment_revision SET
    evidence_level = (SELECT t.evidence_level FROM treatment t WHERE t.id = treatment_revision.treatment_id),
    cost = (SELECT t.cost FROM treatment t WHERE t.id = treatment_revision.treatment_id),
    sources = (SELECT t.sources FROM treatment t WHERE t.id = treatment_revision.treatment_id);

-- From now on the app always writes every field: no defaults that could pass for a review.
ALTER TABLE treatment ALTER COLUMN evidence_level DROP DEFAULT;
ALTER TABLE treatment ALTER COLUMN cost DROP DEFAULT;
ALTER TABLE treatment ALTER COLUMN sources DROP DEFAULT;
ALTER TABLE treatment ALTER COLUMN reviewed_by DROP DEFAULT;
ALTER TABLE treatment ALTER COLUMN reviewed_on DROP DEFAULT;
ALTER TABLE treatment ALTER COLUMN review_due DROP DEFAULT;
ALTER TABLE treatment_revision ALTER COLUMN evidence_level DROP DEFAULT;
ALTER TABLE treatment_revision ALTER COLUMN cost DROP DEFAULT;
ALTER TABLE treatment_revision ALTER COLUMN sources DROP DEFAULT;
ALTER TABLE treatment_revision ALTER COLUMN reviewed_by DROP DEFAULT;
ALTER TABLE treatment_revision ALTER COLUMN reviewed_on DROP DEFAULT;
ALTER TABLE treatment_revision ALTER COLUMN review_due DROP DEFAULT;
