package org.cciais.platform.audit.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.web.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What people read in the audit log instead of its codes: the Chinese label of the action and of the object's type
 * (from {@code i18n/audit.properties}, the workflow's own labels for application transitions), and the client
 * address as people write it (the loopback as 本机, IPv4 inside IPv6 as IPv4).
 */
@Component
public class AuditLabels {

	/** One line of the audit table, every code already turned into words. */
	record Row(long id, Instant occurredAt, String actor, String role, String action, String object, String detail,
			String address) {
	}

	/**
	 * One entry in full (the 详情 page): the row, the codes as stored, and the state before and after the change
	 * where the entry records them ({@code … | before: … | after: …}).
	 */
	record Detail(Row row, AuditQueries.Entry entry, String description, String before, String after) {
	}

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** A choice of the search form: the code searched for (a prefix for a whole module) and its label. */
	record Option(String code, String label) {
	}

	/** Every module (prefix, e.g. {@code account.}) followed by its actions, for the search form. */
	List<Option> actionOptions() {
		ResourceBundle bundle = ResourceBundle.getBundle("i18n/audit", Locale.ROOT);
		Map<String, List<Option>> byGroup = new TreeMap<>();
		for (String key : bundle.keySet()) {
			if (key.startsWith("audit.action.")) {
				String code = key.substring("audit.action.".length());
				byGroup.computeIfAbsent(code.substring(0, code.indexOf('.')), g -> new ArrayList<>())
					.add(new Option(code, action(code)));
			}
		}
		for (WorkflowAction transition : WorkflowAction.values()) {
			String code = "application." + transition.code();
			List<Option> group = byGroup.computeIfAbsent("application", g -> new ArrayList<>());
			if (group.stream().noneMatch(o -> o.code().equals(code))) {
				group.add(new Option(code, transition.label()));
			}
		}
		List<Option> options = new ArrayList<>();
		byGroup.forEach((group, actions) -> {
			options.add(new Option(group + ".", text("audit.group." + group, group) + "（全部）"));
			actions.stream().sorted(Comparator.comparing(Option::code)).forEach(options::add);
		});
		return options;
	}

	/** Every object type with its label, for the search form. */
	List<Option> objectTypeOptions() {
		ResourceBundle bundle = ResourceBundle.getBundle("i18n/audit", Locale.ROOT);
		return bundle.keySet().stream()
			.filter(k -> k.startsWith("audit.object.") && !k.equals("audit.object.other"))
			.sorted()
			.map(k -> new Option(k.substring("audit.object.".length()), text(k, k)))
			.toList();
	}

	List<Row> rows(List<AuditQueries.Entry> entries) {
		return entries.stream().map(this::row).toList();
	}

	Row row(AuditQueries.Entry e) {
		return new Row(e.id(), e.occurredAt(), e.actor(), e.role() == null ? "—" : text("role." + e.role().name(), "—"),
				action(e.action()), object(e.objectType(), e.objectId()), e.detail() == null ? "—" : e.detail(),
				address(e.remoteAddr()));
	}

	/** The columns of the exported log, every code as its label (the page's and the API's export). */
	public List<ExcelExport.Column<AuditQueries.Entry>> exportColumns() {
		return List.of(ExcelExport.column("export.column.id", AuditQueries.Entry::id),
				ExcelExport.column("export.column.occurredAt", AuditQueries.Entry::occurredAt),
				ExcelExport.column("export.column.actor", AuditQueries.Entry::actor),
				ExcelExport.column("export.column.role", e -> row(e).role()),
				ExcelExport.column("export.column.action", e -> action(e.action())),
				ExcelExport.column("export.column.object", e -> object(e.objectType(), e.objectId())),
				ExcelExport.column("export.column.detail", AuditQueries.Entry::detail),
				ExcelExport.column("export.column.address", e -> address(e.remoteAddr())));
	}

	Detail detail(AuditQueries.Entry e) {
		String description = e.detail();
		String before = null;
		String after = null;
		if (description != null) {
			List<String> rest = new ArrayList<>();
			for (String part : description.split(" \\| ")) {
				if (part.startsWith("before: ")) {
					before = part.substring("before: ".length());
				}
				else if (part.startsWith("after: ")) {
					after = part.substring("after: ".length());
				}
				else {
					rest.add(part);
				}
			}
			description = String.join("；", rest);
		}
		return new Detail(row(e), e, description == null || description.isBlank() ? "—" : description, before, after);
	}

	/** Every role with its label, for the search form. */
	List<Option> roleOptions() {
		return java.util.Arrays.stream(org.cciais.platform.shared.Role.values())
			.map(r -> new Option(r.name(), text("role." + r.name(), r.name())))
			.toList();
	}

	String action(String code) {
		if (code == null) {
			return "—";
		}
		String label = text("audit.action." + code, null);
		if (label != null) {
			return label;
		}
		if (code.startsWith("application.")) {
			var transition = WorkflowAction.byCode(code.substring("application.".length()));
			if (transition.isPresent()) {
				return transition.get().label();
			}
		}
		int dot = code.indexOf('.');
		String group = dot < 0 ? code : code.substring(0, dot);
		return text("audit.group." + group, text("audit.group.other", "其他操作"));
	}

	String object(String type, String id) {
		if ("list".equals(type) && id != null) {
			// an exported list reads as its name (列表：资质申请), not as a code
			return text("audit.object.list", "列表") + "：" + text("export.list." + id, id);
		}
		String label = text("audit.object." + type, text("audit.object.other", "对象"));
		return id == null || id.isBlank() || "null".equals(id) || "platform".equals(id) ? label : label + " #" + id;
	}

	/** The loopback (127.0.0.1, ::1, 0:0:0:0:0:0:0:1) as 本机; IPv4-mapped IPv6 as the IPv4 address. */
	String address(String remote) {
		if (remote == null || remote.isBlank()) {
			return "—";
		}
		// only literal addresses are parsed: InetAddress never asks DNS for text made of hex digits, dots, colons
		if (!remote.matches("[0-9A-Fa-f:.]+")) {
			return remote;
		}
		try {
			InetAddress address = InetAddress.getByName(remote);
			if (address.isLoopbackAddress()) {
				return text("audit.address.local", "本机");
			}
			// an IPv4-mapped IPv6 address comes back as Inet4Address, so it reads as IPv4
			return address.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return remote;
		}
	}

	private String text(String key, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, fallback, locale);
	}
}
