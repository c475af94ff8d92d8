#!/usr/bin/python3
# follow-swarm-service: the hive's swarm extensions, on every hive.
# Written by hive setup-hosts (follow-swarm-service); Python 3's standard
# library only, so it runs on RHEL and Debian alike.
#
# It follows the Docker Engine's events and acts on service labels:
#   HIVE_VIP (and HIVE_VIP0..HIVE_VIP5): the node running the service's task
#     adds the address to the interface whose network holds it ("VIP" or
#     "VIP/PREFIX@IFACE") and announces it (gratuitous ARP); a node that no
#     longer runs the task removes it.
#   HIVE_ROUTER (HIVE_ROUTER0..5): after taking the address, the router is
#     pinged from it, and the address announced again, up to 5 times until
#     it answers.
#   HIVE_MARK: NAME: the node running the task gets the node label
#     NAME=true; a node that no longer runs it loses it.
# Before acting it reads the whole swarm (on start, after every burst of
# events, after the engine comes back), so it never keeps an address or a
# label its node should not have. While it holds an address it also reads
# the swarm every 30 s: a node cut off from the managers (its task started
# elsewhere) lets go. Addresses it added are remembered in
# /run/follow-swarm-service; a node's own addresses, or another node's, are
# never taken or removed. When the engine goes away it lets go of its
# addresses (its tasks are gone); when the daemon itself stops (a restart,
# an upgrade) it keeps them, and reads the swarm again when it starts.
# HIVE_VIP and HIVE_MARK need a manager (the swarm's API); a worker waits.
# Logs go to the journal: journalctl -u follow-swarm-service.

import http.client
import ipaddress
import json
import logging
import os
import queue
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse

SOCKET = os.environ.get("HIVE_DOCKER_SOCKET", "/var/run/docker.sock")
STATE = os.environ.get("HIVE_FOLLOW_STATE", "/run/follow-swarm-service/held.json")
VIP_LABEL = re.compile(r"^HIVE_VIP([0-5]?)$")
ROUTER_TRIES = 5
HOLDING_CHECK = 30  # seconds between reads of the swarm while an address is held
BURST = 0.3  # events this close together are one burst
BURST_MAX = 2.0  # ... read at least this often
# The events that can move a task or change a label (not a health check's exec).
EVENTS = ["create", "start", "die", "kill", "stop", "destroy", "update", "remove"]
IFACE = re.compile(r"^[A-Za-z0-9_.:-]{1,15}$")

log = logging.getLogger("follow-swarm-service")


class ApiError(Exception):
    def __init__(self, status, text):
        super().__init__("HTTP %d: %s" % (status, text.strip()[:300]))
        self.status = status


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, timeout=None):
        super().__init__("localhost", timeout=timeout)

    def connect(self):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        if self.timeout is not None:
            sock.settimeout(self.timeout)
        sock.connect(SOCKET)
        self.sock = sock


def api(method, path, body=None, timeout=30):
    conn = UnixConnection(timeout)
    try:
        data = None
        headers = {}
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        conn.request(method, path, data, headers)
        answer = conn.getresponse()
        text = answer.read()
        if answer.status >= 300:
            raise ApiError(answer.status, text.decode(errors="replace"))
        return json.loads(text) if text else None
    finally:
        conn.close()


def filters(**kinds):
    return urllib.parse.quote(json.dumps(kinds))


def run(args):
    done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    if done.returncode != 0:
        log.error("%s failed: %s", " ".join(args), done.stderr.strip())
    return done.returncode == 0


def addresses():
    """{ip: (interface, network, secondary)} of this host's IPv4 addresses."""
    out = {}
    done = subprocess.run(["ip", "-o", "-4", "addr", "show"], stdout=subprocess.PIPE,
                          universal_newlines=True)
    for line in done.stdout.splitlines():
        m = re.match(r"^\d+:\s+([^\s:@]+)\S*\s+inet\s+(\S+)(.*)$", line)
        if m:
            iface = ipaddress.ip_interface(m.group(2))
            out[str(iface.ip)] = (m.group(1), iface.network, " secondary" in m.group(3))
    return out


def announce(interface, address):
    """Gratuitous ARP, as a request and as a reply (arping -U and -A)."""
    try:
        with open("/sys/class/net/%s/address" % interface) as f:
            mac = bytes.fromhex(f.read().strip().replace(":", ""))
        ip = socket.inet_aton(address)
        sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
        try:
            sock.bind((interface, 0))
            for op, target in ((1, b"\x00" * 6), (2, b"\xff" * 6)):
                arp = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, op, mac, ip, target, ip)
                sock.send(b"\xff" * 6 + mac + struct.pack("!H", 0x0806) + arp)
        finally:
            sock.close()
    except OSError as e:
        log.error("could not announce %s on %s: %s", address, interface, e)


