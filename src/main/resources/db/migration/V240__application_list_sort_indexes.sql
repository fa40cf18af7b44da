-- Paged work lists (issue 11): the default order (last change first) and the admin list's sort and filter columns,
-- so a page of 50 is read from an index instead of sorting every matching case. The scoped lists (review org,
-- reviewer, consultant) already have (scope, status) indexes; these serve ADMIN and EXPERT and the sorts.
CREATE INDEX qualification_applications_updated_ix ON qualification_applications (updated_at, id);
CREATE INDEX qualification_applications_submitted_ix ON qualification_applications (submitted_at, id);
CREATE INDEX qualification_applications_name_ix ON qualification_applications (enterprise_name);
CREATE INDEX qualification_applications_org_updated_ix ON qualification_applications (review_org_id, updated_at);
CREATE INDEX qualification_applications_status_updated_ix ON qualification_applications (status, updated_at);
-- 证书查询 (latest issued first) and the admin certificate list's sort columns
CREATE INDEX certificates_enterprise_issued_ix ON certificates (enterprise_id, issued_on);
CREATE INDEX certificates_issued_ix ON certificates (issued_on, id);
