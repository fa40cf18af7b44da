/**
 * Review organisations (评审机构) and consulting organisations (咨询机构).
 * <p>
 * <b>Owns</b>: the organisations, authorised per region group, and their staff accounts; a review organisation's
 * reviewers (records, fields, status) and their declared conflicts of interest; the relationships between a review
 * and a consulting organisation that forbid choosing both; the assignment rules
 * ({@link org.cciais.platform.organization.ReviewerRules}) the application workflow asks.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.organization.OrganizationQueries} (reads),
 * {@link org.cciais.platform.organization.OrganizationManagement} (ADMIN's edits),
 * {@link org.cciais.platform.organization.OrganizationAccountManagement},
 * {@link org.cciais.platform.organization.ReviewerManagement} and
 * {@link org.cciais.platform.organization.ReviewerRules}. Publishes
 * {@link org.cciais.platform.shared.AuditRecord}s.
 * <p>
 * <b>Listens to</b>: nothing; uses accounts and the catalogue through their public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.cciais.platform.organization;
