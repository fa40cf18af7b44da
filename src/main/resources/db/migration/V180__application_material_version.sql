-- Each material item carries its own version: uploads of different items of one application no longer touch the
-- application row (they never conflict), two writes of the same item still end with one winner.
ALTER TABLE application_materials ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
