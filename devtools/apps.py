"""Benchmarks, volume generators and load tools: installed by the dev and test settings only.

Production's INSTALLED_APPS leave this app out, so `manage.py help` there lists no benchmark and a
production install needs none of what these tools use. Imports run one way: devtools imports the
domain apps (guides, frameworks, authors, renditions, page_cache) to measure them; none imports it.
"""

from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    name = "devtools"
    verbose_name = "Development tools"
