-- One notification per reference key and account, enforced by the database: two nodes handling the same event at
-- once (the event registry resubmitting a publication another node is still handling) cannot both store it. The
-- loser's transaction rolls back, its publication stays incomplete and its next delivery finds the row and stops.
DELETE FROM notifications n
 WHERE n.ref_key IS NOT NULL
   AND EXISTS (SELECT 1 FROM notifications o WHERE o.account_id = n.account_id AND o.ref_key = n.ref_key AND o.id < n.id);
CREATE UNIQUE INDEX notifications_account_ref_ux ON notifications (account_id, ref_key);
