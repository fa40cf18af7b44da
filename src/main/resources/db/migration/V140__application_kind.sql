-- Issue 10: an application is an initial one, an upgrade or a renewal (manual 4 "有效期截止当年需重新申请"). A renewal
-- names the certificate it renews and that certificate's expiry day (it may be accepted until that day).
ALTER TABLE qualification_applications ADD COLUMN kind VARCHAR(16) DEFAULT 'INITIAL' NOT NULL;
ALTER TABLE qualification_applications ADD COLUMN renews_certificate_id BIGINT;
ALTER TABLE qualification_applications ADD COLUMN renews_expires_on DATE;
ALTER TABLE qualification_applications ADD COLUMN renews_certificate_number VARCHAR(32);
-- Before kinds existed, every application above 三级 was an upgrade.
UPDATE qualification_applications SET kind = 'UPGRADE' WHERE level <> 'LEVEL_3';
