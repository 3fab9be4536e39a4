"""The embedded model's file: assembled from its parts and checked, rebuilt when damaged, never
used when its checksum fails. Small stand-in part files (not the model) keep this fast."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from factsheet import local
from factsheet.errors import LocalModelError


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    files = []
    for n in range(3):
        path = tmp_path / f"part{n}.bin"
        path.write_bytes(bytes([n]) * 1000)
        files.append(path)
    whole = b"".join(p.read_bytes() for p in files)
    monkeypatch.setattr(local, "_part_files", lambda: files)
    monkeypatch.setattr(local, "MODEL_SHA256", hashlib.sha256(whole).hexdigest())
    return files


def test_a_damaged_model_file_is_rebuilt_from_its_parts(parts: list[Path]) -> None:
    model = local.bundled_model()
    whole = b"".join(p.read_bytes() for p in parts)
    assert model.read_bytes() == whole
    model.write_bytes(b"garbage" + whole[7:])  # damaged on disk (a bad sector, a stray write)
    assert local.bundled_model().read_bytes() == whole


def test_parts_that_fail_the_checksum_are_never_used(parts: list[Path]) -> None:
    parts[1].write_bytes(b"\x09" * 1000)
    with pytest.raises(LocalModelError, match="SHA-256"):
        local.bundled_model()
    assert not list((local.cache_dir() / "models").glob("*.gguf"))  # nothing half-made is left
