package nl.wmoregio.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import nl.wmoregio.web.platform.rest.DatabaseStoring;
import nl.wmoregio.web.platform.rest.Problem;

/**
 * One mechanism, two doors: HTTP Basic for {@code /api/*} (stateless, no session is created),
 * and a form login for the screens (the login page calls SecurityContext.authenticate; the
 * identity is then kept in the HTTP session, whose id is renewed at login).
 * Jakarta Security 3 allows a single mechanism per application, hence the split here.
 */
@ApplicationScoped
public class WmoAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = WmoAuthenticationMechanism.class.getName() + ".identity";
    static final String SESSION_ORIGINAL_URL = WmoAuthenticationMechanism.class.getName() + ".originalUrl";
    public static final String REALM = "wmo-regio";
    /** Request attribute set when a form login was refused by the throttle, for the login page's message. */
    public static final String GEBLOKKEERD = WmoAuthenticationMechanism.class.getName() + ".geblokkeerd";

    record SessionIdentity(String caller, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    nl.wmoregio.gebruiker.boundary.GebruikerService gebruikers;

    /** How long a screen session's user check is trusted (M4): a deactivation counts within this time. */
    static final long HERCONTROLE_MS = Long.getLong("wmo.sessie.hercontroleMs", 5_000L);
    /** Absolute lifetime of a screen session, however active (M4). */
    static final long MAX_LEVENSDUUR_MS = Long.getLong("wmo.sessie.maxLevensduurMs", 8L * 60 * 60 * 1000);
    static final String GECONTROLEERD = WmoAuthenticationMechanism.class.getName() + ".gecontroleerd";

    @Inject
    AanmeldBeperking beperking;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        SessionIdentity identity = session == null ? null : (SessionIdentity) session.getAttribute(SESSION_IDENTITY);
        if (identity != null) {
            identity = hervalideer(session, identity);
        }
        if (identity != null) {
            return context.notifyContainerAboutLogin(identity.caller(), identity.groups());
        }
        if (context.isProtected()) {
            rememberOriginalUrl(request);
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    /**
     * M4 (issue 16): a screen session follows the user row. At most every {@link #HERCONTROLE_MS} ms
     * (one indexed read, no hashing) the user is read again: deactivated or removed ends the session,
     * changed roles count from that request on. A session ends after {@link #MAX_LEVENSDUUR_MS}
     * whatever its activity (absolute lifetime; the idle timeout is web.xml's). Returns the identity
     * to use, or null when the session ended.
     */
    SessionIdentity hervalideer(HttpSession session, SessionIdentity identity) {
        long nu = System.currentTimeMillis();
        try {
            if (nu - session.getCreationTime() > MAX_LEVENSDUUR_MS) {
                session.invalidate();
                return null;
            }
            Long gecontroleerd = (Long) session.getAttribute(GECONTROLEERD);
            if (gecontroleerd != null && nu - gecontroleerd < HERCONTROLE_MS) {
                return identity;
            }
            java.util.Optional<nl.wmoregio.gebruiker.boundary.Aanmelding> actueel;
            try {
                actueel = gebruikers.actueel(identity.caller());
            } catch (RuntimeException databaseFout) {
                return identity; // checked again on the next request; the page itself reports the outage
            }
            if (actueel.isEmpty()) {
                session.invalidate();
                return null;
            }
            SessionIdentity nieuw = identity;
            if (!actueel.get().rollen().equals(identity.groups())) {
                nieuw = new SessionIdentity(identity.caller(), Set.copyOf(actueel.get().rollen()));
                session.setAttribute(SESSION_IDENTITY, nieuw);
            }
            session.setAttribute(GECONTROLEERD, nu);
            return nieuw;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_IDENTITY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String user = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
        if (beperking.wachttijd(user, adres(request)) > 0) {
            request.setAttribute(GEBLOKKEERD, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            beperking.mislukt(user, adres(request));
            return AuthenticationStatus.SEND_FAILURE;
        }
        beperking.gelukt(user, adres(request));
        request.getSession(true);
        request.changeSessionId(); // no session fixation
        request.getSession().setAttribute(SESSION_IDENTITY,
                new SessionIdentity(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? unauthorized(request, response, "Meld u aan met HTTP Basic") : context.doNothing();
        }
        UsernamePasswordCredential credential = decode(header.substring(6).strip());
        if (credential == null) {
            return unauthorized(request, response, "De Authorization-header is geen geldige Basic-aanmelding");
        }
        long wachten = beperking.wachttijd(credential.getCaller(), adres(request));
        if (wachten > 0) {
            return tooManyAttempts(request, response, wachten);
        }
        CredentialValidationResult result;
        try {
            result = identityStoreHandler.validate(credential);
        } catch (RuntimeException e) {
            if (DatabaseStoring.herken(e)) {
                return databaseUnavailable(request, response);
            }
            throw e;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            beperking.mislukt(credential.getCaller(), adres(request));
            return unauthorized(request, response, "Onjuiste gebruikersnaam of wachtwoord");
        }
        beperking.gelukt(credential.getCaller(), adres(request));
        return context.notifyContainerAboutLogin(result);
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            SecurityHeadersFilter.apply(request, response);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.json(401, "Niet aangemeld", detail, "NIET_AANGEMELD", null));
            response.flushBuffer(); // committed: the container adds no HTML error page
        } catch (IOException e) {
            // The client went away; nothing left to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The users live in the database: while it is down, say so (503) instead of failing with a 500. */
    private static AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            SecurityHeadersFilter.apply(request, response);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.json(503, "Tijdelijk niet beschikbaar",
                    "De database is niet bereikbaar; probeer het zo opnieuw", "DATABASE_ONBEREIKBAAR", null));
            response.flushBuffer();
        } catch (IOException e) {
            // The client went away; nothing left to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long seconds) {
        try {
            SecurityHeadersFilter.apply(request, response);
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.json(429, "Te veel aanmeldpogingen",
                    "Te veel mislukte aanmeldpogingen; probeer het over " + seconds + " seconden opnieuw",
                    "AANMELDEN_GEBLOKKEERD", null));
            response.flushBuffer();
        } catch (IOException e) {
            // The client went away; nothing left to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * L14 (issue 16): decided on the path the container maps (servlet path + path info, path
     * parameters removed), not on the raw URI: {@code /wmo/api;x=1/v1/...} reaches the API, so it is
     * an API request (HTTP Basic only, no session).
     */
    /** M5 (issue 16): the client's address, also behind a trusted reverse proxy (WMO_VERTROUWDE_PROXIES). */
    private String adres(HttpServletRequest request) {
        return beperking.adres(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    static boolean isApi(HttpServletRequest request) {
        String path = (request.getServletPath() == null ? "" : request.getServletPath())
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/api") || path.startsWith("/api/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static void rememberOriginalUrl(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getSession(true).setAttribute(SESSION_ORIGINAL_URL, path + (query == null ? "" : "?" + query));
    }

    /** Where to go after login: the page that was asked for, never another site. */
    public static String takeOriginalUrl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object url = session == null ? null : session.getAttribute(SESSION_ORIGINAL_URL);
        if (session != null) {
            session.removeAttribute(SESSION_ORIGINAL_URL);
        }
        if (url instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("login.xhtml")) {
            return path;
        }
        return "/index.xhtml";
    }

}
