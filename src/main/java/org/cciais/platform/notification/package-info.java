/**
 * To-dos (通知提醒) per account with e-mail copies, and the association's public notices. Listens to the other
 * modules' events; nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.cciais.platform.notification;
