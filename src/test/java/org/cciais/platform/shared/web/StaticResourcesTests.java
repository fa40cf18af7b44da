package org.cciais.platform.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pages link the static files by a name that changes with the file (the WebJar's version, a hash of the
 * platform's own files), so the browser keeps them a year; pages themselves are never stored.
 */
class StaticResourcesTests extends PlatformTest {

	private static final String A_YEAR = "max-age=31536000, public, immutable";

	@Test
	void pagesLinkVersionedFilesThatTheBrowserKeepsAYear() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
		assertThat(page.getHeader("Cache-Control")).contains("no-store");
		String html = page.getContentAsString();
		assertThat(html).contains("/webjars/bootstrap/5.3.8/css/bootstrap.min.css")
			.doesNotContain("/css/platform.css\"", "/js/platform.js\"");

		for (String link : new String[] { "/webjars/bootstrap/5.3.8/css/bootstrap.min.css",
				linked(html, "/css/platform-[0-9a-f]{32}\\.css"), linked(html, "/js/platform-[0-9a-f]{32}\\.js") }) {
			MockHttpServletResponse file = mvc.perform(get(link)).andReturn().getResponse();
			assertThat(file.getStatus()).as(link).isEqualTo(200);
			assertThat(file.getHeader("Cache-Control")).as(link).isEqualTo(A_YEAR);
			assertThat(file.getHeader("Pragma")).as(link).isNull();
		}
	}

	@Test
	void aFileNamedWithAnotherHashIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/css/platform-0123456789abcdef0123456789abcdef.css")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	private static String linked(String html, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(html);
		assertThat(m.find()).as(pattern + " in the page").isTrue();
		return m.group();
	}
}
