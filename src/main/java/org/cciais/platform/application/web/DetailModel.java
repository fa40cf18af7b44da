package org.cciais.platform.application.web;

import java.util.List;
import java.util.function.Function;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.shared.Labelled;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.ui.Model;

/** The model of the one detail page every role shares ({@code application/detail}). */
final class DetailModel {

	private DetailModel() {
	}

	/** @param words the reader's words of a code ({@code Labelled}) */
	static String fill(Model model, ApplicationView app, PlatformPrincipal me, String base, String listLabel,
			List<AccountView> reviewers, Function<Labelled, String> words) {
		model.addAttribute("app", app);
		model.addAttribute("timeline", Timeline.of(app, words::apply));
		model.addAttribute("base", base);
		model.addAttribute("listLabel", listLabel);
		model.addAttribute("reviewers", reviewers);
		model.addAttribute("role", me.role().name());
		model.addAttribute("actionUrl", "/workflow/applications/" + app.id() + "/actions");
		// the decision that brought the case into its current state (the opinion to rectify, the termination reason)
		ApplicationView.HistoryView reason = null;
		for (ApplicationView.HistoryView h : app.history()) {
			if (h.to() == app.status() && h.from() != h.to()) {
				reason = h;
			}
		}
		model.addAttribute("reason", reason);
		return "application/detail";
	}
}
