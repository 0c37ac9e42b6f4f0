package nl.lse.platform.portal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Dutch first, English second: the browser's language when it asks for English, Dutch in
 * every other case.
 */
@Configuration(proxyBeanMethods = false)
class PortalLanguage {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(DUTCH, Locale.ENGLISH));
		resolver.setDefaultLocale(DUTCH);
		return resolver;
	}

}
