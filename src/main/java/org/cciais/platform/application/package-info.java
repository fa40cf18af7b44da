/**
 * The qualification application (one industry each) and its state machine: submission, acceptance, materials,
 * document and on-site review with rectification, termination, organisation confirmation and the expert's final
 * review. Public API: {@link org.cciais.platform.application.ApplicationManagement} (commands),
 * {@link org.cciais.platform.application.ApplicationQueries} (reads), the transition table
 * {@link org.cciais.platform.application.WorkflowAction}; events
 * {@link org.cciais.platform.application.ApplicationStateChanged} (every transition, and creation) and
 * {@link org.cciais.platform.application.ApplicationApproved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Qualification applications")
package org.cciais.platform.application;
