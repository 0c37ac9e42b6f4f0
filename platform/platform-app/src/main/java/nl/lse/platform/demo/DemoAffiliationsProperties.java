package nl.lse.platform.demo;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo chain-partner affiliations of a local run.
 *
 * @param affiliations who works for which registry organisation in which municipality
 */
@ConfigurationProperties("lse.demo")
record DemoAffiliationsProperties(@DefaultValue List<Affiliation> affiliations) {

	record Affiliation(String tenant, String username, String organisation) {
	}

}
