"""Local development: debug on, a throwaway secret key, any local host, and the tools in devtools/."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1"]  # noqa: F405

# Benchmarks, volume generators and load tools (devtools/): here and in the test settings, never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405
