package org.cciais.platform.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each folder under its own path: {@code /webjars/**} (Bootstrap, htmx, ECharts; the pages name
 * them without a version and the links are written with it), {@code /css/**} and {@code /js/**} (the platform's own;
 * the links are written with a hash of the content, {@code /css/platform-<md5>.css}).
 * <p>
 * Every link a page writes changes when the file does, so the browser keeps the files a year
 * ({@code Cache-Control: public, max-age=31536000, immutable}) instead of Spring Security's {@code no-store} for every
 * response: without it each page fetched Bootstrap, htmx and the platform's scripts again, ~400 KB per page.
 * <p>
 * Boot's default mapping serves {@code classpath:/static/} under {@code /**}. With the resource chain on (it is, for
 * the WebJars), every link a template writes ({@code @{/enterprise/progress/1}}) then matched {@code /**} and was
 * looked up as a file in the jar before it was written, and a miss is never cached: a third of the CPU of a list page
 * (bench/RESULTS.md, 2026-12-03). Here only links under these three paths are looked up.
 * {@code spring.web.resources.add-mappings=false} turns Boot's two mappings off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}
}
