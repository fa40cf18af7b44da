package org.cciais.platform.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The real server on a random port as an operator configures it behind a reverse proxy: {@code 127.0.0.2} is the
 * trusted proxy ({@code CCIAIS_TRUSTED_PROXIES}) and {@code metrics} is exposed
 * ({@code MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE}). One context shared by every test that needs a real server:
 * the browser tests ({@link BrowserTest}) and the tests over raw HTTP. Log in over HTTP here ({@link NodeHttp}), never
 * with spring-security-test's {@code csrf()}: it changes the shared filter chain for good (see
 * {@code CrossSiteRequestTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"cciais.trusted-proxies=127.0.0.2", "management.endpoints.web.exposure.include=health,info,metrics" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class OperatorConfiguredTest extends PlatformTestSupport {

	@Autowired
	protected MockMvc mvc;

	@LocalServerPort
	protected int port;
}
