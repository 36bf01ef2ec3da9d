"""The API's JSON writer (app.adapters.dumps) writes Decimals exactly as they are, and gives the
same text as the plain recursive writer it replaced for speed (issue 7, docs/benchmarks.md)."""
from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from app.adapters import _plain_dumps, dumps


# The plain recursive writer stays in app.adapters for texts that already hold a mark; it is
# slow and obviously right, so the fast writer must give exactly its text.
reference = _plain_dumps


leaves = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
          | st.text(max_size=12) | st.decimals(places=2) | st.decimals() | st.sampled_from([Decimal("-0"), Decimal("1E+3")]))
values = st.recursive(leaves, lambda children: st.lists(children, max_size=4)
                      | st.tuples(children, children)
                      | st.dictionaries(st.text(alphabet="abcxyz_", max_size=8), children, max_size=4), max_leaves=30)


@given(values)
@example({"a": "\ue000", "b": Decimal("1.5")})
@example(["\ue0011\ue000", Decimal("2")])
@example({1: Decimal("1"), "n": [Decimal("NaN"), Decimal("-0")]})
def test_same_text_as_the_plain_writer(value):
    assert dumps(value) == reference(value)


def test_amounts_keep_their_cents():
    assert dumps({"total": Decimal("1401.50"), "n": [Decimal("-0.00"), Decimal("12")]}) == \
        '{"total":1401.50,"n":[-0.00,12]}'
    assert json.loads(dumps({"text": "€ 1.401,50 \u2068x\u2069"})) == {"text": "€ 1.401,50 \u2068x\u2069"}
