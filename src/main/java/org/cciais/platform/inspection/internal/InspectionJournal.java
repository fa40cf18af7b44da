package org.cciais.platform.inspection.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.InspectionStateChanged;
import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.inspection.InspectionView;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Records a transition of an inspection three ways, in the caller's transaction: its history, the audit log and
 * the {@link InspectionStateChanged} event that drives notifications. The audit log's detail is a record written at
 * the time, in the platform's language: the bundle's words ({@code inspection.record.*}) in Chinese.
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

	/** The words of {@code key} for a detail; a number argument is best given as a String (no digit grouping). */
	public static MessageSourceResolvable words(String key, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { key }, args, key);
	}

	/** The changed 副本 fields as the detail's argument, in Chinese: 单位名称 旧 → 新；注册地址 旧 → 新. */
	public String changes(List<InspectionView.Change> changes) {
		return changes.stream()
			.map(c -> record(words("inspection.record.change", c.label().words(), c.from(), c.to())))
			.collect(Collectors.joining(record(words("inspection.record.changeSeparator"))));
	}

	/**
	 * @param by the acting account, null for the platform's own jobs
	 * @param notify false for a transition nobody needs to hear about (an implicit opening by the enterprise's own
	 * action)
	 */
	public void transition(Inspection i, String action, InspectionStatus from, PlatformPrincipal by, String opinion,
			UUID fileId, MessageSourceResolvable detail, boolean notify, Instant at) {
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
	public void audit(Inspection i, String action, PlatformPrincipal by, MessageSourceResolvable detail) {
		MessageSourceResolvable year = words(i.getYear() == 1 ? "inspection.page.year1" : "inspection.page.year2");
		String text = detail == null
				? record(words("inspection.record.audit", i.getIndustry(), i.getCertificateNumber(), year))
				: record(words("inspection.record.auditWithDetail", i.getIndustry(), i.getCertificateNumber(), year,
						record(detail)));
		events.publishEvent(by == null ? AuditRecord.system("inspection." + action, "inspection", i.getId(), text)
				: AuditRecord.of(by, "inspection." + action, "inspection", i.getId(), text));
	}

	public void publish(Object event) {
		events.publishEvent(event);
	}

	private String record(MessageSourceResolvable words) {
		return messages.getMessage(words, Languages.CHINESE);
	}
}
