"""Labels of requests that run one action after another ("Back up, then remove web").

A request's label titles its failure box and its line in the Activity tab, so it is translated
like any text. The English source lowercases the inner label's first letter ("…, then remove web");
a translation takes the label as it is, after a colon ("…, dann: Volume web entfernen"), since
lowercasing would be wrong for German nouns.
"""

from __future__ import annotations

from collections.abc import Callable


def then(tr: Callable[[str], str], template: str, label: str) -> str:
    """``template`` (a ``QT_TR_NOOP`` text with ``{0}``) translated by ``tr``, around ``label``."""
    text = tr(template)
    return text.format(label[:1].lower() + label[1:] if text == template else label)
