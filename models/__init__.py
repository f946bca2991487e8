"""The Norwegian NER pipeline that ships with kommunenlp (see README.md beside this file)."""
from pathlib import Path

PIPELINE_PATH = Path(__file__).parent / "nb_kommunenlp"
