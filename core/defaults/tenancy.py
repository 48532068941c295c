"""Default ``tenant_from_request``: a configured host name, else the first path segment."""
from core.hookspecs import hookimpl


@hookimpl(trylast=True)
def tenant_from_request(request, tenants, config):
    host = (request.host or "").split(":")[0].lower()
    mapped = config["CMS_TENANT_HOSTS"].get(host)
    segment = request.path.strip("/").split("/", 1)[0]
    if mapped:
        # A host mapped to a tenant serves that tenant's portal only.
        return mapped if segment in ("", mapped) else None
    return segment if segment in tenants else None
