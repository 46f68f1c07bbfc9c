"""The read-only JSON content API, /api/v1/ (OpenAPI at /api/v1/openapi.json)."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="akhbar content API",
    version="1",
    description="Read-only access to published articles, sections, tags and people.",
    urls_namespace="api",
)
