/**
 * Reference data: regions and region groups, industries with their scope, the application material catalogue.
 * Seeded by migrations, read through {@link org.cciais.platform.catalog.Catalog}. A leaf module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.cciais.platform.catalog;
