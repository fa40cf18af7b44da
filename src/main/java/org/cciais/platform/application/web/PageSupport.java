package org.cciais.platform.application.web;

import java.util.Map;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormPosts;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the application pages share: turning a refusal into a clear Chinese flash message (never a stack trace) and
 * knowing where each role's copy of a case lives.
 */
@Component
class PageSupport {

	private final FormPosts posts;

	PageSupport(FormPosts posts) {
		this.posts = posts;
	}

	/** Runs a page action; a refusal becomes the {@code failure} flash, success the {@code success} flash. */
	String run(RedirectAttributes flash, String redirect, String successText, Runnable action) {
		return posts.run(flash, redirect, successText, action);
	}

	/** Runs the post of one form of a page ({@link FormPosts}). */
	String run(RedirectAttributes flash, String redirect, String successText, String form, String fileField,
			Map<String, String> typed, Runnable action) {
		return posts.run(flash, redirect, successText, form, fileField, typed, action);
	}

	/** The Chinese text of a refusal; unexpected failures are rethrown to the error page. */
	String describe(RuntimeException ex) {
		return posts.describe(ex);
	}

	String message(String key, Object... args) {
		return posts.message(key, args);
	}

	/** The page of a case for the caller's role. */
	static String detailPath(PlatformPrincipal me, long id) {
		return basePath(me) + "/" + id;
	}

	static String basePath(PlatformPrincipal me) {
		return switch (me.role()) {
			case ENTERPRISE -> "/enterprise/progress";
			case REVIEW_ORG -> "/review-org/applications";
			case REVIEWER -> "/reviewer/applications";
			case EXPERT -> "/expert/applications";
			case CONSULTANT -> "/consultant/applications";
			case ADMIN -> "/admin/applications";
			case PERSON -> "/notifications";
		};
	}

}
