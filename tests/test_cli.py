"""The command line: every input line gives one output line, errors name file/line/id, resume."""
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kommunenlp.batch import done_keys
from kommunenlp.cli import main

AWARD = "Vik songlag er tildelt Vik kommunes kulturpris for 2024. Prisen på 25 000 kroner vart delt ut av ordførar Kari Nesheim."
PLAIN = "Kommunestyret vedtok budsjettet for 2025."
EXAMPLES = Path(__file__).parents[1] / "examples" / "articles"


def run(*args):
    return subprocess.run([sys.executable, "-m", "kommunenlp.cli", *args], capture_output=True, text=True,
                          timeout=300)


def test_folder_of_txt_files_to_jsonl():
    r = run("extract", str(EXAMPLES), "--no-model", "-q")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in lines] == sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert "articles/s" in r.stderr


def test_jsonl_with_bad_lines_keeps_every_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join([
        json.dumps({"id": "a", "text": AWARD}).encode(),
        b'{"id": "b", "text": "broken',
        json.dumps({"id": "c", "body": PLAIN}).encode(),
        json.dumps({"id": "d", "text": "Ugyldig \xff"}).encode("utf-8").replace("\\u00ff".encode(), b"\xff"),
        json.dumps({"id": "e", "text": PLAIN}).encode(),
    ]) + b"\n")
    out = tmp_path / "out.jsonl"
    r = run("extract", str(src), "-o", str(out), "--no-model", "-q")
    assert r.returncode == 1
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 5
    assert [x.get("id") for x in lines] == ["a", None, "c", None, "e"]
    assert lines[0]["awards"][0]["amount"]["value"] == 25000
    assert lines[1]["error"].startswith("not JSON") and lines[1]["source"] == str(src) and lines[1]["line"] == 2
    assert lines[2]["error"] == "no 'text' field" and lines[2]["line"] == 3
    assert "UTF-8" in lines[3]["error"] and lines[3]["line"] == 4
    assert "3 errors" in r.stderr


def test_stdin_and_custom_fields():
    payload = json.dumps({"doc": "x1", "body": AWARD}) + "\n"
    r = subprocess.run([sys.executable, "-m", "kommunenlp.cli", "extract", "-", "--text-field", "body",
                        "--id-field", "doc", "--no-model"], input=payload, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["id"] == "x1"


def stdin_run(payload, *args):
    return subprocess.run([sys.executable, "-m", "kommunenlp.cli", "extract", "-", "--no-model", *args],
                          input=payload, capture_output=True, text=True, timeout=300)


def test_plain_text_on_stdin_is_one_article():
    r = stdin_run("Vik kommune fekk kulturprisen for 2024.\nPrisen vart delt ut av ordførar Kari Nes.\n")
    assert r.returncode == 0, r.stderr
    [line] = r.stdout.splitlines()
    article = json.loads(line)
    assert article["language"] == "nn" and article["awards"][0]["recipients"][0]["name"] == "Vik kommune"
    assert article["awards"][0]["presenters"][0]["name"] == "Kari Nes"


def test_format_forces_the_reader(tmp_path):
    # a JSON-looking first line read as text, and a .txt file read as JSONL
    payload = json.dumps({"id": "j0", "text": AWARD}, ensure_ascii=False) + "\n"
    article = json.loads(stdin_run(payload, "--format", "text").stdout)
    assert article["id"] is None  # the JSON syntax is part of the article's text, offsets count it
    assert article["awards"][0]["recipients"][0]["start"] == payload.index("Vik songlag")
    src = tmp_path / "dump.txt"
    src.write_text(json.dumps({"id": "j1", "text": AWARD}) + "\n", encoding="utf-8")
    r = run("extract", str(src), "--format", "jsonl", "--no-model", "-q")
    assert json.loads(r.stdout)["id"] == "j1"
    r = stdin_run("tekst", "--format", "csv")
    assert r.returncode == 2 and "--format csv cannot be read from stdin" in r.stderr


def test_gzip_jsonl(tmp_path):
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "z", "text": AWARD}) + "\n")
    r = run("extract", str(src), "--no-model")
    assert json.loads(r.stdout)["awards"][0]["recipients"][0]["name"] == "Vik songlag"


def test_pretty_and_schema(capsys):
    assert main(["extract", str(EXAMPLES / "vik-kulturpris-2024.txt"), "--pretty", "--no-model"]) == 0
    assert "Kari Nesheim (ordførar)" in capsys.readouterr().out
    assert main(["schema"]) == 0
    assert '"AwardRecord"' in capsys.readouterr().out


