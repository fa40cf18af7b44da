/**
 * Shared kernel: the platform clock, roles and domain codes ({@code Industry}, {@code Level}, {@code Role}, each
 * {@link org.cciais.platform.shared.Labelled} by a message key), error types mapped to problem+json, validators for
 * Chinese identifiers (credit code, 身份证号), the audit record every module publishes, the scheduled-job
 * bookkeeping, and in {@code web} what every page and API shares: the post/redirect/get helper
 * ({@code FormPosts}), paging, exports, problem answers, languages; in {@code persistence} the base of every repository. Open: every module may use all of it; it
 * depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cciais.platform.shared;
