package org.cciais.platform.certificate.web;

import java.util.List;

import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.shared.web.ExcelExport;

import static org.cciais.platform.shared.web.ExcelExport.column;

/** The columns of the exported 证书管理 list (page and API): codes in the reader's language, dates as Excel dates. */
public final class CertificateExportColumns {

	private static final List<ExcelExport.Column<CertificateView>> COLUMNS = List.of(
			column("export.column.certificate.number", CertificateView::number),
			column("export.column.certificate.enterprise", c -> c.copy().enterpriseName()),
			column("export.column.certificate.creditCode", c -> c.copy().creditCode()),
			column("export.column.certificate.industry", CertificateView::industry),
			column("export.column.certificate.level", CertificateView::level),
			column("export.column.certificate.status", CertificateView::status),
			column("export.column.certificate.reason", c -> c.reason() == null ? null : c.reason().words()),
			column("export.column.certificate.issuedOn", CertificateView::issuedOn),
			column("export.column.certificate.expiresOn", CertificateView::expiresOn),
			column("export.column.certificate.statusSince", CertificateView::statusSince),
			column("export.column.certificate.replacedBy", CertificateView::replacedByNumber));

	private CertificateExportColumns() {
	}

	public static List<ExcelExport.Column<CertificateView>> columns() {
		return COLUMNS;
	}
}
