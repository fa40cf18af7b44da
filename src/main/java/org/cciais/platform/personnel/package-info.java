/**
 * Personnel (人员管理, manual 3.6).
 * <p>
 * <b>Owns</b>: the association's registry of certified 信息系统业务安全服务工程师 (with import) and their binding to
 * enterprises and unbinding (3.6.2, 3.6.3) under the manual's rules; the person's own 岗位能力证书 (3.6.1). The
 * 身份证号 is sensitive personal information: encrypted at rest, looked up by its keyed hash, shown masked except
 * to the association and to the person, never logged.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.personnel.EngineerManagement} (ADMIN) and
 * {@link org.cciais.platform.personnel.PersonnelManagement} (enterprises and persons).
 * <p>
 * <b>Listens to</b>: nothing; uses accounts, certificates and enterprises through their public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel")
package org.cciais.platform.personnel;
