#!/usr/bin/env python3
# The test oracle for every EFS request the aws provider sends: each one (a
# JSON object per line on standard input: method, path, query, body, as the
# fake received it) is checked against EFS's own service model in botocore
# (Debian's python3-botocore): some operation has this method and a URI
# template the path fits; every query parameter is one of its querystring
# members; every key of the JSON body is a member of its input shape, each
# value of the member's type (structures and lists followed, enums
# checked); every required member is given. Prints one line per problem;
# nothing when all requests are right.
import json
import re
import sys

import botocore.session

model = botocore.session.get_session().get_service_model("efs")
problems = []


def template_regex(uri):
    path = uri.split("?")[0]
    names = re.findall(r"{(\w+)\+?}", path)
    pattern = re.sub(r"{\w+\+?}", "([^/]+)", path)
    return re.compile("^" + pattern + "$"), names


def check(where, shape, value):
    t = shape.type_name
    if t == "structure":
        if not isinstance(value, dict):
            problems.append(f"{where}: a structure expected, got {value!r}")
            return
        for key, v in value.items():
            if key not in shape.members:
                problems.append(f"{where}: {key} is not a member of {shape.name}")
                continue
            check(f"{where}.{key}", shape.members[key], v)
        for required in shape.required_members:
            if required not in value:
                problems.append(f"{where}: lacks the required {required}")
    elif t == "list":
        if not isinstance(value, list):
            problems.append(f"{where}: a list expected, got {value!r}")
            return
        for i, v in enumerate(value):
            check(f"{where}[{i}]", shape.member, v)
    elif t == "boolean":
        if not isinstance(value, bool):
            problems.append(f"{where}: {value!r} is not true or false")
    elif t in ("integer", "long"):
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{where}: {value!r} is not an integer")
    elif t == "string":
        if not isinstance(value, str):
            problems.append(f"{where}: {value!r} is not a string")
        elif shape.enum and value not in shape.enum:
            problems.append(f"{where}: {value!r} is not one of {', '.join(shape.enum)}")


operations = []
for name in model.operation_names:
    op = model.operation_model(name)
    regex, names = template_regex(op.http["requestUri"])
    operations.append((op, regex, names))

for number, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line:
        continue
    request = json.loads(line)
    method, path = request["method"], request["path"]
    match = None
    for op, regex, names in operations:
        m = regex.match(path)
        if op.http["method"] == method and m:
            match = (op, dict(zip(names, m.groups())))
            break
    if match is None:
        problems.append(f"request {number}: EFS has no operation {method} {path}")
        continue
    op, uri = match
    shape = op.input_shape
    where = f"request {number} ({op.name})"
    given = set()
    members = shape.members if shape else {}
    for name, member in members.items():
        location = member.serialization.get("location")
        wire = member.serialization.get("name", name)
        if location == "uri" and wire in uri:
            given.add(name)
        elif location == "querystring" and wire in request["query"]:
            given.add(name)
            value = request["query"][wire]
            if member.type_name in ("integer", "long"):
                if not value.isdigit():
                    problems.append(f"{where}: ?{wire}={value!r} is not an integer")
            else:
                check(f"{where} ?{wire}", member, value)
    for key in request["query"]:
        if not any(m.serialization.get("location") == "querystring" and
                   m.serialization.get("name", n) == key for n, m in members.items()):
            problems.append(f"{where}: query parameter {key} is not one of its members")
    body = json.loads(request["body"]) if request["body"] else {}
    for key, value in body.items():
        member = members.get(key)
        if member is None or member.serialization.get("location"):
            problems.append(f"{where}: body key {key} is not a body member of {shape.name}")
            continue
        given.add(key)
        check(f"{where} {key}", member, value)
    if shape:
        for required in shape.required_members:
            if required not in given:
                problems.append(f"{where}: lacks the required {required}")

for p in problems:
    print(p)