class Follower:
    def __init__(self):
        self.node = None
        self.held = {}  # address -> "ADDRESS/PREFIX" and interface it was added as
        self.marks = set()  # labels this node was given
        self.said = set()
        self.load()

    # What was added here, kept across restarts of the daemon (not of the host).
    def load(self):
        try:
            with open(STATE) as f:
                state = json.load(f)
            self.held = state.get("addresses", {})
            self.marks = set(state.get("marks", []))
        except (OSError, ValueError):
            pass

    def save(self):
        os.makedirs(os.path.dirname(STATE), exist_ok=True)
        text = json.dumps({"addresses": self.held, "marks": sorted(self.marks)})
        with open(STATE + ".new", "w") as f:
            f.write(text)
        os.replace(STATE + ".new", STATE)

    def wait_for_swarm(self):
        said = False
        while True:
            try:
                info = api("GET", "/info")
                swarm = info.get("Swarm") or {}
                if (swarm.get("LocalNodeState") == "active" and swarm.get("NodeID") and
                        swarm.get("ControlAvailable")):
                    self.node = swarm["NodeID"]
                    log.info("following the swarm as node %s (%s)", self.node, info.get("Name"))
                    return
                if not said and swarm.get("LocalNodeState") == "active":
                    log.info("this node is a worker: HIVE_VIP and HIVE_MARK need a manager "
                             "(the swarm's API); waiting until it is one")
                elif not said:
                    log.info("this engine is not in a swarm yet; waiting")
            except (OSError, ApiError, http.client.HTTPException) as e:
                if not said:
                    log.info("the Docker Engine does not answer yet (%s); waiting", e)
            said = True
            time.sleep(10)

    def once(self, key, message):
        """An error said once per daemon run, not at every event."""
        if key not in self.said:
            self.said.add(key)
            log.error(message)

    @staticmethod
    def valid(value):
        if "@" not in value:
            return True
        with_prefix, interface = value.split("@", 1)
        try:
            prefix = ipaddress.IPv4Interface(with_prefix).network.prefixlen
        except ValueError:
            return False
        return 8 <= prefix <= 32 and IFACE.match(interface) is not None

    def runs_here(self, service):
        tasks = api("GET", "/tasks?filters=" + filters(
            service=[service], node=[self.node], **{"desired-state": ["running"]}))
        return bool(tasks)

    def reconcile(self):
        wanted = {}  # address -> (spec, router, service)
        named = set()  # every address a label names
        marks_here, marks_all = set(), set()
        # The nodes' own addresses: never taken as a virtual one.
        nodes = set()
        for node in api("GET", "/nodes"):
            address = (node.get("Status") or {}).get("Addr")
            if address:
                nodes.add(address)
        for service in api("GET", "/services"):
            spec = service.get("Spec") or {}
            labels = spec.get("Labels") or {}
            vips = [(k, VIP_LABEL.match(k).group(1)) for k in labels if VIP_LABEL.match(k)]
            mark = labels.get("HIVE_MARK")
            if not vips and not mark:
                continue
            replicas = ((spec.get("Mode") or {}).get("Replicated") or {}).get("Replicas")
            if replicas != 1:
                self.once(spec.get("Name"), "service %s: HIVE_VIP and HIVE_MARK need one "
                          "replica (it has %s): left alone" % (
                              spec.get("Name"), "a task per node" if replicas is None
                              else replicas))
                continue
            here = self.runs_here(service["ID"])
            for key, suffix in vips:
                value = labels[key].strip()
                address = value.split("@")[0].split("/")[0]
                try:
                    ipaddress.IPv4Address(address)
                except ValueError:
                    self.once(value, "service %s: %s=%s is not an IPv4 address" % (
                        spec.get("Name"), key, value))
                    continue
                if address in nodes:
                    self.once(address, "service %s: %s=%s is a node's own address: left "
                              "alone" % (spec.get("Name"), key, value))
                    continue
                if not self.valid(value):
                    self.once(value, "service %s: %s=%s: write ADDRESS, or ADDRESS/PREFIX@IFACE "
                              "with a prefix of 8 to 32" % (spec.get("Name"), key, value))
                    continue
                named.add(address)
                if here:
                    wanted[address] = (value, labels.get("HIVE_ROUTER" + suffix), spec.get("Name"))
            if mark:
                marks_all.add(mark)
                if here:
                    marks_here.add(mark)
        bound = addresses()
        # Let go first, then take: an address moves, it is never held twice here.
        for address in sorted(set(self.held) | named):
            if address in wanted or address not in bound:
                if address in self.held and address not in bound:
                    self.held.pop(address)
                continue
            interface, network, secondary = bound[address]
            if address in self.held or secondary:
                self.release(address, interface, network)
        for address, (value, router, service) in sorted(wanted.items()):
            if address not in bound:
                self.take(address, value, router, service)
        self.follow_marks(marks_here, marks_all)
        self.save()

    def take(self, address, value, router, service):
        if "@" in value:
            with_prefix, interface = value.split("@", 1)
            if "/" not in with_prefix:
                with_prefix += "/32"
        else:
            interface = None
            for own, (name, network, secondary) in addresses().items():
                if ipaddress.IPv4Address(address) in network and not secondary:
                    interface, with_prefix = name, "%s/%d" % (address, network.prefixlen)
                    break
            if interface is None:
                self.once(address, "service %s: no interface of this host is on a network "
                          "holding %s; give it an address there, or write HIVE_VIP as "
                          "ADDRESS/PREFIX@IFACE" % (service, address))
                return
        # Remembered first: a stop between the two leaves nothing unknown.
        self.held[address] = [with_prefix, interface]
        self.save()
        if not run(["ip", "-4", "addr", "add", with_prefix, "dev", interface]):
            self.held.pop(address)
            self.save()
            return
        log.info("took %s on %s for service %s", with_prefix, interface, service)
        announce(interface, address)
        if not router:
            return
        for attempt in range(1, ROUTER_TRIES + 1):
            try:
                answered = subprocess.run(["ping", "-c", "1", "-W", "2", "-I", address, router],
                                          stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL).returncode == 0
            except OSError as e:
                log.error("router %s cannot be pinged (%s): HIVE_ROUTER not checked", router, e)
                return
            if answered:
                log.info("router %s answers %s", router, address)
                return
            log.warning("router %s does not answer %s (try %d of %d); announcing again",
                        router, address, attempt, ROUTER_TRIES)
            announce(interface, address)
            time.sleep(2)
        log.error("router %s never answered %s: its ARP table may still point elsewhere",
                  router, address)

    def release(self, address, interface, network):
        held = self.held.get(address)
        with_prefix = held[0] if held else "%s/%d" % (address, network.prefixlen)
        if run(["ip", "-4", "addr", "del", with_prefix, "dev", interface]):
            log.info("let go of %s on %s", with_prefix, interface)
        self.held.pop(address, None)

    def follow_marks(self, here, known):
        for attempt in range(3):
            try:
                node = api("GET", "/nodes/" + self.node)
            except ApiError as e:
                log.error("node labels cannot be read here (%s): HIVE_MARK needs a manager", e)
                return
            spec = node.get("Spec") or {}
            labels = dict(spec.get("Labels") or {})
            for mark in here:
                labels[mark] = "true"
            for mark in (known | self.marks) - here:
                if labels.get(mark) == "true":
                    labels.pop(mark)
            if labels == (spec.get("Labels") or {}):
                self.marks = set(here)
                return
            spec["Labels"] = labels
            try:
                api("POST", "/nodes/%s/update?version=%d" % (
                    self.node, node["Version"]["Index"]), spec)
                log.info("node labels now: %s", ", ".join(
                    "%s=%s" % kv for kv in sorted(labels.items())) or "none")
                self.marks = set(here)
                return
            except ApiError as e:
                log.warning("node update refused (%s); reading it again", e)
        log.error("node labels could not be updated")

    def let_go(self, marks_too):
        for address in list(self.held):
            bound = addresses().get(address)
            if bound:
                self.release(address, bound[0], bound[1])
            self.held.pop(address, None)
        if marks_too and self.node:
            try:
                self.follow_marks(set(), set())
            except (OSError, ApiError, http.client.HTTPException) as e:
                log.warning("node labels left as they are: %s", e)
        self.save()


