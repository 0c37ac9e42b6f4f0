package nl.lse.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session attribute written by an earlier version of the platform (a class whose shape
 * has changed since, such as the signed-in user after roles became per municipality)
 * reads as absent instead of failing the request: the user is asked to sign in again,
 * never shown an error page.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributes {

	private static final Logger log = LoggerFactory.getLogger(SessionAttributes.class);

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> tolerantSessionAttributes() {
		return (repository) -> {
			GenericConversionService conversions = new GenericConversionService();
			conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
			DeserializingConverter deserializer = new DeserializingConverter(SessionAttributes.class.getClassLoader());
			conversions.addConverter(byte[].class, Object.class, tolerant(deserializer));
			repository.setConversionService(conversions);
		};
	}

	private static Converter<byte[], Object> tolerant(DeserializingConverter deserializer) {
		return (bytes) -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException ex) {
				log.info("A session attribute of an earlier version was dropped: {}",
						ex.getMostSpecificCause().toString());
				return null;
			}
		};
	}

}
