/**
 * Personnel (人员管理, manual 3.6): the association's registry of certified 信息系统业务安全服务工程师 and their
 * binding to enterprises under the manual's rules. The 身份证号 is sensitive personal information: encrypted at rest,
 * looked up by its keyed hash, shown masked except to the association and to the person, never logged.
 * Public API: {@link org.cciais.platform.personnel.EngineerRegistry} (ADMIN) and
 * {@link org.cciais.platform.personnel.Personnel} (enterprises and persons).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel")
package org.cciais.platform.personnel;
