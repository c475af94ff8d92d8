#!/usr/bin/env python3
# The test oracle for the bodies hive sends to Azure Resource Manager, with
# Azure's own models (Debian's python3-azure, generated from Azure's REST
# specifications). Given on standard input as JSON a list of
# {"path", "apiVersion", "body"}, it finds the model of each resource type at
# that API version, reads the body with it and writes it back: a field the
# model does not have, or a value of the wrong type, does not come back.
# It prints one line per difference ("path: where: sent X, the model keeps
# Y") and exits 1 when there is one, 2 when a type or version has no model.
# It also finds, in the model read back, a field the model requires that is
# missing, and a value that is not one of the values the model's
# documentation knows for that field (an enum: a protocol, an access).
import importlib
import json
import re
import sys

# resource type (the path's last type segment) -> (package, model)
MODELS = {
    "resourcegroups": ("azure.mgmt.resource.resources", "ResourceGroup"),
    "virtualnetworks": ("azure.mgmt.network", "VirtualNetwork"),
    "subnets": ("azure.mgmt.network", "Subnet"),
    "networksecuritygroups": ("azure.mgmt.network", "NetworkSecurityGroup"),
    "publicipaddresses": ("azure.mgmt.network", "PublicIPAddress"),
    "networkinterfaces": ("azure.mgmt.network", "NetworkInterface"),
    "virtualmachines": ("azure.mgmt.compute", "VirtualMachine"),
    "disks": ("azure.mgmt.compute", "Disk"),
    "storageaccounts": ("azure.mgmt.storage", "StorageAccountCreateParameters"),
}


def model_of(path, version):
    parts = path.strip("/").split("/")
    kind = parts[-2].lower() if len(parts) > 4 else "resourcegroups"
    if kind not in MODELS:
        return None, "no model for resource type %s" % kind
    package, name = MODELS[kind]
    module = "%s.v%s.models" % (package, version.replace("-", "_"))
    try:
        models = importlib.import_module(module)
    except ImportError:
        return None, "no models of %s at API version %s (%s)" % (kind, version, module)
    return getattr(models, name), None


def differences(sent, kept, where):
    if isinstance(sent, dict):
        if not isinstance(kept, dict):
            return ["%s: sent an object, the model keeps %r" % (where, kept)]
        out = []
        for key, value in sent.items():
            if key not in kept:
                out.append("%s.%s: not a field of the model" % (where, key))
            else:
                out += differences(value, kept[key], "%s.%s" % (where, key))
        return out
    if isinstance(sent, list):
        if not isinstance(kept, list) or len(kept) != len(sent):
            return ["%s: sent a list of %d, the model keeps %r" % (where, len(sent), kept)]
        out = []
        for i, (a, b) in enumerate(zip(sent, kept)):
            out += differences(a, b, "%s[%d]" % (where, i))
        return out
    if sent != kept or type(sent) is not type(kept):
        return ["%s: sent %r, the model keeps %r" % (where, sent, kept)]
    return []


def known_values(cls, attr):
    """The values the model's documentation knows for `attr`, or None."""
    doc = cls.__doc__ or ""
    m = re.search(r":ivar %s:(.*?)(?=\n\s*:ivar |\Z)" % re.escape(attr), doc, re.S)
    if not m or "Known values are:" not in m.group(1):
        return None
    return set(re.findall(r'"([^"]*)"', m.group(1).split("Known values are:", 1)[1]))


def model_problems(obj, where):
    """Required fields missing and unknown enum values, in `obj` and below."""
    cls = type(obj)
    out = []
    validation = getattr(cls, "_validation", {})
    for attr in getattr(cls, "_attribute_map", {}):
        value = getattr(obj, attr, None)
        rules = validation.get(attr, {})
        if rules.get("required") and not rules.get("readonly") and value is None:
            out.append("%s.%s: required by the model, not sent" % (where, attr))
        if isinstance(value, str):
            known = known_values(cls, attr)
            if known and value not in known:
                out.append("%s.%s: %r is none of %s" % (where, attr, value, sorted(known)))
        values = value if isinstance(value, list) else [value]
        for i, v in enumerate(values):
            if hasattr(type(v), "_attribute_map"):
                out += model_problems(v, "%s.%s%s" % (where, attr,
                                                      "[%d]" % i if isinstance(value, list) else ""))
    return out


problems = 0
missing = 0
for request in json.load(sys.stdin):
    model, why = model_of(request["path"], request["apiVersion"])
    if model is None:
        print("%s: %s" % (request["path"], why))
        missing += 1
        continue
    read = model.deserialize(request["body"])
    kept = read.serialize(keep_readonly=True)
    for line in differences(request["body"], kept, model.__name__) + model_problems(
            read, model.__name__):
        print("%s: %s" % (request["path"], line))
        problems += 1
sys.exit(2 if missing else 1 if problems else 0)
