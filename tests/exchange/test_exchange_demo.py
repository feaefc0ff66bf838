"""The demo centre has head office as its exchange partner (its key trusted, the key file kept
in the data folder), so File → Exchange lists a centre to send a bundle to."""

from __future__ import annotations

from pathlib import Path

from issp_desktop.app import open_services
from issp_desktop.config.paths import resolve_paths
from issp_desktop.domain.certificates import key_id
from issp_desktop.services import Services
from issp_desktop.services.certificate_keys import read_key_file
from issp_desktop.services.demo_exchange import FOLDER, HEAD_OFFICE, head_office_key


def test_demo_trusts_its_head_office(demo_services: Services) -> None:
    partners = demo_services.exchange.partners()
    assert [p.name for p in partners] == [HEAD_OFFICE]
    assert partners[0].key_id == key_id(head_office_key(7)[1])
    assert partners[0].acked_seq == 0 and partners[0].last_import_at is None


def test_the_key_file_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    services = open_services(resolve_paths(tmp_path / "data"), create=True)
    try:
        services.demo.build(people=12, seed=3)
        found = read_key_file(tmp_path / "data" / FOLDER / "head-office.key")
        assert found.centre == HEAD_OFFICE and found.public_key == head_office_key(3)[1]
        assert [p.key_id for p in services.exchange.partners()] == [found.key_id]
    finally:
        services.db.dispose()
