package org.cciais.platform.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.ApplicationsExpired;
import org.cciais.platform.application.Party;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.notification.internal.ApplicationTracker.Progress;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns every step of a qualification application into the to-do of the party whose action is awaited next (with
 * the link to the page where it is done), closes the to-dos of the step before, and tells the enterprise (and its
 * consulting organisation, on the key steps) how far its application has come (manual 3.2).
 */
@Component
public class ApplicationNotifications {

	private final ApplicationTracker tracker;
	private final NotificationCenter center;
	private final AccountManagement accounts;
	private final EnterpriseQueries enterprises;
	private final NotificationTexts texts;

	@PersistenceContext
	private EntityManager entityManager;

	ApplicationNotifications(ApplicationTracker tracker, NotificationCenter center, AccountManagement accounts,
			EnterpriseQueries enterprises, NotificationTexts texts) {
		this.tracker = tracker;
		this.center = center;
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.texts = texts;
	}

	static String topic(long applicationId) {
		return "application:" + applicationId;
	}

	/*
	 * A state may be reached more than once (document review again after a rectification), so a step is named by
	 * its state, action and moment: unique per step, and the same when the event is delivered again.
	 */
	static String stepKey(ApplicationStateChanged e) {
		String action = e.action() == null ? "" : e.action();
		return topic(e.applicationId().value()) + ":" + e.to() + ":"
				+ action.substring(0, Math.min(24, action.length())) + ":" + e.at().toEpochMilli();
	}

	static String progressLink(long id) {
		return "/enterprise/progress/" + id;
	}

	static String materialsLink(long id) {
		return "/enterprise/progress/" + id + "/materials";
	}

	static String reviewOrgLink(long id) {
		return "/review-org/applications/" + id;
	}

	static String reviewerLink(long id) {
		return "/reviewer/applications/" + id;
	}

	static String expertLink(long id) {
		return "/expert/applications/" + id;
	}

	static String consultantLink(long id) {
		return "/consultant/applications/" + id;
	}

	static final String CERTIFICATES_LINK = "/enterprise/certificates";

	/**
	 * A batch of the deadline sweep, in one transaction: each case as if it came alone, written set-based (one
	 * query per kind of look-up and one batch per kind of row for the whole batch, not eight round trips a case;
	 * bench/RESULTS.md, 2026-12-03 evening). A batch naming one case twice is handled one step after the other.
	 */
	@ApplicationModuleListener
	void on(ApplicationsExpired batch) {
		List<ApplicationStateChanged> changes = batch.changes();
		if (changes.stream().map(c -> c.applicationId().value()).distinct().count() == changes.size()) {
			handle(changes);
			return;
		}
		for (ApplicationStateChanged change : changes) {
			handle(List.of(change));
			entityManager.flush();
			entityManager.clear();
		}
	}

	@ApplicationModuleListener
	void on(ApplicationStateChanged event) {
		handle(List.of(event));
	}

	/**
	 * The opinion of a step as the recipient reads it: the platform's own words in their language, then what the
	 * party typed as typed; null for none.
	 */
	static Object opinion(ApplicationStateChanged event) {
		String typed = event.opinion() == null || event.opinion().isBlank() ? null : event.opinion().trim();
		if (event.recorded() == null) {
			return typed;
		}
		Text said = Text.of(event.recorded().key(), event.recorded().args().toArray());
		return typed == null ? said : Text.of("application.record.withOpinion", said, typed);
	}

