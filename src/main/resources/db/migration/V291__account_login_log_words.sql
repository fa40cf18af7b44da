-- 登录日志 (issue 9 item 3): the system's own words are no longer stored, so that each reader sees them in their
-- language. A name that matches no account keeps its masked form ('Se***') and the flag; '（空）' becomes ''. The
-- browser summary ('Chrome 131 · Windows', '其他 · Windows') is read from the stored User-Agent when shown.
ALTER TABLE login_log ADD COLUMN unregistered BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE login_log SET unregistered = TRUE, username = '' WHERE username = '（空）';
UPDATE login_log SET unregistered = TRUE, username = SUBSTRING(username, 1, LENGTH(username) - 5)
 WHERE username LIKE '%***（未注册）';
ALTER TABLE login_log DROP COLUMN browser;
