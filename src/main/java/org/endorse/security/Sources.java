package org.endorse.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Where sign-in attempts come from, as {@link LoginThrottle} counts them: an IPv4 address, or the /64 network of
 * an IPv6 address, since one host is given a whole /64 and may send from any address in it.
 */
final class Sources {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private Sources() {
    }

    static String grouped(String address) {
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            // A literal, never looked up: the pattern above lets through nothing a resolver would be asked about.
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // ::ffff:192.0.2.1, an IPv4 client
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
