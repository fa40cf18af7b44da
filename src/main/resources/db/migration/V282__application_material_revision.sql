-- The material catalogue revision an application was created with (catalog: material_catalogue_revisions); the
-- applications already there started with the seeded catalogue, revision 1.
ALTER TABLE qualification_applications ADD COLUMN material_revision INT DEFAULT 1 NOT NULL;
