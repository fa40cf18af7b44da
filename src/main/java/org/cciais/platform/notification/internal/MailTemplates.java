package org.cciais.platform.notification.internal;

import java.util.Locale;
import java.util.Map;

import org.cciais.platform.shared.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the HTML and text parts of an e-mail from {@code templates/mail/NAME.html} and {@code NAME.txt}. */
@Component
class MailTemplates {

	record Rendered(String text, String html) {
	}

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates(MessageSource messages) {
		engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
		engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	Rendered render(String name, Map<String, Object> variables, Locale language) {
		Context context = new Context(Languages.supported(language), variables);
		return new Rendered(engine.process(name + ".txt", context).strip(), engine.process(name + ".html", context));
	}

	private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix("");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}
}