def test_missing_input_is_a_clear_error():
    r = run("extract", "no/such/file.jsonl", "--no-model")
    assert r.returncode == 2 and "no/such/file.jsonl" in r.stderr


def test_torn_last_line_is_cut(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "awards": []}\n{"id": "b", "awa', encoding="utf-8")
    assert done_keys(out) == ({"a"}, 1)
    assert out.read_text(encoding="utf-8") == '{"id": "a", "awards": []}\n'


def test_resume_keeps_good_lines_after_a_corrupt_one_and_every_duplicate_id(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    # two articles share an id, one has none: each input line is its own output line
    src.write_text("".join(json.dumps(x) + "\n" for x in [
        {"id": "a", "text": AWARD}, {"id": "a", "text": PLAIN}, {"text": PLAIN}, {"id": "d", "text": AWARD}]),
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run("extract", str(src), "-o", str(out), "--no-model", "-q").returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    # damage the second line; resume from another working directory, the path typed differently
    out.write_text("\n".join([lines[0], lines[1][:40] + "#garbage", lines[2], lines[3]]) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = subprocess.run([sys.executable, "-m", "kommunenlp.cli", "extract", "./in.jsonl", "-o", "out.jsonl",
                        "--no-model", "-q", "--resume"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "1 torn or corrupt line(s) dropped" in r.stderr
    again = out.read_text(encoding="utf-8").splitlines()
    assert sorted(again) == sorted(lines)  # the good lines kept, only the damaged one redone


def test_resume_after_kill_9(tmp_path):
    n = 4000
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"id{i}", "text": AWARD if i % 3 == 0 else PLAIN}) + "\n")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "kommunenlp.cli", "extract", str(src), "-o", str(out), "--no-model", "-q",
           "--batch-size", "8"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = out.read_text(encoding="utf-8").count("\n")
    assert 0 < partial < n, "the run should have been killed mid-way"
    r = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    ids = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(f"id{i}" for i in range(n)) and len(ids) == n


def test_csv_in_parquet_out(tmp_path):
    pq = __import__("pytest").importorskip("pyarrow.parquet")
    import csv

    src = tmp_path / "in.csv"
    with open(src, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        w.writerow(["a", AWARD])
        w.writerow(["b", PLAIN])
    out = tmp_path / "out.parquet"
    r = run("extract", str(src), "-o", str(out), "--no-model", "-q")
    assert r.returncode == 0, r.stderr
    rows = pq.read_table(out).to_pylist()
    assert [x["id"] for x in rows] == ["a", "b"]
    assert json.loads(rows[0]["awards"])[0]["recipients"][0]["name"] == "Vik songlag"
    # and Parquet in, with a missing text
    src2 = tmp_path / "in.parquet"
    __import__("pyarrow").parquet.write_table(__import__("pyarrow").Table.from_pylist(
        [{"id": "p1", "text": AWARD}, {"id": "p2", "text": None}]), src2)
    r = run("extract", str(src2), "--no-model", "-q")
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.returncode == 1 and lines[0]["id"] == "p1" and "text" in lines[1]["error"] and lines[1]["line"] == 2


def test_evaluate_command(capsys):
    from .conftest import SHARED

    seed = SHARED / "seed" / "gold.jsonl"
    if not seed.exists():
        __import__("pytest").skip("no shared seed")
    assert main(["evaluate", "--gold", str(seed), "--no-model"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("slot_f1=1.0 ")


def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": AWARD}) + "\n" for i in range(300)), encoding="utf-8")
    r = subprocess.run(f"{sys.executable} -m kommunenlp.cli extract {src} --no-model | head -1", shell=True,
                       capture_output=True, text=True, timeout=300)
    assert json.loads(r.stdout)["id"] == "a0"
    assert "Broken pipe" not in r.stderr and "Traceback" not in r.stderr


def test_pretty_goes_to_the_output_file_and_no_bar_without_a_terminal(tmp_path):
    out = tmp_path / "view.txt"
    r = run("extract", str(EXAMPLES), "--pretty", "-o", str(out), "--no-model")
    assert r.returncode == 0 and r.stdout == ""
    assert "Kari Nesheim" in out.read_text(encoding="utf-8")
    r = run("extract", str(EXAMPLES), "-o", str(tmp_path / "x.jsonl"), "--no-model")
    assert "articles/s" in r.stderr and "%|" not in r.stderr  # the summary, not a progress bar
