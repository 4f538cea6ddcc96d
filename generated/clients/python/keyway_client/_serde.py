# generated from spec/openapi.yaml by keyway generate; do not edit
"""JSON <-> dataclass models: wire names live in each field's metadata."""

from __future__ import annotations

import dataclasses as _dc
import functools as _functools
import typing as _t


class Model:
    """Base of every generated model (a keyword-only dataclass)."""

    @classmethod
    def from_dict(cls, data: _t.Any) -> _t.Any:
        """Builds the model from decoded JSON; unknown members are ignored, missing ones are None."""
        return decode(cls, data)

    def to_dict(self) -> _t.Dict[str, _t.Any]:
        """The JSON object for this model, by wire name; unset optional fields are left out."""
        return encode(self)


@_functools.lru_cache(maxsize=None)
def _hints(cls: type) -> _t.Dict[str, _t.Any]:
    return _t.get_type_hints(cls)


def decode(hint: _t.Any, value: _t.Any) -> _t.Any:
    """Turns decoded JSON into `hint`; what does not match the hint is returned unchanged."""
    if value is None:
        return None
    if isinstance(hint, type) and _dc.is_dataclass(hint):
        if not isinstance(value, dict):
            return value
        hints = _hints(hint)
        return hint(
            **{
                f.name: decode(hints.get(f.name, _t.Any), value.get(f.metadata.get("wire", f.name)))
                for f in _dc.fields(hint)
            }
        )
    origin = _t.get_origin(hint)
    args = _t.get_args(hint)
    if origin is list and isinstance(value, list):
        return [decode(args[0] if args else _t.Any, item) for item in value]
    if origin is dict and isinstance(value, dict):
        return {key: decode(args[1] if len(args) > 1 else _t.Any, item) for key, item in value.items()}
    if origin is _t.Union:
        options = [a for a in args if a is not type(None)]
        return decode(options[0], value) if len(options) == 1 else value
    return value


def encode(value: _t.Any) -> _t.Any:
    """Models to JSON-ready dicts by wire name (optional fields left None are omitted)."""
    if _dc.is_dataclass(value) and not isinstance(value, type):
        out: _t.Dict[str, _t.Any] = {}
        for f in _dc.fields(value):
            item = getattr(value, f.name)
            if item is None and not f.metadata.get("required", False):
                continue
            out[f.metadata.get("wire", f.name)] = encode(item)
        return out
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    return value
