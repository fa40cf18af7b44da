/**
 * Review organisations (评审机构) and consulting organisations (咨询机构), authorised per region group.
 * Public API: {@link org.cciais.platform.organization.Organizations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.cciais.platform.organization;
