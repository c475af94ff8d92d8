#!/usr/bin/env python3
# The test oracle for AwsQueryClient's form bodies: botocore (Debian's
# python3-botocore) serializes the EC2 operation and parameters given as
# JSON on standard input with EC2's own service model; the request is
# caught before it is sent and its body printed. Nothing leaves the machine.
import json
import sys

import botocore.session
from botocore.awsrequest import AWSResponse

spec = json.load(sys.stdin)
session = botocore.session.get_session()
client = session.create_client("ec2", region_name="ap-northeast-1",
                               aws_access_key_id="AKIDEXAMPLE",
                               aws_secret_access_key="secret",
                               endpoint_url="http://127.0.0.1:9")
caught = {}


class Raw:
    def stream(self, **kwargs):
        yield b""


def before_send(request, **kwargs):
    body = request.body
    caught["body"] = body.decode() if isinstance(body, bytes) else body
    return AWSResponse(request.url, 200, {}, Raw())


client.meta.events.register("before-send.ec2", before_send)
try:
    getattr(client, spec["operation"])(**spec["params"])
except Exception:
    pass  # the empty answer does not parse; the body was caught
print(caught.get("body", ""))
