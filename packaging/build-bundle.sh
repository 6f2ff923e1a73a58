#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle of volgui (packaging/volgui.spec) and try it.
#
#   packaging/build-bundle.sh [DISTDIR]        the bundle is DISTDIR/volgui/ (default: dist/volgui/)
#
# Environment: PYTHON (default .venv/bin/python, which needs `pip install -e '.[test]'` for PyInstaller),
# VOLGUI_BUNDLE_WORK (PyInstaller's work folder, default build/pyinstaller), VOLGUI_SELF_CHECK_HOST
# (when set, the bundle's `--self-check` runs against that engine and must pass).
# Takes about a minute on two cores. Ship it as a tarball of DISTDIR/volgui; share/ inside has the
# desktop entry, the AppStream metainfo and the icons for ~/.local/share or /usr/local/share.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
DIST=${1:-dist}
WORK=${VOLGUI_BUNDLE_WORK:-build/pyinstaller}
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
  echo "build-bundle: PyInstaller is not installed for $PYTHON (pip install -e '.[test]')" >&2
  exit 1
fi
"$PYTHON" packaging/translations.py compile >/dev/null  # the .qm catalogues the spec collects
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/volgui.spec
"$DIST/volgui/volgui" --version
if [ -n "${VOLGUI_SELF_CHECK_HOST:-}" ]; then
  "$DIST/volgui/volgui" --self-check --host "$VOLGUI_SELF_CHECK_HOST"
fi
echo "build-bundle: $DIST/volgui is ready"
