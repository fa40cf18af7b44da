-- When a self-service reset link was requested: limits how many links one account can be sent per hour.
ALTER TABLE password_reset_tokens ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX password_reset_tokens_account_ix ON password_reset_tokens (account_id, created_at);
