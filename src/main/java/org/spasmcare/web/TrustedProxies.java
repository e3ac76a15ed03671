package org.spasmcare.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The proxies whose {@code X-Forwarded-*} headers the app believes ({@code spasmcare.trusted-proxies},
 * {@code SPASMCARE_TRUSTED_PROXIES}): exact IP addresses, by default only this machine's own. Tomcat's own
 * default trusts every private address, so anyone on a clinic's network could claim any client address
 * (getting round the sign-in limit) or any host (in redirects).
 *
 * @param trustedProxies IPv4 or IPv6 addresses, written out (no names, no ranges)
 */
@ConfigurationProperties("spasmcare")
public record TrustedProxies(@DefaultValue({ "127.0.0.1", "::1" }) List<String> trustedProxies) {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    public TrustedProxies {
        trustedProxies = List.copyOf(trustedProxies.stream().map(String::strip).filter(a -> !a.isEmpty()).toList());
        for (String address : trustedProxies) {
            if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
                throw new IllegalArgumentException("spasmcare.trusted-proxies (SPASMCARE_TRUSTED_PROXIES) takes IP"
                        + " addresses, such as 172.28.0.10, separated by commas; '" + address + "' is not one."
                        + " Set it to the address your proxy (nginx) connects to SpasmCare from.");
            }
            parse(address);
        }
    }

    /**
     * The addresses as the regular expression Tomcat's RemoteIpValve matches the connecting address against,
     * each also in the written-out form Tomcat reports IPv6 addresses in ({@code 0:0:0:0:0:0:0:1} for
     * {@code ::1}). Matches nothing when the list is empty.
     */
    public String pattern() {
        Set<String> forms = new LinkedHashSet<>();
        for (String address : trustedProxies) {
            forms.add(address);
            forms.add(parse(address).getHostAddress());
        }
        if (forms.isEmpty()) {
            return "(?!)";
        }
        return forms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static InetAddress parse(String literal) {
        try {
            // a literal address (checked above), so no name lookup happens
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("spasmcare.trusted-proxies: '" + literal + "' is not an IP address", e);
        }
    }
}
