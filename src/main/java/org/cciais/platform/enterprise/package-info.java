/**
 * Enterprises: registration data (the starred fields of figure 2, locked after registration), contacts and
 * 公司简介 (editable), the 7-day registration purge. Public API: {@link org.cciais.platform.enterprise.Enterprises}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises")
package org.cciais.platform.enterprise;
