/**
 * Demo data for rehearsals and newcomers ({@code cciais.demo-data=true}, the README's run command): organisations,
 * accounts of every role and a sample enterprise for the 京津冀 region group. Never loaded in production. Nobody
 * depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.cciais.platform.demo;