	/* The steps of different applications. */
	private void handle(List<ApplicationStateChanged> events) {
		List<String> steps = events.stream().map(ApplicationNotifications::stepKey).toList();
		List<Progress> progress = tracker.track(events, steps);
		CaseParties parties = new CaseParties(accounts, enterprises, events);
		Map<String, String> closing = new HashMap<>();
		List<NotificationCenter.Addressed> messages = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			ApplicationStateChanged event = events.get(i);
			Plan plan = plan(event, steps.get(i), parties);
			if (progress.get(i) == Progress.NEW_STEP && (event.from() != event.to() || plan.hasTodo())) {
				closing.put(topic(event.applicationId().value()), steps.get(i));
			}
			for (Delivery d : plan.deliveries) {
				// The action a late event asked for has already happened: tell, but do not ask.
				if (d.message().actionRequired() && progress.get(i) == Progress.SUPERSEDED) {
					continue;
				}
				d.recipients().forEach(r -> messages.add(new NotificationCenter.Addressed(r, d.message())));
			}
		}
		// the earlier steps' to-dos are closed before the new ones are written, as case by case
		center.completeTopics(closing);
		center.notifyEach(messages);
	}

	private Plan plan(ApplicationStateChanged e, String step, CaseParties to) {
		long id = e.applicationId().value();
		Plan p = new Plan(e, step, to);
		String action = e.action() == null ? "" : e.action();
		boolean reviewState = e.to() == ApplicationStatus.DOC_REVIEW || e.to() == ApplicationStatus.ONSITE_REVIEW;
		if ("assign-reviewer".equals(action) && !reviewState) {
			// Assigned ahead of time: nobody's awaited action changes.
			p.notice(to.reviewer(e), reviewerLink(id), "application.reviewerAssigned.reviewer", p.caseForOthers);
			return p;
		}
		switch (e.to()) {
			case SUBMITTED -> {
				boolean again = e.from() != null;
				p.todo(to.reviewOrg(e), reviewOrgLink(id),
						again ? "application.resubmitted.todo" : "application.submitted.todo", p.caseForOthers);
				p.notice(to.enterprise(e), progressLink(id),
						again ? "application.resubmitted.notice" : "application.submitted.notice", p.caseForEnterprise);
				if (!again) {
					p.notice(to.consultants(e), consultantLink(id), "application.submitted.consultant",
							p.caseForOthers);
				}
			}
			case RETURNED -> {
				p.todo(to.enterprise(e), progressLink(id), "application.returned.todo", p.caseForEnterprise)
					.withOpinion("notification.opinion.return");
				p.notice(to.consultants(e), consultantLink(id), "application.returned.consultant", p.caseForOthers)
					.withOpinion("notification.opinion.return");
			}
			case ACCEPTED -> {
				String due = e.materialsDueAt() == null ? "" : NotificationTexts.minutes(e.materialsDueAt());
				p.todo(to.enterprise(e), materialsLink(id), "application.accepted.todo", p.caseForEnterprise, due);
				p.notice(to.consultants(e), consultantLink(id), "application.accepted.consultant", p.caseForOthers,
						due);
			}
			case DOC_REVIEW -> {
				switch (action) {
					case "assign-reviewer" -> {
						p.todo(to.reviewer(e), reviewerLink(id), "application.docReview.assigned.todo",
								p.caseForOthers);
						p.notice(to.enterprise(e), progressLink(id), "application.reviewerAssigned.notice",
								p.caseForEnterprise);
					}
					case "rectify" -> {
						reviewerOrOrg(p, e, to, "application.docReview.rectified.todo");
						p.notice(to.enterprise(e), progressLink(id), "application.rectified.notice",
								p.caseForEnterprise);
					}
					case "decline-termination" -> {
						reviewerOrOrg(p, e, to, "application.docReview.resumed.todo");
						p.notice(to.enterprise(e), progressLink(id), "application.terminationDeclined.notice",
								p.caseForEnterprise);
					}
					default -> {
						reviewerOrOrg(p, e, to, "application.docReview.todo");
						p.notice(to.enterprise(e), progressLink(id), "application.materialsSubmitted.notice",
								p.caseForEnterprise);
					}
				}
			}
			case DOC_RECTIFICATION -> {
				p.todo(to.enterprise(e), progressLink(id), "application.docRectification.todo", p.caseForEnterprise)
					.withOpinion("notification.opinion.review");
				p.notice(to.consultants(e), consultantLink(id), "application.docRectification.consultant",
						p.caseForOthers);
			}
			case ONSITE_REVIEW -> {
				switch (action) {
					case "assign-reviewer" -> {
						p.todo(to.reviewer(e), reviewerLink(id), "application.onsite.assigned.todo", p.caseForOthers);
						p.notice(to.enterprise(e), progressLink(id), "application.reviewerAssigned.notice",
								p.caseForEnterprise);
					}
					case "schedule-onsite" -> {
						reviewerOrOrg(p, e, to, "application.onsite.scheduled.todo");
						p.notice(to.enterprise(e), progressLink(id), "application.onsite.scheduled.notice",
								p.caseForEnterprise);
					}
					case "rectify" -> {
						reviewerOrOrg(p, e, to, "application.onsite.rectified.todo");
						p.notice(to.enterprise(e), progressLink(id), "application.rectified.notice",
								p.caseForEnterprise);
					}
					case "decline-termination" -> {
						reviewerOrOrg(p, e, to, "application.onsite.resumed.todo");
						p.notice(to.enterprise(e), progressLink(id), "application.terminationDeclined.notice",
								p.caseForEnterprise);
					}
					default -> {
						reviewerOrOrg(p, e, to, "application.onsite.todo");
						p.notice(to.enterprise(e), progressLink(id), "application.docPassed.notice",
								p.caseForEnterprise);
					}
				}
			}
			case ONSITE_RECTIFICATION -> {
				p.todo(to.enterprise(e), progressLink(id), "application.onsiteRectification.todo", p.caseForEnterprise)
					.withOpinion("notification.opinion.review");
				p.notice(to.consultants(e), consultantLink(id), "application.onsiteRectification.consultant",
						p.caseForOthers);
			}
			case TERMINATION_PROPOSED -> {
				p.todo(to.reviewOrg(e), reviewOrgLink(id), "application.terminationProposed.todo", p.caseForOthers)
					.withOpinion("notification.opinion.termination");
				p.notice(to.enterprise(e), progressLink(id), "application.terminationProposed.notice",
						p.caseForEnterprise);
			}
			case ORG_CONFIRMATION -> {
				p.todo(to.reviewOrg(e), reviewOrgLink(id), "application.orgConfirmation.todo", p.caseForOthers);
				p.notice(to.enterprise(e), progressLink(id), "application.onsitePassed.notice", p.caseForEnterprise);
			}
			case FINAL_REVIEW -> {
				p.todo(to.experts(), expertLink(id), "application.finalReview.todo",
						p.caseForOthers);
				p.notice(to.enterprise(e), progressLink(id), "application.finalReview.notice", p.caseForEnterprise);
			}
			case CERTIFIED -> {
				// The enterprise hears of it once, from the certificate module, with the certificate's number.
				p.notice(to.consultants(e), consultantLink(id), "application.certified.consultant", p.caseForOthers);
			}
			case REJECTED -> {
				p.notice(to.enterprise(e), progressLink(id), "application.rejected.notice", p.caseForEnterprise)
					.withOpinion("notification.opinion.final");
				p.notice(to.consultants(e), consultantLink(id), "application.rejected.consultant", p.caseForOthers)
					.withOpinion("notification.opinion.final");
			}
			case TERMINATED -> {
				p.notice(to.enterprise(e), progressLink(id), "application.terminated.notice", p.caseForEnterprise)
					.withOpinion("notification.opinion.termination");
				p.notice(to.consultants(e), consultantLink(id), "application.terminated.consultant", p.caseForOthers);
			}
			case EXPIRED -> {
				p.notice(to.enterprise(e), progressLink(id), "application.expired.notice", p.caseForEnterprise);
				p.notice(to.consultants(e), consultantLink(id), "application.expired.consultant", p.caseForOthers);
			}
			case CANCELLED -> {
				p.notice(to.enterprise(e), progressLink(id), "application.cancelled.notice", p.caseForEnterprise);
				p.notice(to.consultants(e), consultantLink(id), "application.cancelled.other", p.caseForOthers);
				p.notice(to.reviewOrg(e), reviewOrgLink(id), "application.cancelled.other", p.caseForOthers);
			}
		}
		return p;
	}

	/* The reviewer when the case awaits one, else the review organisation, which must assign one first. */
	private void reviewerOrOrg(Plan p, ApplicationStateChanged e, CaseParties to, String reviewerKey) {
		if (e.awaiting().contains(Party.ASSIGNED_REVIEWER)) {
			p.todo(to.reviewer(e), reviewerLink(e.applicationId().value()), reviewerKey, p.caseForOthers);
		}
		else {
			p.todo(to.reviewOrg(e), reviewOrgLink(e.applicationId().value()), "application.assignReviewer.todo",
					p.caseForOthers);
		}
	}

	private record Delivery(List<AccountView> recipients, Message message) {
	}

	/** The messages one step sends, built with the case's texts. */
	private final class Plan {

		final ApplicationStateChanged event;
		final String step;
		final Text caseForEnterprise;
		final Text caseForOthers;
		final List<Delivery> deliveries = new ArrayList<>();

		Plan(ApplicationStateChanged event, String step, CaseParties parties) {
			this.event = event;
			this.step = step;
			this.caseForEnterprise = texts.subject(event.industry(), event.level());
			String name = parties.enterpriseName(event).orElse(null);
			this.caseForOthers = name == null ? caseForEnterprise
					: texts.get("notification.caseOf", name, caseForEnterprise);
		}

		Entry todo(List<AccountView> to, String link, String key, Object... args) {
			return new Entry(to, link, true, key, args);
		}

		Entry notice(List<AccountView> to, String link, String key, Object... args) {
			return new Entry(to, link, false, key, args);
		}

		boolean hasTodo() {
			return deliveries.stream().anyMatch(d -> d.message().actionRequired());
		}

		/** One message to a group of recipients; its text may be followed by the step's opinion. */
		final class Entry {

			private final int index;
			private final List<AccountView> to;
			private final String link;
			private final boolean todo;
			private final Object subjectCase;

			Entry(List<AccountView> to, String link, boolean todo, String key, Object[] args) {
				this.to = to;
				this.link = link;
				this.todo = todo;
				this.subjectCase = args[0];
				this.index = deliveries.size();
				deliveries.add(new Delivery(to, message(texts.get(key, args))));
			}

			Entry withOpinion(String key) {
				Object opinion = opinion(event);
				if (opinion != null) {
					Text text = deliveries.get(index).message().text().then(texts.get(key, opinion));
					deliveries.set(index, new Delivery(to, message(text)));
				}
				return this;
			}

			private Message message(Text text) {
				Text subject = texts.get(todo ? "notification.mail.subject.todo" : "notification.mail.subject.notice",
						texts.get("notification.mail.subject.case", subjectCase, event.to()));
				// Each recipient gets one to-do and one notice per step at most, so this key is enough.
				String refKey = step + (todo ? ":todo" : ":notice");
				return new Message(subject, text, link, todo, refKey, topic(event.applicationId().value()),
						event.at());
			}
		}
	}
}
