"""The REST channel at /api/v1/: everything the site publishes, as typed data, for sales and other channels.

One package, as Wagtail's own `wagtail/api/v2/` is: the router (urls.py), the base viewset whose class
attributes hold the shared behaviour (base.py), who may call and how often (access.py), the one error
shape (errors.py), CSV and XLSX (formats.py), ETags and 304s (conditional.py), what the schema says beyond
what it infers (schema.py), and one package per domain with its viewsets, filters and serializers. The
domain apps never import this package; it imports them.
"""
