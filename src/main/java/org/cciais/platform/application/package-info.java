/**
 * The qualification application (one industry each) and its state machine: submission, acceptance, materials,
 * document and on-site review with rectification, termination, organisation confirmation and the expert's final
 * review. Publishes {@link org.cciais.platform.application.ApplicationApproved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Qualification applications")
package org.cciais.platform.application;
