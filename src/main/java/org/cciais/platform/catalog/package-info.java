/**
 * Reference data (字典管理).
 * <p>
 * <b>Owns</b>: regions and region groups (a review organisation is authorised per region group), industries with
 * their business scope, the catalogue of application materials per industry and level (manual 3.4.2) with retired
 * items, unit types. Seeded by migrations, edited by ADMIN.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.catalog.CatalogQueries} (reads) and
 * {@link org.cciais.platform.catalog.DictionaryManagement} (ADMIN's edits). Publishes
 * {@link org.cciais.platform.shared.AuditRecord}s.
 * <p>
 * <b>Listens to</b>: nothing. A leaf module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.cciais.platform.catalog;
