-- A certificate's status history (issue 9 item 3): the platform's own words (颁发证书, 有效期已满三年, 已换发新证书 …,
-- 协会撤销：…, 企业申请注销：…, 未在规定时间内提交年检（…）) are kept as a bundle key and its arguments (separated by
-- U+001F), said in the reader's language when shown; reason keeps only what a person typed, the key's last argument.
-- Rows from before in exactly these words are converted; any other row keeps its text in reason.
ALTER TABLE certificate_status_history ADD COLUMN record_key VARCHAR(64);
ALTER TABLE certificate_status_history ADD COLUMN record_args VARCHAR(1000);
UPDATE certificate_status_history SET record_key = 'certificate.record.issued', record_args = '', reason = NULL
 WHERE status = 'VALID' AND reason = '颁发证书';
UPDATE certificate_status_history SET record_key = 'certificate.record.expired', record_args = '', reason = NULL
 WHERE status = 'EXPIRED' AND reason = '有效期已满三年';
UPDATE certificate_status_history
   SET record_key = 'certificate.record.replaced', record_args = SUBSTRING(reason FROM 8), reason = NULL
 WHERE status = 'REPLACED' AND reason LIKE '已换发新证书 _%';
UPDATE certificate_status_history
   SET record_key = 'certificate.record.revoked', record_args = '', reason = SUBSTRING(reason FROM 6)
 WHERE status = 'INVALID' AND reason LIKE '协会撤销：_%';
UPDATE certificate_status_history
   SET record_key = 'certificate.record.cancelRequested', record_args = '', reason = SUBSTRING(reason FROM 8)
 WHERE status = 'CANCELLED' AND reason LIKE '企业申请注销：_%';
UPDATE certificate_status_history
   SET record_key = 'certificate.record.inspectionMissed',
       record_args = SUBSTRING(reason FROM 13 FOR 10) || CHR(31) || SUBSTRING(reason FROM 26 FOR 10), reason = NULL
 WHERE status = 'INVALID' AND reason LIKE '未在规定时间内提交年检（____-__-__ 至 ____-__-__）';
