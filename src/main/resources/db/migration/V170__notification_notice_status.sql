-- 通知公告 editing: draft / published, pinned on top, a publish date (published_at, may lie in the future),
-- and a version for concurrent edits. Existing notices stay published.
ALTER TABLE notices ADD COLUMN status VARCHAR(20) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE notices ADD COLUMN pinned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE notices ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notices ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX notices_public_ix ON notices (status, pinned, published_at);
