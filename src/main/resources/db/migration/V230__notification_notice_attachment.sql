-- 通知公告: an optional PDF attachment per notice (a stored file, checked by content on upload).
ALTER TABLE notices ADD COLUMN attachment_file_id UUID;
ALTER TABLE notices ADD COLUMN attachment_name VARCHAR(200);
ALTER TABLE notices ADD COLUMN attachment_size BIGINT;