def events(into):
    """Reads the engine's events into `into`; None when the stream ends."""
    try:
        conn = UnixConnection(None)
        conn.request("GET", "/events?filters=" + filters(type=["service", "container", "node"],
                                                         event=EVENTS))
        answer = conn.getresponse()
        if answer.status != 200:
            raise ApiError(answer.status, answer.read().decode(errors="replace"))
        into.put("ready")
        while True:
            line = answer.readline()
            if not line:
                break
            into.put(line)
    except (OSError, ApiError, http.client.HTTPException) as e:
        log.warning("the engine's events stopped: %s", e)
    into.put(None)


def main():
    logging.basicConfig(level=os.environ.get("HIVE_LOG_LEVEL", "INFO"),
                        format="%(levelname)s %(message)s", stream=sys.stdout)
    follower = Follower()

    def stop(signum, frame):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        while True:
            follower.wait_for_swarm()
            stream = queue.Queue()
            threading.Thread(target=events, args=(stream,), daemon=True).start()
            if stream.get() is None:  # no events to follow: try again
                time.sleep(2)
                continue
            try:
                # What happened while no one followed: read before acting.
                follower.reconcile()
                while True:
                    try:
                        # Holding an address, the swarm is read now and then
                        # too: cut off from the managers, no event comes.
                        item = stream.get(timeout=HOLDING_CHECK if follower.held else None)
                    except queue.Empty:
                        follower.reconcile()
                        continue
                    # A burst of events (a task moving) is read as one.
                    began = time.monotonic()
                    while item is not None and time.monotonic() - began < BURST_MAX:
                        try:
                            item = stream.get(timeout=BURST)
                        except queue.Empty:
                            break
                    if item is None:
                        break
                    follower.reconcile()
            except (OSError, ApiError, http.client.HTTPException) as e:
                log.error("the swarm could not be read: %s", e)
            # The engine or the swarm went away: no task of ours runs here now.
            follower.let_go(marks_too=False)
            time.sleep(2)
    except SystemExit:
        # Stopped (a restart, an upgrade): what it holds stays, so services
        # and their members keep running; the next start reads the swarm.
        log.info("stopping; keeping %s", ", ".join(sorted(follower.held)) or "nothing")
        follower.save()

if __name__ == "__main__":
    main()
