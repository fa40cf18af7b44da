/**
 * Enterprises.
 * <p>
 * <b>Owns</b>: 企业用户注册 (manual 3.1.1: the starred fields of figure 2, the credit code and licence checks, the
 * registration throttle) and the 7-day purge of registrations that never applied; the contacts and 公司简介,
 * editable (5.1), and the registration data, locked after registration; change applications (变更申请) through which
 * the locked data changes after the association's review, with rectification.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.enterprise.EnterpriseQueries} and
 * {@link org.cciais.platform.enterprise.UnitTypeQueries} (reads),
 * {@link org.cciais.platform.enterprise.EnterpriseRegistration},
 * {@link org.cciais.platform.enterprise.EnterpriseProfileManagement} and
 * {@link org.cciais.platform.enterprise.EnterpriseChangeManagement} (commands); events
 * {@link org.cciais.platform.enterprise.EnterpriseDataChanged},
 * {@link org.cciais.platform.enterprise.EnterpriseChangeProgressed} and
 * {@link org.cciais.platform.enterprise.EnterprisePurged}.
 * <p>
 * <b>Listens to</b>: nothing; uses accounts, the catalogue and storage through their public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises")
package org.cciais.platform.enterprise;
