package nl.lse.admin.users;

import java.util.List;

/**
 * A user of a municipality as the API shows them.
 *
 * @param id the Keycloak user id (the {@code sub} of their tokens)
 * @param groups the municipality groups they are in there
 */
public record MunicipalUser(String id, String username, String name, String email, List<String> groups) {

}
