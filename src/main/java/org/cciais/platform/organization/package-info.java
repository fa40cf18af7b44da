/**
 * Review organisations (评审机构) and consulting organisations (咨询机构), authorised per region group; a review
 * organisation's reviewers (records, status, declared conflicts of interest) and the relationships between
 * organisations that forbid choosing both. Public API: {@link org.cciais.platform.organization.Organizations},
 * {@link org.cciais.platform.organization.ReviewerRegistry} and the assignment rules
 * {@link org.cciais.platform.organization.ReviewerRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.cciais.platform.organization;
