package org.cciais.platform.audit.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.web.DateRanges;
import org.cciais.platform.shared.web.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What people read in the audit log instead of its codes, in the reader's language: the label of the action and of the
 * object's type (from {@code i18n/audit.properties}, the workflow's own words {@code application.action.<NAME>} for
 * application transitions), and the client address as people write it (the loopback as 本机, IPv4 inside IPv6 as
 * IPv4). What the entry itself says (its detail) is a record, kept in the words it was written in.
 */
@Component
public class AuditLabels {

	/** One line of the audit table, every code already turned into words. */
	record Row(long id, Instant occurredAt, String actor, String role, String action, String object, String detail,
			String address) {
	}

	/**
	 * One entry in full (the 详情 page): the row, the codes as stored, and the state before and after the change
	 * where the entry records them ({@code … | before: … | after: …}); when both read as {@code name=value; …},
	 * also field by field ({@code changes}, empty otherwise).
	 */
	record Detail(Row row, AuditQueries.Entry entry, String description, String before, String after,
			List<Change> changes) {
	}

	/** One field of a recorded change: its label and its value before and after, as people read them. */
	record Change(String field, String before, String after, boolean changed) {
	}

	/** The parts of a stored detail: what it says, and the state before and after where it records them. */
	private record Parts(String description, String before, String after) {

		static Parts of(String detail) {
			if (detail == null) {
				return new Parts(null, null, null);
			}
			String before = null;
			String after = null;
			List<String> rest = new ArrayList<>();
			for (String part : detail.split(" \\| ")) {
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
			return new Parts(String.join("；", rest), before, after);
		}
	}

	private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(DateRanges.BEIJING);

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
				group.add(new Option(code, label(transition)));
			}
		}
		List<Option> options = new ArrayList<>();
		byGroup.forEach((group, actions) -> {
			options.add(new Option(group + ".", format("audit.group.all", text("audit.group." + group, group))));
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
		// the list says what happened; what it changed is on the entry's own page
		String description = Parts.of(e.detail()).description();
		return new Row(e.id(), e.occurredAt(), e.actor(), e.role() == null ? "—" : text("role." + e.role().name(), "—"),
				action(e.action()), object(e.objectType(), e.objectId()),
				description == null || description.isBlank() ? "—" : description, address(e.remoteAddr()));
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
		Row row = row(e);
		Parts parts = Parts.of(e.detail());
		return new Detail(row, e, row.detail(), parts.before(), parts.after(), changes(parts.before(), parts.after()));
	}

	/**
	 * Field by field when each side recorded is a list {@code name=value; …} (a side may be absent: nothing before a
	 * creation); empty when either is other text, which the page then shows as it is.
	 */
	List<Change> changes(String before, String after) {
		Map<String, String> was = fields(before);
		Map<String, String> is = fields(after);
		if ((before != null && was == null) || (after != null && is == null) || (was == null && is == null)) {
			return List.of();
		}
		Map<String, String> old = was == null ? Map.of() : was;
		Map<String, String> now = is == null ? Map.of() : is;
		Set<String> names = new LinkedHashSet<>(old.keySet());
		names.addAll(now.keySet());
		return names.stream()
			.map(n -> change(n, value(n, old.get(n)), value(n, now.get(n))))
			.toList();
	}

	/** Changed as the clerk reads it: a time saved again within the same second is not a change. */
	private Change change(String name, String before, String after) {
		return new Change(text("audit.field." + name, name), before, after, !Objects.equals(before, after));
	}

	/** {@code name=value; …} in its order, or null when the text is not such a list. */
	private static Map<String, String> fields(String side) {
		if (side == null || side.isBlank()) {
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String part : side.split("; ")) {
			int eq = part.indexOf('=');
			if (eq <= 0 || !part.substring(0, eq).matches("[A-Za-z][A-Za-z0-9]*")) {
				return null;
			}
			fields.put(part.substring(0, eq), part.substring(eq + 1));
		}
		return fields;
	}

	/** A recorded value as people read it: its label where it is a code, a time in Beijing time, — for none. */
	private String value(String field, String value) {
		if (value == null || value.isBlank() || "-".equals(value) || "null".equals(value)) {
			return "—";
		}
		if ("true".equals(value) || "false".equals(value)) {
			return text("audit.value." + value, value);
		}
		String label = text("audit.value." + field + "." + value, null);
		if (label != null) {
			return label;
		}
		try {
			return BEIJING_TIME.format(Instant.parse(value));
		}
		catch (DateTimeParseException ex) {
			return value;
		}
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
				return label(transition.get());
			}
		}
		int dot = code.indexOf('.');
		String group = dot < 0 ? code : code.substring(0, dot);
		return text("audit.group." + group, text("audit.group.other", group));
	}

	String object(String type, String id) {
		if ("list".equals(type) && id != null) {
			// an exported list reads as its name (列表：资质申请), not as a code
			return format("audit.object.named", text("audit.object.list", type), text("export.list." + id, id));
		}
		String label = text("audit.object." + type, text("audit.object.other", type));
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
				return text("audit.address.local", remote);
			}
			// an IPv4-mapped IPv6 address comes back as Inet4Address, so it reads as IPv4
			return address.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return remote;
		}
	}

	/** A workflow transition in the reader's language (its bundle key). */
	private String label(WorkflowAction transition) {
		return messages.getMessage(transition, LocaleContextHolder.getLocale());
	}

	private String text(String key, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, fallback, locale);
	}

	/** A message with arguments, in the reader's language ({@code key} itself when missing). */
	private String format(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
