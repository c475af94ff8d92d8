#!/usr/bin/env python3
"""Fetches FETCH_URL (the web service, by its service name) every
FETCH_INTERVAL seconds and prints what it got."""
import os
import time
import urllib.request

url = os.environ.get("FETCH_URL", "http://web:8000/")
interval = float(os.environ.get("FETCH_INTERVAL", "5"))
while True:
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            print("fetched %s: %s" % (url, reply.read().decode().strip()), flush=True)
    except Exception as error:  # report and go on: web may be starting
        print("cannot fetch %s: %s" % (url, error), flush=True)
    time.sleep(interval)
