package nl.wmoregio.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** L4 (issue 16): HSTS on a secure request, not on plain HTTP (the run command's localhost). */
class SecurityHeadersFilterTest {

    @Test
    void hstsOnlyOverTls() {
        assertEquals("max-age=31536000; includeSubDomains", headers(true).get("Strict-Transport-Security"));
        if (!SecurityHeadersFilter.HTTPS) {
            assertNull(headers(false).get("Strict-Transport-Security"));
        }
        assertEquals("nosniff", headers(false).get("X-Content-Type-Options"));
    }

    private static Map<String, String> headers(boolean secure) {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "isSecure" -> secure;
                    case "getRequestURI" -> "/wmo/index.xhtml";
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    if (m.getName().equals("setHeader")) {
                        headers.put((String) a[0], (String) a[1]);
                    }
                    return null;
                });
        SecurityHeadersFilter.apply(request, response);
        return headers;
    }
}
