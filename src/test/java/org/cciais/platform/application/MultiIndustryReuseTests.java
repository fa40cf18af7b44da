package org.cciais.platform.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.shared.PlatformClock;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Manual 3.4.3 (同时申请多行业): within 30 days of the enterprise's first materials submission (day D … D+30, local
 * dates, inclusive) another application uploads only its industry-specific items and links the shared ones; from
 * day 31 it uploads everything, which starts a new window.
 */
class MultiIndustryReuseTests extends ApplicationTestSupport {

	@Test
	void onDayThirtyOnlyTheIndustrySpecificItemsAreRequiredAndTheSharedOnesAreLinked() throws Exception {
		Parties p = parties();
		long government = applied(p, "GOVERNMENT");
		ok(act(p.orgToken(), government, "accept"));
		Map<String, String> governmentFiles = uploadAll(p.enterpriseToken(), government);
		ok(act(p.enterpriseToken(), government, "submit-materials"));
		LocalDate d = LocalDate.ofInstant(clock.instant(), PlatformClock.ZONE);

		// the last minute of day 30
		moveTo(d.plusDays(30).atTime(23, 59).atZone(PlatformClock.ZONE).toInstant());
		p = refreshed(p);
		long finance = applied(p, "FINANCE");
		ok(act(p.orgToken(), finance, "accept"));
		JsonNode offered = view(p.enterpriseToken(), finance);
		assertThat(offered.get("reuseWindowEndsOn").asText()).isEqualTo(d.plusDays(30).toString());
		for (JsonNode m : offered.get("materials")) {
			boolean shared = m.get("shared").asBoolean();
			assertThat(m.get("reused").asBoolean()).as(m.get("code").asText()).isEqualTo(shared);
			if (shared) {
				assertThat(m.get("required").asBoolean()).isFalse();
				assertThat(m.get("fileId").asText()).isEqualTo(governmentFiles.get(m.get("code").asText()));
			}
		}

		uploadItems(p.enterpriseToken(), finance, specific());
		JsonNode submitted = ok(act(p.enterpriseToken(), finance, "submit-materials"));
		assertThat(stateOf(submitted)).isEqualTo("DOC_REVIEW");
		assertThat(submitted.get("reusedFromApplicationId").asLong()).isEqualTo(government);
		for (JsonNode m : submitted.get("materials")) {
			if (m.get("shared").asBoolean()) {
				// a link to the very same file, not a copy
				assertThat(m.get("reused").asBoolean()).isTrue();
				assertThat(m.get("uploaded").asBoolean()).isFalse();
				assertThat(m.get("fileId").asText()).isEqualTo(governmentFiles.get(m.get("code").asText()));
				assertThat(m.get("reusedFromApplicationId").asLong()).isEqualTo(government);
			}
			else {
				assertThat(m.get("uploaded").asBoolean()).isTrue();
				assertThat(m.get("fileId").asText()).isNotEqualTo(governmentFiles.get(m.get("code").asText()));
			}
		}
		// the reviewer of the second application reads the linked file through it
		ok(act(p.orgToken(), finance, "assign-reviewer", reviewerJson(p)));
		mvc.perform(bearer(get("/api/v1/files/" + governmentFiles.get("M02")), p.reviewerToken()))
			.andExpect(status().isOk());
	}

	@Test
	void onDayThirtyOneEverythingIsRequiredAgainAndANewWindowStarts() throws Exception {
		Parties p = parties();
		long government = applied(p, "GOVERNMENT");
		ok(act(p.orgToken(), government, "accept"));
		uploadAll(p.enterpriseToken(), government);
		ok(act(p.enterpriseToken(), government, "submit-materials"));
		LocalDate d = LocalDate.ofInstant(clock.instant(), PlatformClock.ZONE);

		// the first minute of day 31
		moveTo(d.plusDays(31).atStartOfDay(PlatformClock.ZONE).toInstant());
		p = refreshed(p);
		long telecom = applied(p, "TELECOM");
		ok(act(p.orgToken(), telecom, "accept"));
		JsonNode offered = view(p.enterpriseToken(), telecom);
		assertThat(offered.get("reuseWindowEndsOn").isNull()).isTrue();
		assertThat(offered.get("materials").valueStream().filter(m -> m.get("reused").asBoolean())).isEmpty();

		uploadItems(p.enterpriseToken(), telecom, specific());
		String detail = read(act(p.enterpriseToken(), telecom, "submit-materials").andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("detail").asText();
		assertThat(detail).contains("（二）企业法人营业执照").doesNotContain("（一）").doesNotContain("（十四）");

		Map<String, String> telecomFiles = uploadItems(p.enterpriseToken(), telecom,
				catalog.materials().stream().filter(CatalogQueries.MaterialItem::shared).toList());
		assertThat(stateOf(ok(act(p.enterpriseToken(), telecom, "submit-materials")))).isEqualTo("DOC_REVIEW");

		// the full submission of day 31 opened a new window, with the second application as its source
		moveTo(clock.instant().plus(Duration.ofDays(3)));
		p = refreshed(p);
		long defense = applied(p, "DEFENSE");
		ok(act(p.orgToken(), defense, "accept"));
		uploadItems(p.enterpriseToken(), defense, specific());
		JsonNode reused = ok(act(p.enterpriseToken(), defense, "submit-materials"));
		assertThat(reused.get("reusedFromApplicationId").asLong()).isEqualTo(telecom);
		assertThat(reused.get("materials").get(1).get("fileId").asText()).isEqualTo(telecomFiles.get("M02"));
	}

	@Test
	void withoutAnEarlierSubmissionEveryRequiredItemIsNeeded() throws Exception {
		Parties p = parties();
		long id = applied(p, "ENERGY");
		ok(act(p.orgToken(), id, "accept"));
		uploadItems(p.enterpriseToken(), id, specific());
		act(p.enterpriseToken(), id, "submit-materials").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("（十七）")));
		mvc.perform(bearer(get("/api/v1/applications/" + id), p.enterpriseToken()))
			.andExpect(jsonPath("$.availableActions").value(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.hasItem("submit-materials"))));
		// (十四) is optional: everything else is enough
		uploadRequired(p.enterpriseToken(), id);
		assertThat(stateOf(ok(act(p.enterpriseToken(), id, "submit-materials")))).isEqualTo("DOC_REVIEW");
	}

	private List<CatalogQueries.MaterialItem> specific() {
		return catalog.materials().stream().filter(m -> !m.shared()).toList();
	}

	private void moveTo(Instant target) {
		advance(Duration.between(clock.instant(), target));
	}
}
