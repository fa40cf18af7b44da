package org.cciais.platform.inspection.internal;

import java.time.Instant;
import java.util.UUID;

import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.InspectionStateChanged;
import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Records a transition of an inspection three ways, in the caller's transaction: its history, the audit log and
 * the {@link InspectionStateChanged} event that drives notifications.
 */
@Component
public class InspectionJournal {

	private final InspectionHistory history;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;

	InspectionJournal(InspectionHistory history, ApplicationEventPublisher events, MessageSource messages) {
		this.history = history;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * @param by the acting account, null for the platform's own jobs
	 * @param notify false for a transition nobody needs to hear about (an implicit opening by the enterprise's own
	 * action)
	 */
	public void transition(Inspection i, String action, InspectionStatus from, PlatformPrincipal by, String opinion,
			UUID fileId, String detail, boolean notify, Instant at) {
		history.save(new InspectionHistoryEntry(i.getId(), at, by == null ? "system" : by.username(),
				by == null ? null : by.role(), action, from, i.getStatus(), opinion, fileId, i.getRound()));
		audit(i, action, by, detail);
		if (notify) {
			events.publishEvent(new InspectionStateChanged(i.getId(), i.getCertificateId(), i.getCertificateNumber(),
					i.getEnterpriseId(), i.getProposed().or(i::getBaseline).map(CopyData::enterpriseName).orElse(null),
					i.getReviewOrgId(), i.getIndustry(), i.getYear(), i.window().opensOn(), i.window().closesOn(),
					from, i.getStatus(), action, by == null ? "system" : by.username(), by == null ? null : by.role(),
					opinion, i.getRound(), i.isCopyChanged(), at));
		}
	}

	/** An audited fact that is no transition (an upload, a reminder, saved data). */
	public void audit(Inspection i, String action, PlatformPrincipal by, String detail) {
		// the audit log's details are Chinese records, whoever reads them later
		String text = messages.getMessage(i.getIndustry(), Languages.CHINESE) + "行业证书 " + i.getCertificateNumber()
				+ " " + (i.getYear() == 1 ? "第一次" : "第二次") + "年检" + (detail == null || detail.isBlank() ? "" : "：" + detail);
		events.publishEvent(by == null ? AuditRecord.system("inspection." + action, "inspection", i.getId(), text)
				: AuditRecord.of(by, "inspection." + action, "inspection", i.getId(), text));
	}

	public void publish(Object event) {
		events.publishEvent(event);
	}
}
