-- The language an account's user chose in the header switch (issue 9 item 3): mails and notifications are written
-- in it. NULL until they choose: Chinese, the platform's default.
ALTER TABLE accounts ADD COLUMN language VARCHAR(8);
