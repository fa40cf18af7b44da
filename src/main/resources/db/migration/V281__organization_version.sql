-- Organisations' names and region groups are edited by the ADMIN (字典管理): of two concurrent edits one wins.
ALTER TABLE organizations ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
