"""Settings shared by every environment.

Everything that differs between machines is read from the environment here, with a default
that works on a fresh machine: SQLite in the project folder, console e-mail, local-memory cache.
"""

import os
from pathlib import Path

import dj_database_url

from .media import media_storage

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "guides",
    "authors",
    "frameworks",
    "api",
    "renditions",
    "bookings",
    "page_cache",
    "changes",
    "webhooks",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    # wagtail.contrib.frontend_cache is left out on purpose: its signal handlers would purge a published
    # page's own address a second time; guides/signals.py purges everything a change touches, once.
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "rest_framework_api_key",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Admin hardening: failed-login lockout, TOTP two-factor for staff (see README "Security").
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    # A preview on an HTTPS-only site is the HTTPS page it previews, never redirected (config/previews.py).
    "config.previews.PreviewSchemeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files with hashed names, compressed, cached for a year; before anything that reads the
    # database, so they are served even while it is down.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cross-origin API reads for API_CORS_ORIGINS only; off by default (config/cors.py).
    "config.cors.APICorsMiddleware",
    # Content-Security-Policy (strict on public pages, looser on the admin), Permissions-Policy, CORP.
    "config.security_headers.ContentSecurityPolicyMiddleware",
    "config.security_headers.BrowserPolicyMiddleware",
    "config.request_guards.RejectNulCharactersMiddleware",
    # Anonymous readers are served kept pages from here on, before sessions and the database are touched
    # (page_cache/middleware.py); what it does not answer is compressed by GZip when the reader accepts it.
    "django.middleware.gzip.GZipMiddleware",
    "page_cache.middleware.PageCacheMiddleware",
    # Outside every middleware that can answer (redirects) or set a cookie (sessions, CSRF), so it
    # decides Cache-Control on the response as it leaves.
    "config.cache_headers.CacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A staff sign-in counts only once its TOTP code is verified (accounts/two_factor.py).
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor.RequireTwoFactorMiddleware",
    # The admin's move and chooser views show only pages the person may see (guides/admin_visibility.py).
    "guides.admin_visibility.PageVisibilityMiddleware",
    # A new page's form sent twice (an autosave and "Save draft" at once) creates it once (guides/create_once.py).
    "guides.create_once.CreateOnceMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Rate limits on page-view-restriction passwords; axes last, as its documentation asks.
    "config.rate_limits.PagePasswordRateLimitMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# DATABASE_URL selects the database (PostgreSQL in production and CI); unset means SQLite
# in the project folder, so the site runs with nothing installed but Python.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
# A connection kept across requests is checked before reuse, so after a database outage the next
# request reconnects instead of failing on a dead connection; a down server fails a request fast.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two processes write the file under `make run` (the web server and the worker). WAL lets readers
    # go on while one writes; a transaction takes the write lock when it begins (IMMEDIATE), so two
    # writers queue for up to `timeout` seconds instead of one failing with "database is locked" when
    # it upgrades a read to a write.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT_SECONDS", "20")),
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": os.environ.get("CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache"),
        "LOCATION": os.environ.get("CACHE_LOCATION", "guides-platform"),
    }
}
# Redis is optional at runtime: with it unreachable every request goes on uncached (django-redis
# IGNORE_EXCEPTIONS, short timeouts) instead of failing. A redis:// location picks django-redis, and
# so does Django's own RedisCache, which has no such switch.
if CACHES["default"]["LOCATION"].startswith(("redis://", "rediss://", "unix://")) and CACHES["default"]["BACKEND"] in (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.redis.RedisCache",
):
    CACHES["default"]["BACKEND"] = "django_redis.cache.RedisCache"
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    CACHES["default"]["OPTIONS"] = {
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("CACHE_TIMEOUT_SECONDS", "0.25")),
        "SOCKET_TIMEOUT": float(os.environ.get("CACHE_TIMEOUT_SECONDS", "0.25")),
    }

