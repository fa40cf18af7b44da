package org.cciais.platform.personnel.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.personnel.EngineerView;
import org.cciais.platform.shared.web.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import static org.cciais.platform.shared.web.ExcelExport.column;

/**
 * The columns of the exported 工程师登记 (page and API). The 身份证号 is written masked, as the list shows it: a file
 * leaves the platform, and the full number is only shown for one entry at a time, audited.
 */
@Component
public class EngineerExportColumns {

	private final EnterpriseQueries enterprises;
	private final MessageSource messages;

	EngineerExportColumns(EnterpriseQueries enterprises, MessageSource messages) {
		this.enterprises = enterprises;
		this.messages = messages;
	}

	/** The columns of one export (the bound enterprises' names looked up once each). */
	public List<ExcelExport.Column<EngineerView>> columns() {
		Map<Long, String> names = new HashMap<>();
		String held = text("export.engineer.capability.yes");
		String none = text("export.engineer.capability.no");
		return List.of(column("export.column.id", EngineerView::id),
				column("export.column.engineer.name", EngineerView::name),
				column("export.column.engineer.idNumber", EngineerView::idNumberMasked),
				column("export.column.engineer.certificateNumber", EngineerView::certificateNumber),
				column("export.column.engineer.recommendingCreditCode", EngineerView::recommendingCreditCode),
				column("export.column.engineer.capability", e -> e.hasCapabilityCertificate() ? held : none),
				column("export.column.engineer.boundEnterprise", e -> e.bound() ? names.computeIfAbsent(
						e.boundEnterpriseId(), id -> enterprises.find(id).map(EnterpriseView::name).orElse("—")) : null),
				column("export.column.engineer.boundOn", EngineerView::boundOn));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
