/**
 * Shared kernel: the platform clock, roles and domain codes, error types mapped to problem+json, validators
 * for Chinese identifiers, and the audit record every module publishes. Open: every module may use all of it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cciais.platform.shared;
