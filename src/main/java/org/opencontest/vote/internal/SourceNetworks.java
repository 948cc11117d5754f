package org.opencontest.vote.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The source network of a request's address, the unit of the per-network rate limit and of the anomaly review: the
 * IPv4 /24 (one subnet, one office or one host provider's block) or the IPv6 /48 (one site). Only literal addresses
 * are read, never names (no lookup); anything else is the network {@code unknown}.
 */
final class SourceNetworks {

    static final String UNKNOWN = "unknown";

    private SourceNetworks() {
    }

    static String of(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f:.%\\[\\]]+")) {
            return UNKNOWN;
        }
        String literal = address.strip().replace("[", "").replace("]", "");
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException | SecurityException notLiteral) {
            return UNKNOWN;
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
        }
        if (isMappedIpv4(bytes)) {
            return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + ".0/24";
        }
        return String.format("%x:%x:%x::/48", word(bytes, 0), word(bytes, 2), word(bytes, 4));
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static int word(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
    }
}
