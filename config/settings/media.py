"""Where uploaded media (images, documents, renditions) is stored: a local folder by default, an
S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Scaleway...) when AWS_STORAGE_BUCKET_NAME is set.

The variables keep django-storages' own setting names, so its documentation reads straight across.
Media URLs are plain (unsigned) object URLs, or under AWS_S3_CUSTOM_DOMAIN when a CDN fronts the
bucket: pages are cached publicly, so a URL must not expire. The bucket (or the CDN) serves objects
publicly; nothing in it is private (drafts' images are not secret once a URL is known, as on disk).
"""


def media_storage(environ):
    """STORAGES["default"] for this environment."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "querystring_auth": False,
        "file_overwrite": False,  # two uploads named photo.jpg get two objects
        "default_acl": None,  # the bucket's policy decides; many providers refuse per-object ACLs
        "location": environ.get("AWS_LOCATION", "").strip("/"),
    }
    optional = {
        "endpoint_url": "AWS_S3_ENDPOINT_URL",
        "region_name": "AWS_S3_REGION_NAME",
        "custom_domain": "AWS_S3_CUSTOM_DOMAIN",
        "access_key": "AWS_ACCESS_KEY_ID",
        "secret_key": "AWS_SECRET_ACCESS_KEY",
    }
    for option, variable in optional.items():
        if environ.get(variable):
            options[option] = environ[variable]
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
