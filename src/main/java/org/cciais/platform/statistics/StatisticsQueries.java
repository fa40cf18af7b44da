package org.cciais.platform.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cciais.platform.application.ApplicationStatisticsQueries;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.certificate.CertificateStatisticsQueries;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.inspection.InspectionStatisticsQueries;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.web.DateRanges;
import org.cciais.platform.statistics.StatisticsReport.Group;
import org.cciais.platform.statistics.StatisticsReport.InspectionMonth;
import org.cciais.platform.statistics.StatisticsReport.ReviewDuration;
import org.cciais.platform.statistics.StatisticsReport.StatusGroup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;

/** Assembles {@link StatisticsReport} from each module's own aggregate queries. */
@Service
public class StatisticsQueries {

	/** The widest range one report may cover. */
	static final int MAX_YEARS = 10;

	private final ApplicationStatisticsQueries applications;
	private final CertificateStatisticsQueries certificates;
	private final InspectionStatisticsQueries inspections;
	private final CatalogQueries catalog;
	private final OrganizationQueries organizations;
	private final Clock clock;
	private final int reviewDeadlineDays;
	private final MessageSourceAccessor text;

	StatisticsQueries(ApplicationStatisticsQueries applications, CertificateStatisticsQueries certificates,
			InspectionStatisticsQueries inspections, CatalogQueries catalog, OrganizationQueries organizations, Clock clock,
			@Value("${cciais.statistics.review-deadline-days:60}") int reviewDeadlineDays, MessageSource messages) {
		this.text = new MessageSourceAccessor(messages);
		this.applications = applications;
		this.certificates = certificates;
		this.inspections = inspections;
		this.catalog = catalog;
		this.organizations = organizations;
		this.clock = clock;
		this.reviewDeadlineDays = reviewDeadlineDays;
	}

	/** Today in Beijing by the platform clock. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(DateRanges.BEIJING));
	}

	/** A validated range of Beijing days, both inclusive. */
	public record Range(LocalDate from, LocalDate to) {
	}

