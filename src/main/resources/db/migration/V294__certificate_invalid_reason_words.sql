-- Why a certificate is not VALID, in the reader's language (issue 9 item 3): beside the stored Chinese record
-- (invalid_reason, which the certificate sheets print and the audit log keeps), the bundle key of the platform's own
-- words and all their arguments (separated by U+001F, what was typed last), as the latest status history entry
-- holds them since V293. Certificates whose latest entry has no key (a reason only typed, or older text) keep
-- invalid_reason alone and are shown as stored.
ALTER TABLE certificates ADD COLUMN invalid_reason_key VARCHAR(64);
ALTER TABLE certificates ADD COLUMN invalid_reason_args VARCHAR(1600);
UPDATE certificates
   SET invalid_reason_key = (SELECT h.record_key FROM certificate_status_history h
                              WHERE h.id = (SELECT MAX(l.id) FROM certificate_status_history l
                                             WHERE l.certificate_id = certificates.id)),
       invalid_reason_args = (SELECT CASE
                                  WHEN h.reason IS NULL THEN COALESCE(h.record_args, '')
                                  WHEN h.record_args IS NULL OR h.record_args = '' THEN h.reason
                                  ELSE h.record_args || CHR(31) || h.reason END
                               FROM certificate_status_history h
                              WHERE h.id = (SELECT MAX(l.id) FROM certificate_status_history l
                                             WHERE l.certificate_id = certificates.id))
 WHERE invalid_reason IS NOT NULL
   AND EXISTS (SELECT 1 FROM certificate_status_history h
                WHERE h.id = (SELECT MAX(l.id) FROM certificate_status_history l
                               WHERE l.certificate_id = certificates.id)
                  AND h.status = certificates.status AND h.record_key IS NOT NULL);
