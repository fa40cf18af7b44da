-- Benchmark data for PostgreSQL (run after the platform has migrated the schema):
--   10,000 enterprises with 5 applications each (50,000) and 4 history entries per application (200,000),
--   plus, for the deadline sweep, 13,000 more enterprises with 8 ACCEPTED applications each (104,000 open cases),
--   of which 1,000 are past their 7-day materials deadline.
BEGIN;
INSERT INTO organizations (type, name, created_at) VALUES ('REVIEW', '压测评审机构', now());
INSERT INTO organization_region_groups (organization_id, region_group_code)
  SELECT id, 'JJJ' FROM organizations WHERE name = '压测评审机构';

INSERT INTO enterprises (region_code, credit_code, name, unit_type, registered_capital, legal_representative,
                         registered_address, founded_on, registered_at, first_application_at, version)
SELECT '110000', 'B' || lpad(g::text, 17, '0'), '压测企业' || g || '有限公司', '私营企业', 100, '张三',
       '北京市海淀区压测路' || g || '号', DATE '2001-01-01', now(), now(), 0
FROM generate_series(1, 23000) g;

WITH ind(i, code) AS (VALUES (0,'GOVERNMENT'),(1,'FINANCE'),(2,'TELECOM'),(3,'DEFENSE'),(4,'COMMERCE'),(5,'ENERGY'),
                             (6,'MANUFACTURING'),(7,'PUBLIC_SERVICE')),
     org AS (SELECT id FROM organizations WHERE name = '压测评审机构'),
     ent AS (SELECT id, name, row_number() OVER (ORDER BY id) AS n FROM enterprises WHERE credit_code LIKE 'B%')
INSERT INTO qualification_applications (enterprise_id, enterprise_name, region_code, industry, level, status,
    open_industry, review_org_id, submitted_at, accepted_at, materials_due_at, materials_submitted_at, updated_at, version)
SELECT ent.id, ent.name, '110000', ind.code, 'LEVEL_3',
       CASE WHEN ent.n <= 10000 THEN 'ONSITE_REVIEW' ELSE 'ACCEPTED' END,
       ind.code, org.id, now() - interval '3 days', now() - interval '2 days',
       CASE WHEN ent.n <= 10000 THEN NULL
            WHEN ent.n <= 10125 THEN now() - interval '1 hour'
            ELSE now() + interval '5 days' END,
       CASE WHEN ent.n <= 10000 THEN now() - interval '1 day' END,
       now(), 0
FROM ent CROSS JOIN ind CROSS JOIN org
WHERE ent.n > 10000 OR ind.i < 5;

INSERT INTO application_history (application_id, at, actor, actor_name, role, action, from_status, to_status, opinion)
SELECT a.id, a.submitted_at + (s.k || ' hours')::interval, 'bench', '压测', 'REVIEW_ORG',
       (ARRAY['submit','accept','submit-materials','doc-pass'])[s.k],
       (ARRAY[NULL,'SUBMITTED','ACCEPTED','DOC_REVIEW'])[s.k],
       (ARRAY['SUBMITTED','ACCEPTED','DOC_REVIEW','ONSITE_REVIEW'])[s.k],
       CASE WHEN s.k = 4 THEN '文件审核通过，材料齐全。' END
FROM qualification_applications a CROSS JOIN generate_series(1, 4) AS s(k)
WHERE a.status = 'ONSITE_REVIEW' AND a.enterprise_name LIKE '压测企业%';
COMMIT;
ANALYZE;
