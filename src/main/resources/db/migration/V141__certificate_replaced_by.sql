-- Issue 10: a renewal's approval issues a successor certificate; the renewed one becomes REPLACED and points to it
-- (its number kept beside the id, as printed on the verification page: numbers are never reused).
ALTER TABLE certificates ADD COLUMN replaced_by_id BIGINT;
ALTER TABLE certificates ADD COLUMN replaced_by_number VARCHAR(32);
