/**
 * Enterprises: registration data (the starred fields of figure 2, locked after registration), contacts and
 * 公司简介 (editable), the 7-day registration purge, and change applications (变更申请) through which the locked data
 * changes after review by the association. Public API: {@link org.cciais.platform.enterprise.Enterprises},
 * {@link org.cciais.platform.enterprise.EnterpriseRegistration},
 * {@link org.cciais.platform.enterprise.EnterpriseChangeManagement}; events
 * {@link org.cciais.platform.enterprise.EnterpriseDataChanged} and
 * {@link org.cciais.platform.enterprise.EnterprisePurged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises")
package org.cciais.platform.enterprise;
