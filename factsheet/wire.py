"""What goes on the wire for structured output: the JSON schema, and each output mode's request.

The schema is generated from the pydantic models. In strict mode (OpenAI's structured
outputs, https://platform.openai.com/docs/guides/structured-outputs#supported-schemas) every
node is typed (an enum too), every object lists all its properties as required and forbids
others, an optional value is ``anyOf`` with null, and only the documented keywords appear;
``strict_problems`` checks a schema against those rules. Grammar servers (llama.cpp, Ollama,
vLLM) get the same schema with length limits kept, so a small model cannot ramble.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from factsheet.models import OUTPUT_MODES

Narrow = Callable[[dict[str, Any]], dict[str, Any]] | None

# The keywords OpenAI's strict structured outputs document (supported schemas).
STRICT_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "anyOf",
        "description",
        "minItems",
        "maxItems",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
    }
)


def output_format(mode: str, answer_type: type[BaseModel], narrow: Narrow = None) -> dict[str, Any]:
    """The request arguments for one structured-output mode (OUTPUT_MODES, strictest first)."""
    assert mode in OUTPUT_MODES, mode
    name = answer_type.__name__.lower()
    if mode == "json_schema":
        schema = _narrowed(wire_schema(answer_type, strict=True), narrow)
        return {
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": name, "strict": True, "schema": schema},
            }
        }
    if mode == "json_object_schema":  # llama-cpp-python's server: a grammar from the schema
        schema = _narrowed(wire_schema(answer_type, strict=False), narrow)
        return {"response_format": {"type": "json_object", "schema": schema}}
    if mode == "json_object":
        return {"response_format": {"type": "json_object"}}
    return {}


def _narrowed(schema: dict[str, Any], narrow: Narrow) -> dict[str, Any]:
    return narrow(schema) if narrow else schema


def wire_schema(answer_type: type[BaseModel], strict: bool) -> dict[str, Any]:
    """A fresh copy of the (cached) schema sent to servers for this answer type."""
    return copy.deepcopy(_wire_schema(answer_type, strict))


@functools.cache
def _wire_schema(answer_type: type[BaseModel], strict: bool) -> dict[str, Any]:
    """The pydantic schema with references inlined and titles dropped; strict: typed enums,
    every property required, no other properties, only documented keywords."""
    schema = answer_type.model_json_schema()
    definitions = schema.pop("$defs", {})
    drop = {"title"} | ({"maxLength", "default"} if strict else {"description"})

    def inline(node: Any) -> Any:
        if isinstance(node, list):
            return [inline(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return inline(definitions[node["$ref"].split("/")[-1]])
        out = {
            key: ({k: inline(v) for k, v in value.items()} if key == "properties" else inline(value))
            for key, value in node.items()
            if key not in drop
        }
        return _strict_node(out) if strict else out

    return dict(inline(schema))


def _strict_node(node: dict[str, Any]) -> dict[str, Any]:
    if "enum" in node and "type" not in node:
        kinds = sorted({_json_type(v) for v in node["enum"]})
        node["type"] = kinds[0] if len(kinds) == 1 else kinds
    if node.get("type") == "object" and "properties" in node:
        node["required"] = list(node["properties"])
        node["additionalProperties"] = False
    return node


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return "number" if isinstance(value, float) else "string"


def strict_problems(schema: dict[str, Any], where: str = "$") -> list[str]:
    """How a schema breaks OpenAI's strict rules (empty: a strict server accepts it)."""
    problems = [f"{where}: keyword {k!r} is not supported" for k in schema if k not in STRICT_KEYWORDS]
    if "type" not in schema and "anyOf" not in schema:
        problems.append(f"{where}: no type")
    if schema.get("type") == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is not False:
            problems.append(f"{where}: additionalProperties must be false")
        if sorted(schema.get("required", [])) != sorted(properties):
            problems.append(f"{where}: every property must be required")
        for name, child in properties.items():
            problems += strict_problems(child, f"{where}.{name}")
    if isinstance(schema.get("items"), dict):
        problems += strict_problems(schema["items"], f"{where}[]")
    for n, option in enumerate(schema.get("anyOf", [])):
        problems += strict_problems(option, f"{where}|{n}")
    return problems
