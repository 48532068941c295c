"""Where webhooks may not be sent (server-side request forgery): the service's own machine,
private networks, link-local addresses (cloud metadata services among them) and anything
else that is not a public address.

One rule serves registration and delivery. A host is read as the resolver reads it
(:func:`literal_address`): ``0x7f000001``, ``2130706433``, ``127.1``, ``0177.0.0.1`` and
``0`` are IPv4 addresses written other ways, and ``[::ffff:127.0.0.1]`` is an IPv4 address
inside an IPv6 one (:func:`public` looks inside). A URL naming a refused address in any of
these forms, or ``localhost``, is refused when it is registered. A host name is resolved
when each delivery is made, and the delivery is refused unless every address it resolves
to is public; redirects are not followed, so a public receiver cannot bounce a delivery
inward. ``CMS_WEBHOOK_ALLOW_PRIVATE`` lifts the rule (a test or a single-machine trial whose
receiver runs beside the service).
"""
import ipaddress
import socket

from flask import current_app

LOCAL_NAMES = ("localhost", "localhost.localdomain")
NAT64 = ipaddress.ip_network("64:ff9b::/96")          # RFC 6052: an IPv4 address in the low bits
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")       # RFC 4291's deprecated ::a.b.c.d


def private_allowed():
    return bool(current_app.config.get("CMS_WEBHOOK_ALLOW_PRIVATE"))


def _embedded_ipv4(ip):
    """The IPv4 address an IPv6 one carries (mapped, 6to4, NAT64, IPv4-compatible), or None."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in NAT64 or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def public(address):
    """Whether ``address`` (text or an ``ipaddress`` address) is a public unicast address;
    an IPv6 address that carries an IPv4 one is as public as that."""
    ip = address if not isinstance(address, str) else ipaddress.ip_address(address.split("%", 1)[0])
    inner = _embedded_ipv4(ip) if ip.version == 6 else None
    if inner is not None:
        return public(inner)
    return ip.is_global and not ip.is_multicast


def literal_address(host):
    """The address ``host`` (a URL's host, brackets and all) is, read as the resolver reads
    it; None when it is a name. IPv4 is read as ``inet_aton`` reads it: one to four parts,
    each decimal, octal (a leading 0) or hexadecimal (0x)."""
    text = host.strip("[]") if host.startswith("[") else host
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        pass
    try:
        text = text.encode("idna").decode("ascii")   # as socket does: full stops and digits of any script
    except UnicodeError:
        return None
    if not text or any(c.isspace() for c in text):   # inet_aton would read up to a space
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(text))
    except OSError:
        return None


def literal_refusal(host):
    """Why ``host`` as written may not receive webhooks (an address or a local name), or None."""
    if private_allowed():
        return None
    name = host.lower().rstrip(".")
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return f"{host} is this machine: give a public host name or address."
    address = literal_address(host)
    if address is None:
        return None          # a name: checked when each delivery is made
    if public(address):
        return None
    inner = _embedded_ipv4(address) if address.version == 6 else None
    if inner is not None:
        what = f"{host} carries the IPv4 address {inner}, a private or local address"
    elif host.strip("[]").lower() == str(address):
        what = f"{host} is a private or local address"
    else:
        what = f"{host} is {address} written another way, a private or local address"
    return f"{what}: give a public host name or address."


def delivery_refusal(host, port):
    """Why a delivery to ``host`` may not be made now (it resolves to a private or local
    address, or does not resolve), or None."""
    if private_allowed():
        return None
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        return f"{host} cannot be resolved ({exc})"
    for *_, sockaddr in found:
        if not public(sockaddr[0]):
            return f"refused: {host} resolves to {sockaddr[0]}, a private or local address"
    return None
