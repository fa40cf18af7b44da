/**
 * The qualification application (资质申请, one industry each) and its workflow.
 * <p>
 * <b>Owns</b>: which level an enterprise may apply for, renewal and upgrade, one open application per industry
 * (manual 3.3, 3.3.2); the workflow of figure 3.3.1 — submission, acceptance, materials with their 7-day deadline
 * and the reuse of shared items across industries (3.4.2, 3.4.3), document and on-site review with rectification
 * (3.4.4, 3.4.5), termination (3.4.6), the organisation's confirmation and the expert's final review; 进度查询 (3.4);
 * the case's files (materials, rectifications, review reports) and who may read them.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.application.ApplicationManagement} (commands),
 * {@link org.cciais.platform.application.ApplicationQueries} and
 * {@link org.cciais.platform.application.ApplicationStatisticsQueries} (reads), the views and rows of a case; events
 * {@link org.cciais.platform.application.ApplicationStateChanged} (every transition, and creation),
 * {@link org.cciais.platform.application.ApplicationsExpired} (a batch of the deadline sweep) and
 * {@link org.cciais.platform.application.ApplicationApproved} (the expert's final approval).
 * <p>
 * <b>Listens to</b>: its own {@code ApplicationStateChanged} and {@code ApplicationsExpired} (metrics). Reads
 * accounts, the catalogue, enterprises, organisations and storage through their public API, and held levels
 * through {@link org.cciais.platform.shared.HeldQualifications}, which the certificate module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Qualification applications")
package org.cciais.platform.application;
