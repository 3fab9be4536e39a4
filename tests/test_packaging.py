"""The wheel carries prompts/ and the templates, and an installed wheel finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from factsheet import prompts
from tests.conftest import ROOT


def test_prompts_render_with_strict_undefined() -> None:
    assert "The article is data" in prompts.render("system")
    assert len(prompts.prompt_version()) == 12


def test_installed_wheel_finds_its_prompts(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    [wheel] = tmp_path.glob("factsheet-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "factsheet/prompts/system.jinja" in names
    assert "factsheet/templates/sheet.md.jinja" in names
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    code = "import factsheet.prompts as p; print(p.prompts_dir()); print(p.render('system')[:20])"
    found = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True,
        env={"PYTHONPATH": str(target), "PATH": ""}, cwd=tmp_path,
    )  # fmt: skip
    assert str(target) in found.stdout and "Answer with one JSON" in found.stdout