# The page cache for anonymous readers (page_cache/): beside the default cache, so API answers and rate
# limits never evict pages. With Redis every app server shares it and a purge reaches all of them at
# once; local memory is per process, so a purge made by another process (the worker's scheduled
# publishing) reaches it only when its copy expires: PAGE_CACHE_SECONDS is short there.
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": "pages"}
    PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 3600)))
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "guides-platform-pages",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_MAX_ENTRIES", "2000"))},
    }
    PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))
# Pages kept by another release are never served: set RELEASE to the deployed commit (without it, a
# digest of the templates stands in; see page_cache/store.py).
RELEASE = os.environ.get("RELEASE", "")

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "guides@localhost")
# SMTP, when EMAIL_BACKEND is django.core.mail.backends.smtp.EmailBackend.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))

# Discovery-call bookings (bookings/): who is told of a new request, the form's spam traps, how
# e-mails are retried, and how long requests are kept (manage.py purge_bookings).
BOOKINGS_SALES_EMAILS = env_list("BOOKINGS_SALES_EMAILS", "sales@localhost")
BOOKINGS_FORM_MIN_SECONDS = int(os.environ.get("BOOKINGS_FORM_MIN_SECONDS", "3"))
BOOKINGS_FORM_MAX_AGE_SECONDS = int(os.environ.get("BOOKINGS_FORM_MAX_AGE_SECONDS", str(6 * 3600)))
BOOKINGS_RATE_LIMIT = int(os.environ.get("BOOKINGS_RATE_LIMIT", "5"))
BOOKINGS_RATE_WINDOW_SECONDS = int(os.environ.get("BOOKINGS_RATE_WINDOW_SECONDS", "3600"))
BOOKINGS_EMAIL_RETRY_SECONDS = int(os.environ.get("BOOKINGS_EMAIL_RETRY_SECONDS", "60"))
BOOKINGS_EMAIL_MAX_ATTEMPTS = int(os.environ.get("BOOKINGS_EMAIL_MAX_ATTEMPTS", "6"))
# Webhooks (webhooks/tasks.py): how long a receiver may take to answer, the first retry delay
# (doubling) and the attempts before a delivery is marked failed.
WEBHOOKS_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOKS_TIMEOUT_SECONDS", "5"))
WEBHOOKS_RETRY_SECONDS = int(os.environ.get("WEBHOOKS_RETRY_SECONDS", "30"))
WEBHOOKS_MAX_ATTEMPTS = int(os.environ.get("WEBHOOKS_MAX_ATTEMPTS", "8"))
# A delivery "sending" this long after its timeout was left by a worker that stopped mid-send.
WEBHOOKS_STALLED_AFTER_SECONDS = int(os.environ.get("WEBHOOKS_STALLED_AFTER_SECONDS", "300"))
WEBHOOKS_KEEP_DAYS = int(os.environ.get("WEBHOOKS_KEEP_DAYS", "90"))
BOOKINGS_RETENTION_DAYS = int(os.environ.get("BOOKINGS_RETENTION_DAYS", "730"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set (see media.py).
STORAGES["default"] = media_storage(os.environ)
# Media on this machine's disk are served by the app under MEDIA_URL (config/media_files.py), in
# production too, unless a web server in front serves MEDIA_ROOT itself.
MEDIA_SERVED_BY_APP = env_bool(
    "MEDIA_SERVED_BY_APP",
    STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage" and MEDIA_URL.startswith("/"),
)

# Wagtail's page editor posts one field per block; long guides exceed Django's default.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Resourcifi Guides")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Upload limits a 2-core, 1 GB machine survives: a decoded image takes 3-4 bytes a pixel, so 50
# million pixels is ~200 MB in the one worker that makes its renditions (readers' requests never
# decode an original: see renditions/). Pillow's decompression-bomb guard uses the same figure.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_MEGAPIXELS", "50")) * 1_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "25")) * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "renditions.forms.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "pptx", "txt", "xlsx"]
WAGTAIL_I18N_ENABLED = False
# The admin makes no calls to outside services: no release check, no Gravatar avatars.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Pages purged from a CDN when content they show changes; empty means no CDN in front.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }

# How long a shared cache (CDN) may keep a public page. Purges keep it exact; see config/cache_headers.py.
PUBLIC_PAGE_CACHE_SECONDS = int(os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", "0"))

# The API (/api/v1/, see api/). Nothing is open by default (only the Wagtail admin's own
# API, for signed-in editors): each viewset states who may use it. Keys (Authorization: Api-Key ...)
# raise rate limits; the session is for the admin's own use.
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["api.access.AdminUsersOnly"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.access.APIKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "api.access.DebugOnlyBrowsableNegotiation",
    "DEFAULT_PAGINATION_CLASS": "api.access.PageNumberPagination",
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "api.filters.StrictOrderingFilter",
    ],
    "DEFAULT_THROTTLE_CLASSES": ["api.access.AnonymousThrottle", "api.access.APIKeyThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anonymous": os.environ.get("API_ANONYMOUS_RATE", "120/minute"),
        "key": os.environ.get("API_KEY_RATE", "2000/minute"),
        # Requests with a key that is not valid, per client: guessing keys is throttled.
        "failed_authentication": os.environ.get("API_FAILED_AUTHENTICATION_RATE", "20/minute"),
    },
    "EXCEPTION_HANDLER": "api.errors.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
# Browser apps on these origins may call the API (/api/ only): comma-separated, e.g.
# https://partner.example.com. Empty (the default): no cross-origin access (config/cors.py).
CORS_ALLOWED_ORIGINS = env_list("API_CORS_ORIGINS")
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS", "PATCH")
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified", "Retry-After", "Content-Disposition")
CORS_PREFLIGHT_MAX_AGE = 3600

# How long a rendered API answer is kept under its ETag (api/conditional.py); 0 turns it off.
API_RESPONSE_CACHE_SECONDS = int(os.environ.get("API_RESPONSE_CACHE_SECONDS", "300"))

SPECTACULAR_SETTINGS = {
    "TITLE": "Resourcifi Guides API",
    "DESCRIPTION": (
        "Everything the site publishes, as data: guides (the body as typed blocks, citations resolved), "
        "authors, teams, categories, calls to action, frameworks, languages, criteria, comparison matrices, "
        "adoption surveys, benchmarks and decision guides; the tables also as CSV and XLSX. Anonymous clients "
        "read published, public content; an API key (`Authorization: Api-Key <key>`, created in the admin) "
        "raises rate limits and reads booking requests.\n\n"
        'Every 4xx has one shape: `{"status": 400, "code": "invalid", "message": "...", '
        '"fields": {"name": ["..."]}}`. Lists are paged with `page` and `page_size` (at most 100).'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["api.schema.only_this_api"],
    # A booking's status and its history's from/to statuses are one choice set: one name in the schema.
    "ENUM_NAME_OVERRIDES": {"BookingStatusEnum": "bookings.models.Status"},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.formats.document_formats",
        "api.schema.document_parameters",
        "api.errors.document_errors",
    ],
}

# Background tasks (e-mails, renditions, cache purges, reference-index updates) wait in the database
# until `manage.py run_worker` runs them: any number of workers on any number of machines share it.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# How often run_worker publishes and expires scheduled pages and records.
SCHEDULER_INTERVAL_SECONDS = int(os.environ.get("SCHEDULER_INTERVAL_SECONDS", "60"))
# What the scheduler runs each round besides scheduled publishing: each a callable's dotted path.
WORKER_SCHEDULED_JOBS = ["webhooks.tasks.look_after_deliveries"]
# When the database goes away the worker waits for it, asking again after 1, 2, 4 ... seconds up to
# this, and runs again (at most WORKER_DATABASE_RERUNS times) a task the outage cut short (guides/worker.py).
WORKER_DATABASE_RETRY_MAX_SECONDS = float(os.environ.get("WORKER_DATABASE_RETRY_MAX_SECONDS", "30"))
WORKER_DATABASE_RERUNS = int(os.environ.get("WORKER_DATABASE_RERUNS", "5"))
# How often each run_worker says it is alive; the dashboard calls a worker missing after three beats,
# and the queue stuck when its oldest due task has waited WORKER_QUEUE_STUCK_SECONDS.
WORKER_HEARTBEAT_SECONDS = int(os.environ.get("WORKER_HEARTBEAT_SECONDS", "30"))
WORKER_QUEUE_STUCK_SECONDS = int(os.environ.get("WORKER_QUEUE_STUCK_SECONDS", "300"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # An outage (database unreachable) or a bad Host header is one line per request, not a traceback.
    "formatters": {"one_line_outages": {"()": "config.logging.OneLineOutageFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "one_line_outages"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Background tasks (cache purges) log every run at INFO; only their problems matter.
    "loggers": {"django_tasks": {"level": "WARNING"}, "wagtail": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}

# Security headers (config/security_headers.py). Public pages need no JavaScript: scripts only from our
# own origin (the editors' userbar) and never inline (JSON-LD is data, which CSP does not run or
# block), styles only from our own stylesheet.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# A preview is the public page under its own policy, framed by the admin (the live preview panel) on
# the admin's own origin.
PREVIEW_CONTENT_SECURITY_POLICY = {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": ["'self'"]}
# The Wagtail admin and the API docs page run their own scripts, some inline, and the admin frames its
# own previews: scripts and styles from our origin and inline, nothing from elsewhere.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
ADMIN_CONTENT_SECURITY_POLICY_PREFIXES = ("/admin/", "/django-admin/")
# Wagtail's widgets (choosers, date inputs) still write inline <script> elements (Wagtail issue #12940),
# so the admin as a whole needs 'unsafe-inline'. The pages anybody can reach before signing in carry
# none, so they run our origin's scripts only, unframed: sign-in, the two-factor steps, password reset.
ADMIN_SIGN_IN_CONTENT_SECURITY_POLICY = {
    **ADMIN_CONTENT_SECURITY_POLICY,
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "frame-ancestors": ["'none'"],
}
ADMIN_SIGN_IN_PREFIXES = ("/admin/login/", "/admin/logout/", "/admin/password_reset/", "/admin/two-factor/")
# The API docs page starts Swagger UI from a script of its own address (api/docs.py), so scripts come
# from our origin only; Swagger UI sets inline styles and draws its icons as data: images.
API_DOCS_CONTENT_SECURITY_POLICY = {
    **ADMIN_CONTENT_SECURITY_POLICY,
    "script-src": ["'self'"],
    "frame-ancestors": ["'none'"],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=()"
)
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Failed sign-ins: after AXES_FAILURE_LIMIT wrong passwords for one username from one address, or from
# one address whatever the usernames (one guesser trying many names), that address is locked out for
# AXES_COOLOFF_HOURS (django-axes, attempts kept in the database); the same person signs in from
# anywhere else.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

# Two-factor sign-in for the admin (django-otp, TOTP; accounts/two_factor.py): a user with an authenticator
# must enter its code after the password; with TWO_FACTOR_REQUIRED (on in production) every user must
# set one up before using the admin.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)
OTP_TOTP_ISSUER = os.environ.get("SITE_NAME", "Resourcifi Guides")

# Page-view-restriction passwords: at most this many tries per client address per minute.
PAGE_PASSWORD_ATTEMPTS_PER_MINUTE = int(os.environ.get("PAGE_PASSWORD_ATTEMPTS_PER_MINUTE", "5"))

# /readyz waits at most this long for the database and the cache.
READINESS_TIMEOUT_SECONDS = float(os.environ.get("READINESS_TIMEOUT_SECONDS", "2"))

# Approving the last task of a workflow publishes the content, whether or not the approver may publish
# directly: Engineering reviewers approve, Publishers publish (guides/workflow.py, guides/roles.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "guides.workflow.publish_approved"
# A page whose slug changes or that moves leaves a redirect from its old address (Wagtail's default,
# stated because guides rely on it: tests/guides/test_redirects.py).
WAGTAILREDIRECTS_AUTO_CREATE = True
