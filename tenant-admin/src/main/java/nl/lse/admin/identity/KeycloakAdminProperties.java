package nl.lse.admin.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service account tenant-admin works in Keycloak with.
 *
 * @param clientId its client ({@code lse-provisioning})
 * @param clientSecret its secret ({@code LSE_PROVISIONING_CLIENT_SECRET})
 */
@ConfigurationProperties("lse.admin.keycloak")
public record KeycloakAdminProperties(@DefaultValue("lse-provisioning") String clientId, String clientSecret) {

}
