#!/usr/bin/env python3
# The test oracle for GcpServiceAccount and GcpAccessToken, with Google's own
# library (Debian's python3-google-auth). Given on standard input as JSON:
# the key file's path, the certificate of its public key, a scope and the
# assertion hive made, it prints as JSON:
#   claims:  hive's assertion as google-auth verifies it (signature with the
#            certificate, audience, expiry);
#   header:  its header;
#   theirs:  the claims of the assertion google-auth itself makes for the
#            same key and scope;
#   request: what google-auth sends to the token endpoint with hive's
#            assertion (method, url, headers, decoded form).
import json
import sys
import urllib.parse

from google.auth import jwt
from google.oauth2 import _client, service_account

spec = json.load(sys.stdin)
info = json.load(open(spec["key"]))
certificate = open(spec["certificate"]).read()
token = spec["assertion"]

claims = jwt.decode(token, certs=certificate, audience=info["token_uri"])
header = jwt.decode_header(token)
credentials = service_account.Credentials.from_service_account_info(info, scopes=[spec["scope"]])
theirs = jwt.decode(credentials._make_authorization_grant_assertion(), verify=False)

sent = {}


class Answer:
    status = 200
    data = json.dumps({"access_token": "oracle", "expires_in": 3599}).encode()


def request(method, url, headers=None, body=None, **_):
    sent.update(method=method, url=url, headers=headers,
                form=dict(urllib.parse.parse_qsl(body)))
    return Answer()


_client.jwt_grant(request, info["token_uri"], token)
print(json.dumps({"claims": claims, "header": header, "theirs": theirs, "request": sent}))
