/**
 * 数据统计 for ADMIN: the dashboard page, its Excel export and {@code GET /api/v1/admin/statistics}. Owns no table:
 * every module answers its own figures through a public query (GROUP BY in the database); this module assembles them.
 * Nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.cciais.platform.statistics;
