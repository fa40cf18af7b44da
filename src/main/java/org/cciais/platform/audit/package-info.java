/**
 * The append-only audit log: stores every {@link org.cciais.platform.shared.AuditRecord} published by the other
 * modules, in their transaction; ADMIN searches it. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.cciais.platform.audit;
