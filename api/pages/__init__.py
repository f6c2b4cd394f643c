"""Case studies and content pages (services, about, privacy) in the API, read-only."""
