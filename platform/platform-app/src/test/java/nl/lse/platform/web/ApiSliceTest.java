package nl.lse.platform.web;

/**
 * What every API slice needs besides its controller's service: the collaborators of
 * {@link SliceTest}; refusals answer as ProblemDetails ({@code ApiErrors}).
 */
public abstract class ApiSliceTest extends SliceTest {

}
