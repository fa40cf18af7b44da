/**
 * 数据统计 for ADMIN.
 * <p>
 * <b>Owns</b>: the dashboard page, its Excel export and {@code GET /api/v1/admin/statistics}; no table: every module
 * answers its own figures through a public query (GROUP BY in the database) and this module assembles them.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.statistics.StatisticsQueries}. <b>Listens to</b>: nothing. Nobody depends
 * on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.cciais.platform.statistics;
