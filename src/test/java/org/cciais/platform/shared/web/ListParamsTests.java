package org.cciais.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared paging contract: page 0-based, size 50 (API) or 20/50/100 (pages), sort against a whitelist. */
class ListParamsTests {

	static final Sortable SORTS = Sortable.by(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")))
		.field("name", "enterpriseName")
		.field("submittedAt")
		.field("id")
		.shownAs("submittedAt", Sort.Direction.DESC);

	@Test
	void apiDefaultsToTheFirstFiftyInTheListsOwnOrder() {
		Pageable p = new ListParams(null, null, null).api(SORTS);
		assertThat(p.getPageNumber()).isEqualTo(0);
		assertThat(p.getPageSize()).isEqualTo(50);
		assertThat(p.getSort()).isEqualTo(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
	}

	@Test
	void sortNamesAnApiFieldMappedToItsPropertyWithTheIdAsTieBreaker() {
		Pageable p = new ListParams("3", "500", "name,desc").api(SORTS);
		assertThat(p.getPageNumber()).isEqualTo(3);
		assertThat(p.getPageSize()).isEqualTo(500);
		assertThat(p.getSort()).isEqualTo(Sort.by(Sort.Order.desc("enterpriseName"), Sort.Order.desc("id")));
		assertThat(new ListParams(null, null, "name").api(SORTS).getSort())
			.isEqualTo(Sort.by(Sort.Order.asc("enterpriseName"), Sort.Order.asc("id")));
		assertThat(new ListParams(null, null, "id,ASC").api(SORTS).getSort()).isEqualTo(Sort.by(Sort.Order.asc("id")));
	}

	@Test
	void refusesAnUnknownSortFieldNamingSort() {
		assertThatThrownBy(() -> new ListParams(null, null, "password,asc").api(SORTS))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("sort");
				assertThat(ex.messageKey()).isEqualTo("paging.sort.field");
				assertThat(ex.args()).containsExactly("password", "name, submittedAt, id");
			});
		assertThatThrownBy(() -> new ListParams(null, null, "enterpriseName,asc").api(SORTS))
			.as("the entity property is not an API name").isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new ListParams(null, null, "name,asc,id").api(SORTS))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("sort"));
	}

	@Test
	void refusesABadDirectionNamingSort() {
		assertThatThrownBy(() -> new ListParams(null, null, "name,up").api(SORTS))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("sort");
				assertThat(ex.messageKey()).isEqualTo("paging.sort.direction");
			});
	}

	@Test
	void refusesASizeOverFiveHundredOrBelowOneNamingSize() {
		for (String size : new String[] { "501", "0", "-5", "ten" }) {
			assertThatThrownBy(() -> new ListParams(null, size, null).api(SORTS)).as(size)
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("size"));
		}
	}

	@Test
	void refusesANegativeOrNonNumericPageNamingPage() {
		for (String page : new String[] { "-1", "x", "1.5" }) {
			assertThatThrownBy(() -> new ListParams(page, null, null).api(SORTS)).as(page)
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("page"));
		}
	}

	@Test
	void pagesOfferTwentyFiftyOrAHundredAndRememberTheSortForTheHeaders() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		Pageable p = new ListParams(null, null, null).page(SORTS, request);
		assertThat(p.getPageSize()).isEqualTo(20);
		assertThat(choice(request)).isEqualTo(new Sortable.Choice("submittedAt", Sort.Direction.DESC, true));
		assertThat(new ListParams("1", "100", "name,asc").page(SORTS, request).getPageSize()).isEqualTo(100);
		assertThat(choice(request).param()).isEqualTo("name,asc");
		assertThatThrownBy(() -> new ListParams(null, "30", null).page(SORTS, new MockHttpServletRequest()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("size"));
	}

	private static Sortable.Choice choice(HttpServletRequest request) {
		return (Sortable.Choice) request.getAttribute(ListParams.SORT_ATTRIBUTE);
	}
}
