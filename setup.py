"""The build step pyproject.toml cannot declare: compile the translation catalogues (.ts -> .qm).

Everything else about the package is in pyproject.toml. The .qm files are build products
(packaging/translations.py says why and how), so every wheel and bundle compiles them.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _translations():
    path = HERE / "packaging" / "translations.py"
    spec = importlib.util.spec_from_file_location("volgui_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    def run(self):
        super().run()
        if not self.editable_mode:
            out = Path(self.build_lib) / "volgui" / "assets" / "translations"
            _translations().compile_all(out, folder=HERE / "volgui" / "assets" / "translations")


setup(cmdclass={"build_py": BuildWithTranslations})
