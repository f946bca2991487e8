"""Every code block of the README runs as it stands, from the repository root.

The two commands of "Two commands" (install, then pytest) are what CI itself runs, so they are
left to it; every other ``bash`` block and every ``python`` block is executed here."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
BLOCKS = re.findall(r"```(python|bash)\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
RUNNABLE = [(kind, code) for kind, code in BLOCKS if "pip install" not in code and "pytest" not in code]


def _id(block):
    kind, code = block
    return f"{kind}:{code.strip().splitlines()[0][:40]}"


def test_the_readme_has_its_blocks():
    kinds = [k for k, _ in RUNNABLE]
    assert kinds.count("python") >= 3 and kinds.count("bash") >= 1


@pytest.mark.parametrize("block", RUNNABLE, ids=[_id(b) for b in RUNNABLE])
def test_readme_block_runs(block, tmp_path):
    kind, code = block
    if "pyspark" in code and (shutil.which("java") is None and not os.environ.get("JAVA_HOME")):
        pytest.skip("the Spark block needs Java 17+")
    if "pyspark" in code:
        pytest.importorskip("pyspark")
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    script = tmp_path / ("block.py" if kind == "python" else "block.sh")
    script.write_text(code, encoding="utf-8")
    # bash blocks write their outputs (awards.jsonl) into a scratch folder that sees the examples
    cwd = ROOT if kind == "python" else tmp_path
    if kind == "bash":
        shutil.copytree(ROOT / "examples", tmp_path / "examples")
    cmd = [sys.executable, str(script)] if kind == "python" else ["bash", "-euo", "pipefail", str(script)]
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-4000:]
    assert r.stdout.strip(), "a README block should show its result"
