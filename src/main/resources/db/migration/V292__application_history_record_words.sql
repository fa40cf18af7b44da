-- 进度查询 history (issue 9 item 3): the platform's own words in an opinion (指派评审员：…, 现场审核日期：…, 已上传整改文件：…,
-- the 7-day expiry) are kept as a bundle key and its arguments (separated by U+001F), said in the reader's language
-- when shown; opinion keeps only what the party typed. Rows from before keep their Chinese text in opinion.
ALTER TABLE application_history ADD COLUMN record_key VARCHAR(64);
ALTER TABLE application_history ADD COLUMN record_args VARCHAR(1000);
