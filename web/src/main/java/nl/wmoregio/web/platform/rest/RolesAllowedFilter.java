package nl.wmoregio.web.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on resource methods (or their class) with a 403 problem. A
 * resource method without any of these annotations is refused: a forgotten annotation fails closed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RolesAllowedFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            refuse(request);
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(PermitAll.class)) {
            roles = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
            if (roles == null && !resourceInfo.getResourceClass().isAnnotationPresent(PermitAll.class)) {
                refuse(request);
                return;
            }
        }
        if (roles != null && Arrays.stream(roles.value()).noneMatch(request.getSecurityContext()::isUserInRole)) {
            refuse(request);
        }
    }

    private static void refuse(ContainerRequestContext request) {
        request.abortWith(Problem.geenToegang());
    }
}
