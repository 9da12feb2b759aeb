#!/usr/bin/env python3
"""Validates OParl 1.1 output against the OParl schemas (JSON-Schema-like files).

    validate_oparl.py SCHEMA_DIR DIR

DIR/<Type>/*.json is one object of <Type> each (Paper, File, ...); DIR/lists/<Type>/*.json is one
list page each, whose `data` are objects of <Type>. Exit status 0 when all are valid, 1 with
one line per problem otherwise, 2 on usage errors.

The schemas say `"schema": "X.json"` where an object of type X is embedded; that node is
checked as X too. Beyond the schemas, chapter 2.4 is checked: `url`, `date` and `date-time`
formats, no null values, no properties the schema does not define (vendor properties carry a
prefix with ":"). Deleted objects (chapter 2.8) need id, type, created, modified and deleted.
"""
import copy
import json
import pathlib
import re
import sys

import jsonschema

DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
URL = re.compile(r"^https?://[^\s]+$")
DELETED_REQUIRED = ["id", "type", "created", "modified", "deleted"]

FORMATS = jsonschema.FormatChecker(formats=())
FORMATS.checks("url")(lambda v: not isinstance(v, str) or bool(URL.match(v)))
FORMATS.checks("date")(lambda v: not isinstance(v, str) or bool(DATE.match(v)))
FORMATS.checks("date-time")(lambda v: not isinstance(v, str) or bool(DATE_TIME.match(v)))


def load_schemas(schema_dir):
    raw = {}
    for path in sorted(pathlib.Path(schema_dir).glob("*.json")):
        raw[path.name] = json.loads(path.read_text(encoding="utf-8"))
    return raw


def embedded(raw, node, depth):
    """`node` with every `"schema": "X.json"` replaced by a check against X as well."""
    if isinstance(node, list):
        return [embedded(raw, n, depth) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: embedded(raw, v, depth) for k, v in node.items() if k != "schema"}
    target = node.get("schema")
    if isinstance(target, str) and target.endswith(".json") and depth < 4:
        return {"allOf": [out, embedded(raw, raw[target], depth + 1)]}
    return out


def problems_of_shape(obj, schema, where):
    """Nulls anywhere; properties an object schema does not define (vendor ones excepted)."""
    if obj is None:
        yield f"{where}: null"
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from problems_of_shape(item, schema.get("items", {}) if schema else {}, f"{where}[{i}]")
    elif isinstance(obj, dict):
        props = (schema or {}).get("properties")
        for key, value in obj.items():
            if props is not None and key not in props and ":" not in key:
                yield f"{where}: property {key!r} is not in the schema"
            sub = props.get(key, {}) if props else {}
            target = sub.get("schema") or sub.get("items", {}).get("schema")
            if isinstance(target, str) and target.endswith(".json"):
                sub = dict(RAW[target], items=RAW[target])
            yield from problems_of_shape(value, sub, f"{where}.{key}")


def validate_object(raw, type_name, obj, where):
    schema_file = type_name + ".json"
    if schema_file not in raw:
        return [f"{where}: no schema for type {type_name}"]
    schema = copy.deepcopy(raw[schema_file])
    if isinstance(obj, dict) and obj.get("deleted") is True:
        schema["required"] = DELETED_REQUIRED
    validator = jsonschema.Draft4Validator(embedded(raw, schema, 0), format_checker=FORMATS)
    found = [f"{where}: {'/'.join(map(str, e.path)) or '(object)'}: {e.message}"
             for e in validator.iter_errors(obj)]
    found += list(problems_of_shape(obj, raw[schema_file], where))
    expected = "https://schema.oparl.org/1.1/" + type_name
    if isinstance(obj, dict) and obj.get("type") != expected:
        found.append(f"{where}: type is {obj.get('type')!r}, expected {expected}")
    return found


def validate_page(raw, type_name, page, where):
    found = []
    for key in ("data", "pagination", "links"):
        if key not in page:
            found.append(f"{where}: list page without {key!r}")
    links = page.get("links", {})
    pagination = page.get("pagination", {})
    for name, url in links.items():
        if name not in ("first", "prev", "self", "next", "last", "web") or not URL.match(str(url)):
            found.append(f"{where}: links.{name} = {url!r}")
    for name, value in pagination.items():
        if name not in ("totalElements", "elementsPerPage", "currentPage", "totalPages") or \
                not isinstance(value, int) or value < 0:
            found.append(f"{where}: pagination.{name} = {value!r}")
    current, total = pagination.get("currentPage"), pagination.get("totalPages")
    if isinstance(current, int) and isinstance(total, int) and current < total and "next" not in links:
        found.append(f"{where}: page {current} of {total} without links.next")
    for i, item in enumerate(page.get("data", [])):
        found += validate_object(raw, type_name, item, f"{where}: data[{i}]")
    return found


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    global RAW
    RAW = load_schemas(argv[1])
    root = pathlib.Path(argv[2])
    problems, objects, pages = [], 0, 0
    for path in sorted(root.rglob("*.json")):
        parts = path.relative_to(root).parts
        obj = json.loads(path.read_text(encoding="utf-8"))
        if parts[0] == "lists" and len(parts) == 3:
            problems += validate_page(RAW, parts[1], obj, str(path.relative_to(root)))
            pages += 1
        elif len(parts) == 2:
            problems += validate_object(RAW, parts[0], obj, str(path.relative_to(root)))
            objects += 1
        else:
            problems.append(f"{path}: not <Type>/<id>.json or lists/<Type>/<n>.json")
    for line in problems:
        print(line)
    print(f"{objects} objects, {pages} list pages, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


RAW = {}
if __name__ == "__main__":
    sys.exit(main(sys.argv))
