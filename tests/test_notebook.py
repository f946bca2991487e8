"""The example notebook runs top to bottom against the current library, and is stored without outputs."""
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = Path(__file__).parents[1] / "examples" / "explore.ipynb"


def test_outputs_are_cleared_in_git():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")


def test_notebook_executes():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert any("RECIPIENT" in o.get("data", {}).get("text/html", "") for o in outputs)
    # the plot cell shows its figure inline, as a user sees it in Jupyter
    [plot] = [c for c in nb.cells if c.cell_type == "code" and "plt.subplots" in c.source]
    assert any("image/png" in o.get("data", {}) for o in plot.outputs)
