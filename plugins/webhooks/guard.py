"""Where webhooks may not be sent (server-side request forgery): the service's own machine,
private networks, link-local addresses (cloud metadata services among them) and anything
else that is not a public address.

A URL naming such an address outright (``http://10.0.0.5/``, ``http://localhost/``) is
refused when it is registered. A host name is resolved when each delivery is made, and the
delivery is refused unless every address it resolves to is public; redirects are not
followed, so a public receiver cannot bounce a delivery inward. ``CMS_WEBHOOK_ALLOW_PRIVATE``
lifts the rule (a test or a single-machine trial whose receiver runs beside the service).
"""
import ipaddress
import socket

from flask import current_app

LOCAL_NAMES = ("localhost", "localhost.localdomain")


def private_allowed():
    return bool(current_app.config.get("CMS_WEBHOOK_ALLOW_PRIVATE"))


def public(address):
    """Whether ``address`` (text) is a public unicast address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def literal_refusal(host):
    """Why ``host`` as written may not receive webhooks (an address or a local name), or None."""
    if private_allowed():
        return None
    name = host.lower().rstrip(".")
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return f"{host} is this machine: give a public address."
    try:
        if not public(name.strip("[]")):
            return f"{host} is a private or local address: give a public one."
    except ValueError:
        return None          # a name: checked when each delivery is made
    return None


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
