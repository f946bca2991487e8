"""One bad article never stops a run, destroys input or hangs: it becomes its own error line."""
import gzip
import json
import subprocess
import sys

import pytest

from kommunenlp import ExtractionTimeout, extract_many
from kommunenlp.schema import ExtractionError

AWARD = "Stord songlag fekk Kulturprisen 2024 av ordførar Kari Nesheim."
PLAIN = "Kommunestyret vedtok budsjettet for 2025."


def run(*args):
    return subprocess.run([sys.executable, "-m", "kommunenlp.cli", *args], capture_output=True, text=True,
                          timeout=300)


def lines(text):
    return [json.loads(x) for x in text.splitlines()]


def test_a_bom_does_not_spoil_the_first_record(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": AWARD}).encode() + b"\n")
    r = run("extract", str(src), "--no-model", "-q")
    assert r.returncode == 0, r.stderr
    assert [x["id"] for x in lines(r.stdout)] == ["a"] and "error" not in lines(r.stdout)[0]


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    body = b"".join(json.dumps({"id": str(i), "text": PLAIN}).encode() + b"\n" for i in range(400))
    whole = gzip.compress(body)
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(whole[: len(whole) // 2])
    r = run("extract", str(src), "--no-model", "-q")
    out = lines(r.stdout)
    assert r.returncode == 1
    assert out[-1]["error"].startswith("cannot read past line") and "articles/s" in r.stderr
    assert [x["id"] for x in out[:-1]] == [str(i) for i in range(len(out) - 1)] and len(out) > 10


def test_lone_surrogates_become_error_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([json.dumps({"id": "a", "text": "Kultur\ud800prisen gjekk til Vik."}),
                              json.dumps({"id": "b\udcff", "text": PLAIN}),
                              json.dumps({"id": "c", "text": AWARD})]) + "\n", encoding="utf-8")
    r = run("extract", str(src), "--no-model", "-q")
    out = lines(r.stdout)
    assert r.returncode == 1 and len(out) == 3
    assert "lone surrogate" in out[0]["error"] and out[0]["id"] == "a"
    assert "lone surrogate" in out[1]["error"] and out[1]["line"] == 2
    assert out[2]["id"] == "c" and out[2]["awards"]


def test_output_may_not_be_the_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": PLAIN}) + "\n", encoding="utf-8")
    before = src.read_bytes()
    r = run("extract", str(src), "-o", str(tmp_path / "." / "in.jsonl"), "--no-model")
    assert r.returncode != 0 and "is the input file" in r.stderr
    assert src.read_bytes() == before


@pytest.mark.parametrize("flag", [["--batch-size", "0"], ["--batch-size", "-3"], ["--n-process", "0"]])
def test_sizes_are_validated(tmp_path, flag):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": PLAIN}) + "\n", encoding="utf-8")
    r = run("extract", str(src), "--no-model", *flag)
    assert r.returncode != 0 and "at least 1" in r.stderr


def test_a_locked_output_is_refused(tmp_path):
    import fcntl

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": PLAIN}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n', encoding="utf-8")
    with open(out, "a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        r = run("extract", str(src), "-o", str(out), "--no-model")
    assert r.returncode != 0 and "locked" in r.stderr
    assert out.read_text(encoding="utf-8") == '{"id": "old"}\n'


def test_a_timeout_is_an_error_in_its_place(rules_nlp, monkeypatch):
    import kommunenlp.api as api

    real = api.find_prizes

    def slow(text):
        if "Treig" in text:
            raise TimeoutError("regex timed out")
        return real(text)

    monkeypatch.setattr(api, "find_prizes", slow)
    items = [{"id": "1", "text": AWARD}, {"id": "2", "text": "Treig Kulturprisen"}, {"id": "3", "text": AWARD}]
    got = list(extract_many(items, nlp=rules_nlp, errors="yield"))
    assert [type(g).__name__ for g in got] == ["Article", "ExtractionError", "Article"]
    assert isinstance(got[1], ExtractionError) and got[1].id == "2" and "timed out" in got[1].error
    with pytest.raises(ExtractionTimeout, match="timed out"):
        list(extract_many(items, nlp=rules_nlp))
