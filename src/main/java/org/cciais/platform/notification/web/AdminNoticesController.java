package org.cciais.platform.notification.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.cciais.platform.notification.internal.Notice;
import org.cciais.platform.notification.internal.NoticeBoard;
import org.cciais.platform.notification.internal.NoticeBoard.NoticeInput;
import org.cciais.platform.notification.internal.NoticeBoard.NoticeView;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.UnsupportedFileException;
import org.cciais.platform.shared.web.FormErrors;
import org.cciais.platform.shared.web.PageLinks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 通知公告 administration: the list of every notice with its status (paged), a new notice, the edit page (title,
 * body, draft / published, pinned, publish date, PDF attachment), 发布 / 撤回 and delete.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminNoticesController {

	static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	public static class NoticeForm {

		private String title;
		private String body;
		/** PUBLISHED or DRAFT; absent means PUBLISHED (the list page's quick form). */
		private String status;
		private boolean pinned;
		/** A Beijing local time from the datetime-local field; empty means now. */
		private String publishAt;
		private Long version;
		private String file;

		static NoticeForm of(NoticeView n) {
			NoticeForm form = new NoticeForm();
			form.title = n.title();
			form.body = n.body();
			form.status = n.status().name();
			form.pinned = n.pinned();
			form.publishAt = LocalDateTime.ofInstant(n.publishedAt(), PlatformClock.ZONE).format(LOCAL);
			form.version = n.version();
			return form;
		}

		NoticeInput toInput() {
			boolean published = status == null || status.isBlank() || Notice.Status.PUBLISHED.name().equals(status);
			if (!published && !Notice.Status.DRAFT.name().equals(status)) {
				throw new InvalidInputException("status", "notice.status.invalid");
			}
			return new NoticeInput(title, body, published, pinned, NoticeBoard.parsePublishAt(publishAt), version);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public boolean isPinned() {
			return pinned;
		}

		public void setPinned(boolean pinned) {
			this.pinned = pinned;
		}

		public String getPublishAt() {
			return publishAt;
		}

		public void setPublishAt(String publishAt) {
			this.publishAt = publishAt;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		/** Only a name for the error beside the file field; the upload itself is the request part "file". */
		public String getFile() {
			return file;
		}
	}

	private final NoticeBoard notices;
	private final MessageSource messages;

	AdminNoticesController(NoticeBoard notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	@InitBinder("form")
	void allowed(WebDataBinder binder) {
		binder.setAllowedFields("title", "body", "status", "pinned", "publishAt", "version");
	}

	@GetMapping("/admin/notices")
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		NoticeForm form = new NoticeForm();
		form.setStatus(Notice.Status.PUBLISHED.name());
		model.addAttribute("form", form);
		return list(page, model);
	}

	@PostMapping("/admin/notices")
	String create(@ModelAttribute("form") NoticeForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, PlatformPrincipal me, Model model,
			RedirectAttributes redirect) {
		try {
			NoticeView notice = notices.create(form.toInput(), file, me);
			redirect.addFlashAttribute("success", saved(notice));
			return "redirect:/admin/notices";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		catch (PayloadTooLargeException | UnsupportedFileException ex) {
			FormErrors.reject(result, "file", ex.messageKey(), ex.args());
		}
		return list(0, model);
	}

	@GetMapping("/admin/notices/{id}")
	String edit(@PathVariable long id, Model model) {
		NoticeView notice = notices.findForEditor(id);
		model.addAttribute("form", NoticeForm.of(notice));
		return editPage(notice, model);
	}

	@PostMapping("/admin/notices/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") NoticeForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, PlatformPrincipal me, Model model,
			RedirectAttributes redirect) {
		NoticeView current = notices.findForEditor(id);
		try {
			NoticeView notice = notices.edit(id, form.toInput(), file, me);
			redirect.addFlashAttribute("success", saved(notice));
			return "redirect:/admin/notices/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		catch (PayloadTooLargeException | UnsupportedFileException ex) {
			FormErrors.reject(result, "file", ex.messageKey(), ex.args());
		}
		catch (ConflictException ex) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		return editPage(current, model);
	}

	@PostMapping("/admin/notices/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(defaultValue = "list") String back, PlatformPrincipal me,
			RedirectAttributes redirect) {
		NoticeView notice = notices.setPublished(id, true, me);
		redirect.addFlashAttribute("success", saved(notice));
		return back(id, back);
	}

	@PostMapping("/admin/notices/{id}/unpublish")
	String unpublish(@PathVariable long id, @RequestParam(defaultValue = "list") String back, PlatformPrincipal me,
			RedirectAttributes redirect) {
		NoticeView notice = notices.setPublished(id, false, me);
		redirect.addFlashAttribute("success", text("notice.saved.withdrawn", notice.title()));
		return back(id, back);
	}

	@PostMapping("/admin/notices/{id}/attachment/delete")
	String detach(@PathVariable long id, PlatformPrincipal me, RedirectAttributes redirect) {
		notices.detach(id, me);
		redirect.addFlashAttribute("success", text("notice.attachment.deleted"));
		return "redirect:/admin/notices/" + id;
	}

	@GetMapping("/admin/notices/{id}/attachment")
	ResponseEntity<Resource> attachment(@PathVariable long id) {
		return NoticeDownloads.response(
				notices.editorAttachment(id).orElseThrow(() -> new NotFoundException("error.notFound")));
	}

	@PostMapping("/admin/notices/{id}/delete")
	String delete(@PathVariable long id, PlatformPrincipal me, RedirectAttributes redirect) {
		notices.delete(id, me);
		redirect.addFlashAttribute("success", text("notice.deleted"));
		return "redirect:/admin/notices";
	}

	private String saved(NoticeView notice) {
		if (notice.status() == Notice.Status.DRAFT) {
			return text("notice.saved.draft", notice.title());
		}
		if (!notice.visibleAt(notices.now())) {
			return text("notice.saved.scheduled", notice.title());
		}
		return text("notice.saved.published", notice.title());
	}

	private static String back(long id, String back) {
		return "edit".equals(back) ? "redirect:/admin/notices/" + id : "redirect:/admin/notices";
	}

	private String list(int page, Model model) {
		model.addAttribute("notices", notices.editorPage(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("pageBase", PageLinks.base());
		model.addAttribute("now", notices.now());
		return "admin/notices";
	}

	private String editPage(NoticeView notice, Model model) {
		model.addAttribute("notice", notice);
		model.addAttribute("now", notices.now());
		return "admin/notice-edit";
	}
}
