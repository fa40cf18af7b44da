package org.cciais.platform.organization.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.account.OnlineSessionManagement;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormPosts;
import org.cciais.platform.shared.web.PageLinks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 在线用户: the live page sessions with their organisation, and 强制下线. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminSessionsController {

	private final OnlineSessionManagement sessions;
	private final OrganizationQueries organizations;
	private final FormPosts posts;

	AdminSessionsController(OnlineSessionManagement sessions, OrganizationQueries organizations, FormPosts posts) {
		this.posts = posts;
		this.sessions = sessions;
		this.organizations = organizations;
	}

	@GetMapping("/admin/sessions")
	String page(@RequestParam(required = false) String username, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Map<Long, String> organizationNames = organizations.all()
			.stream()
			.collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
		model.addAttribute("sessions", sessions.list(username, Math.max(page, 0), 20));
		model.addAttribute("organizationNames", organizationNames);
		model.addAttribute("username", username);
		model.addAttribute("pageBase", PageLinks.base());
		return "admin/sessions";
	}

	@PostMapping("/admin/sessions/{id}/terminate")
	String terminate(@PathVariable String id, @RequestParam(required = false) String username, PlatformPrincipal me,
			RedirectAttributes redirect) {
		try {
			sessions.terminate(id, me);
			redirect.addFlashAttribute("success", posts.message("admin.sessions.terminated", username == null ? "" : " " + username));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("failure", posts.message("admin.sessions.notFound"));
		}
		return "redirect:/admin/sessions";
	}
}