	/**
	 * {@code from} / {@code to} as ISO dates, both optional: by default the 12 calendar months up to today (the first
	 * day of the month 11 months back … today). A bad date, {@code from} after {@code to} or more than 10 years:
	 * 400 naming the parameter.
	 */
	public Range range(String from, String to) {
		LocalDate today = today();
		LocalDate end = to == null || to.isBlank() ? today : parse("to", to);
		LocalDate start = from == null || from.isBlank() ? YearMonth.from(end).minusMonths(11).atDay(1)
				: parse("from", from);
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "statistics.range.invalid");
		}
		if (start.plusYears(MAX_YEARS).isBefore(end)) {
			throw new InvalidInputException("from", "statistics.range.tooLong", MAX_YEARS);
		}
		return new Range(start, end);
	}

	private static LocalDate parse(String field, String value) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "statistics.date.invalid");
		}
	}

	public StatisticsReport report(Range range) {
		var start = range.from().atStartOfDay(DateRanges.BEIJING).toInstant();
		var end = range.to().plusDays(1).atStartOfDay(DateRanges.BEIJING).toInstant();

		Map<String, Long> stages = counts(applications.byStatus(start, end));
		List<Group> byStage = Arrays.stream(ApplicationStatus.values())
			.map(s -> new Group(s.name(), text.getMessage(s), stages.getOrDefault(s.name(), 0L)))
			.toList();
		Map<String, Long> industries = counts(applications.byIndustry(start, end));
		List<Group> byIndustry = Arrays.stream(Industry.values())
			.map(i -> new Group(i.name(), text.getMessage(i), industries.getOrDefault(i.name(), 0L)))
			.toList();

		Map<String, String> groupOfRegion = catalog.regions().stream()
			.collect(Collectors.toMap(CatalogQueries.Region::code, CatalogQueries.Region::group));
		Map<String, Long> regionGroups = new LinkedHashMap<>();
		applications.byRegion(start, end)
			.forEach(c -> regionGroups.merge(groupOfRegion.getOrDefault(c.key(), "?"), c.count(), Long::sum));
		List<Group> byRegionGroup = catalog.regionGroups()
			.stream()
			.map(g -> new Group(g.code(), g.name(), regionGroups.getOrDefault(g.code(), 0L)))
			.toList();

		Map<YearMonth, Long> months = new TreeMap<>();
		for (YearMonth m = YearMonth.from(range.from()); !m.isAfter(YearMonth.from(range.to())); m = m.plusMonths(1)) {
			months.put(m, 0L);
		}
		applications.bySubmissionDay(start, end)
			.forEach(d -> months.computeIfPresent(YearMonth.from(d.day()), (m, n) -> n + d.count()));
		List<Group> byMonth = months.entrySet()
			.stream()
			.map(e -> new Group(e.getKey().toString(),
					text.getMessage("statistics.month", new Object[] { e.getKey().getYear(), e.getKey().getMonthValue() }),
					e.getValue()))
			.toList();

		List<String> statuses = Arrays.stream(CertificateStatus.values()).map(Enum::name).toList();
		List<StatusGroup> certByIndustry = statusGroups(certificates.byStatusAndIndustry(),
				Arrays.stream(Industry.values()).map(i -> Map.entry(i.name(), text.getMessage(i))).toList(), statuses);
		List<StatusGroup> certByLevel = statusGroups(certificates.byStatusAndLevel(),
				Arrays.stream(Level.values()).map(l -> Map.entry(l.name(), text.getMessage(l))).toList(), statuses);

		YearMonth thisMonth = YearMonth.now(clock.withZone(DateRanges.BEIJING));
		LocalDate first = thisMonth.atDay(1);
		LocalDate next = thisMonth.plusMonths(1).atDay(1);
		InspectionStatisticsQueries.Month m = inspections.month(first, next,
				first.atStartOfDay(DateRanges.BEIJING).toInstant(), next.atStartOfDay(DateRanges.BEIJING).toInstant());

		return new StatisticsReport(range.from(), range.to(), byStage, byIndustry, byRegionGroup, byMonth, statuses,
				certByIndustry, certByLevel, reviewDeadlineDays, reviewDurations(start, end),
				new InspectionMonth(thisMonth.toString(), m.due(), m.submitted(), m.missed()));
	}

	private List<ReviewDuration> reviewDurations(java.time.Instant start, java.time.Instant end) {
		Map<Long, TreeMap<Long, Long>> perOrg = new TreeMap<>();
		for (ApplicationStatisticsQueries.ReviewDuration d : applications.reviewDurations(start, end)) {
			long days = ChronoUnit.DAYS.between(d.acceptedOn(), d.confirmedOn());
			perOrg.computeIfAbsent(d.reviewOrgId(), k -> new TreeMap<>()).merge(days, d.count(), Long::sum);
		}
		Map<Long, String> names = organizations.all()
			.stream()
			.collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
		List<ReviewDuration> result = new ArrayList<>();
		perOrg.forEach((org, histogram) -> {
			long finished = histogram.values().stream().mapToLong(Long::longValue).sum();
			long inTime = histogram.headMap((long) reviewDeadlineDays, true)
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.sum();
			double share = BigDecimal.valueOf(inTime)
				.divide(BigDecimal.valueOf(finished), 4, RoundingMode.HALF_UP)
				.doubleValue();
			result.add(new ReviewDuration(org, names.getOrDefault(org, "#" + org), finished, median(histogram, finished),
					inTime, share));
		});
		return result;
	}

	/** The median of a histogram (days → cases): the middle case, or the mean of the two middle ones. */
	static double median(TreeMap<Long, Long> histogram, long total) {
		long lower = (total - 1) / 2;
		long upper = total / 2;
		Long lowerValue = null;
		Long upperValue = null;
		long seen = 0;
		for (Map.Entry<Long, Long> e : histogram.entrySet()) {
			long last = seen + e.getValue() - 1;
			if (lowerValue == null && lower <= last) {
				lowerValue = e.getKey();
			}
			if (upper <= last) {
				upperValue = e.getKey();
				break;
			}
			seen += e.getValue();
		}
		return (lowerValue + upperValue) / 2.0;
	}

	private static Map<String, Long> counts(List<ApplicationStatisticsQueries.Count> counts) {
		return counts.stream()
			.collect(Collectors.toMap(ApplicationStatisticsQueries.Count::key, ApplicationStatisticsQueries.Count::count, Long::sum));
	}

	private static List<StatusGroup> statusGroups(List<CertificateStatisticsQueries.Count> counts,
			List<Map.Entry<String, String>> keys, List<String> statuses) {
		Map<String, Map<String, Long>> byKey = counts.stream()
			.collect(Collectors.groupingBy(CertificateStatisticsQueries.Count::key,
					Collectors.toMap(CertificateStatisticsQueries.Count::status, CertificateStatisticsQueries.Count::count)));
		return keys.stream().map(k -> {
			Map<String, Long> found = byKey.getOrDefault(k.getKey(), Map.of());
			Map<String, Long> ordered = new LinkedHashMap<>();
			statuses.forEach(s -> ordered.put(s, found.getOrDefault(s, 0L)));
			long total = ordered.values().stream().mapToLong(Long::longValue).sum();
			return new StatusGroup(k.getKey(), k.getValue(), ordered, total);
		}).toList();
	}

}
