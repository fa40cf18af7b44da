/**
 * The append-only audit log (操作日志).
 * <p>
 * <b>Owns</b>: storing every {@link org.cciais.platform.shared.AuditRecord} the other modules publish, in their
 * transaction, and ADMIN's search of it with the details of each change.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.audit.AuditQueries} (reads).
 * <p>
 * <b>Listens to</b>: {@link org.cciais.platform.shared.AuditRecord} and
 * {@link org.cciais.platform.shared.AuditRecords} (batches). Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.cciais.platform.audit;
