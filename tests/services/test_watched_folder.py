"""The watched folder: photos appearing, a sync app still writing one, renames, removals;
the folder itself is never changed."""

from __future__ import annotations

from pathlib import Path

from scar_diary.services.watched_folder import FolderWatch
from tests.images import photo


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_a_photo_is_taken_once_it_has_settled(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path, [], [])
    photo(tmp_path / "IMG_1.jpg", size=(320, 240))
    assert watch.look() == []  # seen for the first time: maybe still being written
    (arrived,) = watch.look()
    assert arrived.name == "IMG_1.jpg" and arrived.data == (tmp_path / "IMG_1.jpg").read_bytes()
    assert watch.look() == []  # taken once


def test_a_file_still_being_written_waits(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path, [], [])
    full = photo(tmp_path / "source.jpg", size=(640, 480)).read_bytes()
    (tmp_path / "source.jpg").unlink()
    target = tmp_path / "IMG_2.jpg"
    target.write_bytes(full[: len(full) // 2])
    assert watch.look() == []
    with target.open("ab") as handle:  # the sync app goes on writing
        handle.write(full[len(full) // 2 :])
    assert watch.look() == []  # it changed since the last look
    (arrived,) = watch.look()
    assert arrived.data == full


def test_partial_and_hidden_files_and_other_kinds_are_passed_over(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path, [], [])
    photo(tmp_path / "IMG_3.jpg.part", size=(320, 240), format="JPEG")
    photo(tmp_path / ".syncthing.IMG_4.jpg.tmp", size=(320, 240), format="JPEG")
    photo(tmp_path / ".hidden.jpg", size=(320, 240))
    (tmp_path / "notes.txt").write_text("not a photo")
    (tmp_path / "empty.jpg").write_bytes(b"")
    watch.look()
    assert watch.look() == []


def test_a_renamed_or_moved_photo_is_not_taken_twice(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path, [], [])
    photo(tmp_path / "IMG_5.jpg", size=(320, 240))
    watch.look()
    assert len(watch.look()) == 1
    (tmp_path / "Camera").mkdir()
    (tmp_path / "IMG_5.jpg").rename(tmp_path / "Camera" / "renamed.jpg")
    watch.look()
    assert watch.look() == []


def test_a_removed_photo_changes_nothing_and_a_new_one_comes(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path, [], [])
    photo(tmp_path / "IMG_6.jpg", size=(320, 240))
    watch.look()
    assert len(watch.look()) == 1
    (tmp_path / "IMG_6.jpg").unlink()
    photo(tmp_path / "IMG_7.jpg", size=(320, 240), color=(10, 200, 10))
    watch.look()
    assert [a.name for a in watch.look()] == ["IMG_7.jpg"]


def test_what_was_taken_before_is_remembered_across_starts(tmp_path: Path) -> None:
    photo(tmp_path / "IMG_8.jpg", size=(320, 240))
    first = FolderWatch(tmp_path, [], [])
    first.look()
    assert len(first.look()) == 1
    again = FolderWatch(tmp_path, first.taken_keys, first.taken_hashes)
    again.look()
    assert again.look() == []


def test_the_folder_is_never_changed(tmp_path: Path) -> None:
    for index in range(3):
        photo(tmp_path / f"IMG_{index}.jpg", size=(320, 240), color=(index * 50, 90, 90))
    (tmp_path / "sub").mkdir()
    photo(tmp_path / "sub" / "deep.png", size=(100, 100), format="PNG")
    before = _snapshot(tmp_path)
    watch = FolderWatch(tmp_path, [], [])
    watch.look()
    assert len(watch.look()) == 4
    assert _snapshot(tmp_path) == before  # no file written, renamed, touched or removed


def test_a_folder_that_is_gone_yields_nothing(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path / "unplugged drive", [], [])
    assert watch.look() == [] and watch.look() == []
