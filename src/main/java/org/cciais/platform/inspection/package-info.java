/**
 * Annual inspections (年检, manual section 4): two per certificate, in years 1 and 2, each with a two-month window
 * ({@link org.cciais.platform.inspection.InspectionWindow}); submission of the materials and, when the licence
 * changed, of the new 副本 data; review by the certificate's review organisation with rectification; lapse of the
 * certificate (失效) when a window closes without a submission. Public API:
 * {@link org.cciais.platform.inspection.InspectionManagement} and the events
 * {@link org.cciais.platform.inspection.InspectionStateChanged} and
 * {@link org.cciais.platform.inspection.InspectionReminder}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual inspections")
package org.cciais.platform.inspection;
