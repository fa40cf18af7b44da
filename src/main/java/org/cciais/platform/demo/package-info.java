/**
 * Demo data for rehearsals and newcomers ({@code cciais.demo-data=true}, the README's run command).
 * <p>
 * <b>Owns</b>: organisations, accounts of every role and a sample enterprise for the 京津冀 region group, loaded
 * through the other modules' public API; never in production.
 * <p>
 * <b>Exposes</b>: nothing. <b>Listens to</b>: nothing. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.cciais.platform.demo;
