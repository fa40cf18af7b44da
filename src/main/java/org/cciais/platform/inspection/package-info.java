/**
 * Annual inspections (年检, manual section 4).
 * <p>
 * <b>Owns</b>: two inspections per certificate, in years 1 and 2, each with a two-month window
 * ({@link org.cciais.platform.inspection.InspectionWindow}); submission of the materials (4.1) and, when the licence
 * changed, of the new 副本 data (4.2); review by the certificate's review organisation with rectification (4.3);
 * the lapse of the certificate (失效) when a window closes without a submission (4.4). The life cycle and its checks
 * live in the inspection aggregate ({@code internal/Inspection}).
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.inspection.InspectionManagement} (commands and the case's reads),
 * {@link org.cciais.platform.inspection.InspectionStatisticsQueries} (reads); events
 * {@link org.cciais.platform.inspection.InspectionStateChanged} and
 * {@link org.cciais.platform.inspection.InspectionReminder}.
 * <p>
 * <b>Listens to</b>: {@link org.cciais.platform.certificate.CertificateIssued} (the two windows are scheduled) and
 * {@link org.cciais.platform.certificate.CertificateStatusChanged} (open inspections of a dead certificate close).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual inspections")
package org.cciais.platform.inspection;
