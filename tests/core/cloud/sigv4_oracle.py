#!/usr/bin/env python3
# The test oracle for AwsSignature: signs the request given as JSON on
# standard input with botocore's own SigV4Auth (Debian's python3-botocore),
# at the given time, and prints the headers it added as JSON.
import base64
import datetime
import json
import sys

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

spec = json.load(sys.stdin)
fixed = datetime.datetime.strptime(spec["time"], "%Y%m%dT%H%M%SZ")


class FixedDatetime(datetime.datetime):
    @classmethod
    def utcnow(cls):
        return fixed

    @classmethod
    def now(cls, tz=None):
        return fixed.replace(tzinfo=tz) if tz else fixed


# botocore 1.29 (Debian 12) reads datetime.datetime.utcnow(); later ones
# get_current_datetime().
botocore.auth.datetime.datetime = FixedDatetime
if hasattr(botocore.auth, "get_current_datetime"):
    botocore.auth.get_current_datetime = lambda *a, **k: fixed

request = AWSRequest(method=spec["method"], url=spec["url"],
                     data=base64.b64decode(spec["body"]), headers=spec["headers"])
credentials = Credentials(spec["accessKeyId"], spec["secretAccessKey"],
                          spec.get("sessionToken") or None)
botocore.auth.SigV4Auth(credentials, spec["service"], spec["region"]).add_auth(request)
print(json.dumps({k: v for k, v in request.headers.items()}))
