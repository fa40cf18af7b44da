-- As for application materials: uploads of different items of one inspection never conflict, the same item does.
ALTER TABLE inspection_materials ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
