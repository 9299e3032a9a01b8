"""`make bench` row for photos from the phone: 50 phone photos (3–4 MB each) sent over
loopback by a sender in its own process (as a phone is its own device), received, matched
against the large diary's 40 scars and added to them, while a heartbeat measures the GUI
thread's longest stall."""

from __future__ import annotations

from pathlib import Path

from benchmarks.measure import PROBE, Row, median_of, run_script

SENDER = """
import hashlib, http.client, json, ssl, sys
port, files = int(sys.argv[1]), sys.argv[2:]
context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
context.check_hostname = False
context.verify_mode = ssl.CERT_NONE  # the bench trusts its own receiver
def call(path, body):
    conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=300, context=context)
    conn.request("POST", "/api/localsend/v2/" + path, body=body)
    reply = conn.getresponse(); data = reply.read(); conn.close()
    return reply.status, data
offers, blobs = {}, {}
for index, name in enumerate(files):
    data = open(name, "rb").read()
    offers[f"f{index}"] = {"id": f"f{index}", "fileName": f"IMG_{index:04d}.jpg",
        "size": len(data), "fileType": "image/jpeg", "sha256": hashlib.sha256(data).hexdigest()}
    blobs[f"f{index}"] = data
info = {"alias": "Bench Phone", "version": "2.1", "deviceType": "mobile",
        "fingerprint": "bench", "port": 53317, "protocol": "https", "download": False}
status, body = call("prepare-upload", json.dumps({"info": info, "files": offers}).encode())
assert status == 200, status
answer = json.loads(body)
for file_id, token in answer["files"].items():
    status, _ = call(f"upload?sessionId={answer['sessionId']}&fileId={file_id}&token={token}",
                     blobs[file_id])
    assert status == 200, status
"""

RECEIVE = (
    PROBE
    + """
import os, shutil, subprocess, sys, tempfile, time
from pathlib import Path
from scar_diary.ui.app import start_app
from scar_diary.ui.tasks import Lane
work = Path(tempfile.mkdtemp())
diary_dir = work / "diary"
shutil.copytree(Path(sys.argv[1]), diary_dir, ignore=shutil.ignore_patterns("backups", "logs"))
sender_code = sys.argv[2]
app, window = start_app(diary_dir)
until(app, lambda: window.diary is not None)
diary = window.diary
latest = diary.photos.latest()
scar_ids = sorted(latest)
outgoing = work / "phone"
outgoing.mkdir()
files = []
for index in range(50):
    scar_id = scar_ids[index % len(scar_ids)]
    data = diary.photos.read(latest[scar_id][0])
    # a phone's next photo of that scar: another file (3-4 MB), the same skin
    data = data + os.urandom(3_400_000 - len(data)) if len(data) < 3_400_000 else data + b"x"
    target = outgoing / f"IMG_{index:04d}.jpg"
    target.write_bytes(data)
    files.append(str(target))
window.show_page(window.holders["inbox"])
page = window.page("inbox")
receive = window.intake.open_receiver()
receive.bridge.asked.connect(lambda *_: receive.accept_button.click(), type=Qt.QueuedConnection)
beat = Heartbeat()
beat.start()
started = time.perf_counter()
sender = subprocess.Popen([sys.executable, "-c", sender_code, str(receive.receiver.port), *files])
until(app, lambda: sender.poll() is not None and diary.inbox.count() == 50)
received = time.perf_counter() - started
until(app, lambda: len(page.suggestions) == 50 and not window.runner.busy(Lane.IMAGES))
matched = time.perf_counter() - started
chosen = len(page.chosen())
sure = sum(1 for s in page.suggestions.values() if s.sure)
page.add_chosen()
until(app, lambda: len(page.photos) == 50 - chosen and not page.alignments
      and not window.runner.busy(Lane.IMAGES) and not window.runner.busy(Lane.DIARY))
done = time.perf_counter() - started
stall = beat.stop()
receive.close()
print(json.dumps({"stall": stall, "received": received, "matched": matched, "done": done,
                  "chosen": chosen, "sure": sure}))
"""
).replace(
    "import json, resource, time", "import json, resource, time\nfrom PySide6.QtCore import Qt"
)


def phone(paths: dict[str, Path], runs: int) -> list[Row]:
    reports = [run_script(RECEIVE, str(paths["large"]), SENDER).report for _ in range(runs)]
    stall = median_of([r["stall"] for r in reports])
    last = reports[-1]
    return [
        Row(
            "longest GUI-thread stall: receiving 50 phone photos, matching and adding them",
            "a 5 ms QTimer heartbeat",
            stall,
            "ms",
            "≤ 50 ms",
            stall <= 50,
            f"received in {median_of([r['received'] for r in reports]):.1f} s, suggestions "
            f"in {median_of([r['matched'] for r in reports]):.1f} s, added and lined up in "
            f"{median_of([r['done'] for r in reports]):.1f} s; {last['chosen']} of 50 given a "
            f"scar, {last['sure']} sure (the large diary's scars share a few generated "
            "pictures, so no match is sure there)",
        )
    ]
