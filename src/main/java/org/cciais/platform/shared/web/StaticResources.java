package org.cciais.platform.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each folder under its own path: {@code /webjars/**} (Bootstrap, htmx, ECharts; the pages name
 * them without a version and the links are written with it), {@code /css/**} and {@code /js/**} (the platform's own).
 * <p>
 * Boot's default mapping serves {@code classpath:/static/} under {@code /**}. With the resource chain on (it is, for
 * the WebJars), every link a template writes ({@code @{/enterprise/progress/1}}) then matched {@code /**} and was
 * looked up as a file in the jar before it was written, and a miss is never cached: a third of the CPU of a list page
 * (bench/RESULTS.md, 2026-12-03). Here only links under these three paths are looked up.
 * {@code spring.web.resources.add-mappings=false} turns Boot's two mappings off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
	}
}
