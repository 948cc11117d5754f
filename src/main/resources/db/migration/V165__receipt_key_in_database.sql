-- Receipt signing keys live in the database, where every node finds them. The private key is sealed (AES-256-GCM
-- under a key derived from the operator's secret, RECEIPT_KEY_SECRET); rows without one are earlier keys kept only
-- to verify the receipts they signed. The newest sealed key signs.
ALTER TABLE submission_receipt_key ADD COLUMN sealed_private_key VARCHAR(400);
CREATE INDEX submission_receipt_key_signing ON submission_receipt_key (created_at);
