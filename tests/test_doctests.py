"""The examples in the modules' docstrings are part of the spec: run every one."""
import doctest
import importlib
import pkgutil

import pytest

import kommunenlp

MODULES = sorted(m.name for m in pkgutil.iter_modules(kommunenlp.__path__, "kommunenlp."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
