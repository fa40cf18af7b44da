CREATE TABLE region_groups (
    code VARCHAR(32)  NOT NULL PRIMARY KEY,
    name VARCHAR(64)  NOT NULL,
    seq  INT          NOT NULL
);
CREATE TABLE regions (
    code       VARCHAR(6)  NOT NULL PRIMARY KEY,
    name       VARCHAR(64) NOT NULL,
    group_code VARCHAR(32) NOT NULL REFERENCES region_groups (code)
);
CREATE TABLE industries (
    code  VARCHAR(32)   NOT NULL PRIMARY KEY,
    name  VARCHAR(32)   NOT NULL,
    scope VARCHAR(1000) NOT NULL,
    seq   INT           NOT NULL
);
CREATE TABLE material_items (
    code      VARCHAR(16)  NOT NULL PRIMARY KEY,
    seq       INT          NOT NULL UNIQUE,
    title     VARCHAR(200) NOT NULL,
    required  BOOLEAN      NOT NULL,
    file_kind VARCHAR(8)   NOT NULL,
    shared    BOOLEAN      NOT NULL
);

INSERT INTO region_groups (code, name, seq) VALUES
 ('JJJ', '京津冀', 1), ('NORTH', '华北', 2), ('NORTHEAST', '东北', 3), ('YANGTZE_DELTA', '长三角', 4),
 ('EAST', '华东', 5), ('CENTRAL', '华中', 6), ('SOUTH', '华南', 7), ('SOUTHWEST', '西南', 8), ('NORTHWEST', '西北', 9);

INSERT INTO regions (code, name, group_code) VALUES
 ('110000', '北京市', 'JJJ'), ('120000', '天津市', 'JJJ'), ('130000', '河北省', 'JJJ'),
 ('140000', '山西省', 'NORTH'), ('150000', '内蒙古自治区', 'NORTH'),
 ('210000', '辽宁省', 'NORTHEAST'), ('220000', '吉林省', 'NORTHEAST'), ('230000', '黑龙江省', 'NORTHEAST'),
 ('310000', '上海市', 'YANGTZE_DELTA'), ('320000', '江苏省', 'YANGTZE_DELTA'), ('330000', '浙江省', 'YANGTZE_DELTA'), ('340000', '安徽省', 'YANGTZE_DELTA'),
 ('350000', '福建省', 'EAST'), ('360000', '江西省', 'EAST'), ('370000', '山东省', 'EAST'),
 ('410000', '河南省', 'CENTRAL'), ('420000', '湖北省', 'CENTRAL'), ('430000', '湖南省', 'CENTRAL'),
 ('440000', '广东省', 'SOUTH'), ('450000', '广西壮族自治区', 'SOUTH'), ('460000', '海南省', 'SOUTH'),
 ('500000', '重庆市', 'SOUTHWEST'), ('510000', '四川省', 'SOUTHWEST'), ('520000', '贵州省', 'SOUTHWEST'), ('530000', '云南省', 'SOUTHWEST'), ('540000', '西藏自治区', 'SOUTHWEST'),
 ('610000', '陕西省', 'NORTHWEST'), ('620000', '甘肃省', 'NORTHWEST'), ('630000', '青海省', 'NORTHWEST'), ('640000', '宁夏回族自治区', 'NORTHWEST'), ('650000', '新疆维吾尔自治区', 'NORTHWEST');

INSERT INTO industries (code, name, scope, seq) VALUES
 ('GOVERNMENT', '政府', '服务范围：政府及政府常设机构等', 1),
 ('FINANCE', '金融', '服务范围：J金融业', 2),
 ('TELECOM', '电信', '服务范围：I信息传输、软件和信息技术服务业', 3),
 ('DEFENSE', '军工', '服务范围：军队、航空、航天、船舶等', 4),
 ('COMMERCE', '商业', '服务范围：F批发和零售业；H住宿和餐饮业；K房地产业；L租赁和商务服务业；M科学研究和技术服务业；R文化、体育和娱乐业', 5),
 ('ENERGY', '能源', '服务范围：A农、林、牧、渔业；B采矿业', 6),
 ('MANUFACTURING', '工业', '服务范围：C制造业；E建筑业', 7),
 ('PUBLIC_SERVICE', '公共服务', '服务范围：D电力、热力、燃气及水生产和供应业；G交通运输、仓储和邮政业；N水利、环境和公共设施管理业；O农民服务、修理和其他服务业；P教育；Q卫生和社会工作；S公共管理、社会保障和社会组织；T国际组织', 8);

-- The application material catalogue of figures 9 and 10. "shared" items are uploaded once and reused by the
-- enterprise's other applications whose materials are submitted within 30 days (manual 3.4.3).
INSERT INTO material_items (code, seq, title, required, file_kind, shared) VALUES
 ('M01', 1, '信息系统业务安全服务资质申请书（申请行业）', TRUE, 'PDF', FALSE),
 ('M02', 2, '企业法人营业执照（三证合一）副本', TRUE, 'PDF', TRUE),
 ('M03', 3, '企业章程及股权结构说明', TRUE, 'PDF', TRUE),
 ('M04', 4, '企业近三年经审计的财务审计报告', TRUE, 'PDF', TRUE),
 ('M05', 5, '企业近一年社会保险缴纳证明及员工花名册', TRUE, 'PDF', TRUE),
 ('M06', 6, '企业办公场所证明（房产证明或租赁合同）', TRUE, 'PDF', TRUE),
 ('M07', 7, '企业质量管理体系及信息安全管理体系文件', TRUE, 'PDF', TRUE),
 ('M08', 8, '申请行业信息系统业务安全服务项目案例说明', TRUE, 'PDF', FALSE),
 ('M09', 9, '申请行业项目合同及验收单等辅助资料（可为RAR压缩包）', TRUE, 'RAR', FALSE),
 ('M10', 10, '企业项目管理制度、项目管理人员名单', TRUE, 'PDF', TRUE),
 ('M11', 11, '企业客户服务管理制度、客户服务人员名单', TRUE, 'PDF', TRUE),
 ('M12', 12, '企业主要技术负责人的相关材料', TRUE, 'PDF', TRUE),
 ('M13', 13, '企业财务负责人《会计专业技术资格证书》', TRUE, 'PDF', TRUE),
 ('M14', 14, '企业技术管理制度（非必填项）', FALSE, 'PDF', TRUE),
 ('M15', 15, '企业信息安全服务人员《岗位职责说明书》', TRUE, 'PDF', TRUE),
 ('M16', 16, '企业信息系统业务安全服务工程师的名单', TRUE, 'PDF', TRUE),
 ('M17', 17, '企业员工培训与考核管理制度', TRUE, 'PDF', TRUE),
 ('M18', 18, '授权咨询机构的推荐信和预评审报告', TRUE, 'PDF', FALSE);
