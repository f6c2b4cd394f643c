"""The local production server's static files are those production serves readers (devtools/app_server.py)."""

import json

from devtools.app_server import collect_static


def test_collected_static_files_carry_compressed_copies_of_the_sites_own_files_only(tmp_path):
    collect_static(tmp_path)

    names = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    css = tmp_path / names["css/site.css"]
    assert css.with_name(css.name + ".br").exists() and css.with_name(css.name + ".gz").exists()
    # The admin's files are served as they are: compressing them all would cost a minute a run.
    admin = tmp_path / names["wagtailadmin/css/core.css"]
    assert admin.exists() and not admin.with_name(admin.name + ".gz").exists()
