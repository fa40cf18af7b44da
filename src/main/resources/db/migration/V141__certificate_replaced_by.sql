-- Issue 10: a renewal's approval issues a successor certificate; the renewed one becomes REPLACED and points to it.
-- The columns replaced_by_id / replaced_by_number came with V130 (the certificate life cycle); this index lets the
-- verification find a certificate's predecessor.
CREATE INDEX certificates_replaced_by_idx ON certificates (replaced_by_id);
