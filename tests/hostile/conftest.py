"""Fixtures for the hostile suite: a real tiny disk, and the sample's archive to tamper with."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from scar_diary.archive.export import export_archive
from scar_diary.services.diary import Diary
from tests.ui.conftest import make_window, own_dir

__all__ = ["make_window", "own_dir"]  # the window fixtures, for the tests in the window


def mount_tiny_disk(mount_point: Path, size: str = "256k") -> bool:
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 kB file system (tmpfs). Needs the right to mount, as CI's root has."""
    mount_point = tmp_path / "tiny-disk"
    if not mount_tiny_disk(mount_point):
        if os.environ.get("SCAR_DIARY_CI"):
            pytest.fail("CI runs as root and can mount a test file system")
        pytest.skip("a small test file system cannot be mounted here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


@pytest.fixture(scope="session")
def sample_zip(tmp_path_factory: pytest.TempPathFactory, sample_template: Path) -> Path:
    diary = Diary.open(sample_template)
    try:
        return export_archive(diary.db, tmp_path_factory.mktemp("zip") / "sample.zip")
    finally:
        diary.close()
