#!/usr/bin/env python3
"""Validates résumé files written by sitegen against the JSON Resume schema (the 1.0 line, JSON Schema draft 04).

The schema is not copied into this repository: it comes from the PyPI package
`jsonify-resume`, which ships the JSON Resume `schema.json` (installed with `--no-deps` by
`make test`), and is checked with `jsonschema`'s Draft 4 validator, the draft the schema
declares, with format checking on. A known-bad résumé is checked first, so a validator that
accepts everything fails this script.

Usage: validate_resume_json.py FILE [FILE ...]; prints one line per check and a closing
"N passed, N failed" line; exit status 1 on any failure.
"""
import json
import sys
from importlib import metadata

import jsonschema


def load_schema():
    files = metadata.files("jsonify-resume") or []
    for entry in files:
        if str(entry).replace("\\", "/") == "schema.json":
            schema = json.loads(entry.locate().read_text(encoding="utf-8"))
            if schema.get("title") != "Resume Schema" or "projects" not in schema.get("properties", {}):
                sys.exit("validate_resume_json: schema.json of jsonify-resume is not the JSON Resume v1 schema")
            return schema
    sys.exit("validate_resume_json: jsonify-resume does not ship schema.json; install it with pip")


def errors_in(validator, document):
    return sorted(validator.iter_errors(document), key=lambda error: list(error.path))


def main(paths):
    if not paths:
        sys.exit(__doc__)
    schema = load_schema()
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    passed = failed = 0

    # The control: a résumé the schema must reject (a number for a name, an unknown top-level key).
    control = {"basics": {"name": 1}, "unknownSection": []}
    if errors_in(validator, control):
        passed += 1
        print("PASS control: the schema rejects an invalid résumé")
    else:
        failed += 1
        print("FAIL control: the schema accepted an invalid résumé")

    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle)
        except (OSError, ValueError) as problem:
            failed += 1
            print(f"FAIL {path}: {problem}")
            continue
        problems = errors_in(validator, document)
        if problems:
            failed += 1
            print(f"FAIL {path}")
            for error in problems[:20]:
                where = "/".join(str(part) for part in error.path) or "(root)"
                print(f"  {where}: {error.message}")
        else:
            passed += 1
            print(f"PASS {path}: valid JSON Resume")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
