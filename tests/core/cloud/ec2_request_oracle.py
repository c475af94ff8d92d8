#!/usr/bin/env python3
# The test oracle for every EC2 (and STS) request the aws provider sends: each one
# (a JSON object of its form parameters per line on standard input, as the
# fake EC2 received them) is checked against EC2's own service model in
# botocore (Debian's python3-botocore): the operation exists, the API
# version is the model's, every parameter names a member of the
# operation's input shape as EC2's query protocol spells it (queryName, else
# the locationName capitalised; lists as .1, .2, ...), each value has its
# member's type (integers, true/false, the enum's values), and every
# required member is there. Prints one line per problem; nothing when all
# requests are right.
import json
import sys

import botocore.session

session = botocore.session.get_session()
# The service by the request's API version (STS's GetCallerIdentity comes
# with the wizard's account check).
models = {m.api_version: m for m in (session.get_service_model(name) for name in ("ec2", "sts"))}
problems = []


def serialized_name(member_shape, default):
    s = member_shape.serialization
    if "queryName" in s:
        return s["queryName"]
    if "name" in s:
        return s["name"][0].upper() + s["name"][1:]
    return default


def check_value(where, shape, value):
    t = shape.type_name
    if t in ("integer", "long"):
        try:
            int(value)
        except ValueError:
            problems.append(f"{where}: {value!r} is not an integer")
    elif t == "boolean":
        if value not in ("true", "false"):
            problems.append(f"{where}: {value!r} is not true or false")
    elif t == "string":
        enum = shape.enum or []
        if enum and value not in enum:
            problems.append(f"{where}: {value!r} is not one of {', '.join(enum)}")
    elif t in ("structure", "list", "map"):
        problems.append(f"{where}: a {t} given a single value")


def walk(where, shape, parts, value, seen):
    """Follows `parts` (the key split at dots) into `shape`."""
    if shape.type_name == "structure":
        seen.setdefault((where, shape.name), set())
        if not parts:
            problems.append(f"{where}: a structure given a single value")
            return
        head = parts[0]
        for name, member in shape.members.items():
            if serialized_name(member, name) == head:
                seen[(where, shape.name)].add(name)
                walk(f"{where}.{head}" if where else head, member, parts[1:], value, seen)
                return
        problems.append(f"{where or '(input)'}: {head} is not a member of {shape.name}")
        return
    if shape.type_name == "list":
        if not parts or not parts[0].isdigit() or int(parts[0]) < 1:
            problems.append(f"{where}: a list needs .1, .2, ... (got {'.'.join(parts)!r})")
            return
        walk(f"{where}.{parts[0]}", shape.member, parts[1:], value, seen)
        return
    if parts:
        problems.append(f"{where}: {shape.type_name} has no member {'.'.join(parts)}")
        return
    check_value(where, shape, value)


for number, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line:
        continue
    params = json.loads(line)
    action = params.pop("Action", None)
    version = params.pop("Version", None)
    model = models.get(version)
    if model is None:
        problems.append(f"request {number} ({action}): no EC2 or STS API has version {version}")
        continue
    if action not in model.operation_names:
        problems.append(f"request {number}: {model.service_name} has no operation {action!r}")
        continue
    shape = model.operation_model(action).input_shape
    seen = {}
    for key, value in params.items():
        walk("", shape, key.split("."), value, seen)
    # Required members of each structure given (the input's always).
    seen.setdefault(("", shape.name), set())
    for (where, shape_name), given in seen.items():
        structure = model.shape_for(shape_name)
        for required in structure.required_members:
            if required not in given:
                problems.append(f"request {number} ({action}): {where or 'input'} lacks the "
                                f"required {required}")
    problems[:] = [p if p.startswith("request") else f"request {number} ({action}): {p}"
                   for p in problems]

for p in problems:
    print(p)
