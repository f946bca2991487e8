"""Copy a trained spaCy pipeline into the package as models/nb_kommunenlp, with its metadata
and without the training vocabulary.

    python models/training/package_model.py build/ner/model-best models/nb_kommunenlp
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

META = {
    "lang": "nb",
    "name": "kommunenlp",
    "version": "0.1.0",
    "description": "Norwegian (Bokmål + Nynorsk) NER trained on NorNE for kommunenlp: tok2vec CNN with "
                   "floret subword vectors trained on Storting debates and laws, 9 NorNE labels.",
    "license": "Annotations CC0 (NorNE); vectors trained on NLOD text; model weights MIT",
    "sources": [
        {"name": "NorNE", "url": "https://github.com/ltgoslo/norne", "license": "CC0 (annotations)"},
        {"name": "Talk of Norway (Storting debates) and Lovdata laws, raw text for floret vectors",
         "license": "NLOD"},
    ],
}


def main(src: Path, dst: Path) -> None:
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    # The string store would list every word form of the training texts; the model works on
    # hashes and needs only its labels, so that is all it ships (same scores, no NorNE vocabulary).
    labels = json.loads((dst / "meta.json").read_text(encoding="utf-8"))["labels"]["ner"]
    (dst / "vocab" / "strings.json").write_text(json.dumps(sorted(labels)), encoding="utf-8")
    meta = json.loads((dst / "meta.json").read_text(encoding="utf-8"))
    meta.update(META)
    (dst / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
