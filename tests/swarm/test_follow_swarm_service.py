#!/usr/bin/env python3
# The follow-swarm-service daemon's decisions (resources/swarm/), with the
# Docker Engine's API, `ip` and the ARP announcement replaced by recordings:
# which address it takes or lets go, which it never touches (a host's own,
# another node's, a service of more than one replica, a malformed one), and
# the node labels HIVE_MARK gives and takes. Run by ctest; the daemon itself
# runs on the test bed (tst_recovery_drills_e2e).
import importlib.machinery
import importlib.util
import ipaddress
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "resources", "swarm", "follow-swarm-service.py")


def load():
    loader = importlib.machinery.SourceFileLoader("follow_swarm_service", SOURCE)
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


class FakeSwarm:
    def __init__(self):
        self.services = []
        self.here = set()  # services with a task on this node
        self.nodes = [{"ID": "me", "Status": {"Addr": "10.0.0.4"}},
                      {"ID": "other", "Status": {"Addr": "10.0.0.5"}}]
        self.labels = {"hives": "true"}
        self.updates = []

    def service(self, name, labels, replicas=1):
        mode = {"Replicated": {"Replicas": replicas}} if replicas else {"Global": {}}
        self.services.append({"ID": name, "Spec": {"Name": name, "Labels": labels, "Mode": mode}})

    def api(self, method, path, body=None, timeout=30):
        if path == "/nodes":
            return self.nodes
        if path == "/services":
            return self.services
        if path.startswith("/tasks?"):
            import json
            import urllib.parse
            filters = json.loads(urllib.parse.unquote(path.split("filters=", 1)[1]))
            return [{"ID": "t"}] if filters["service"][0] in self.here else []
        if path == "/nodes/me" and method == "GET":
            return {"Spec": {"Labels": dict(self.labels)}, "Version": {"Index": 7}}
        if path.startswith("/nodes/me/update") and method == "POST":
            self.updates.append(body)
            self.labels = dict(body["Labels"])
            return None
        raise AssertionError("unexpected call %s %s" % (method, path))


class TestFollowSwarmService(unittest.TestCase):
    def setUp(self):
        self.m = load()
        self.real_run, self.real_sleep = self.m.subprocess.run, self.m.time.sleep
        self.dir = tempfile.TemporaryDirectory()
        self.m.STATE = os.path.join(self.dir.name, "held.json")
        self.swarm = FakeSwarm()
        self.m.api = self.swarm.api
        self.bound = {"10.0.0.4": ("eth0", ipaddress.ip_network("10.0.0.0/24"), False)}
        self.m.addresses = lambda: dict(self.bound)
        self.commands = []
        self.announced = []

        def run(args):
            self.commands.append(args)
            address = args[4].split("/")[0]
            if args[3] == "add":
                self.bound[address] = (args[6], ipaddress.ip_interface(args[4]).network, True)
            elif args[3] == "del":
                self.bound.pop(address, None)
            return True
        self.m.run = run
        self.m.announce = lambda interface, address: self.announced.append((interface, address))
        self.follower = self.m.Follower()
        self.follower.node = "me"

    def tearDown(self):
        # subprocess and time are the real modules, shared by every test.
        self.m.subprocess.run = self.real_run
        self.m.time.sleep = self.real_sleep
        self.dir.cleanup()

    def test_takes_the_address_of_a_task_here_and_lets_go_when_it_leaves(self):
        self.swarm.service("vip", {"HIVE_VIP": "10.0.0.200"})
        self.follower.reconcile()
        self.assertEqual(self.commands, [])
        self.swarm.here.add("vip")
        self.follower.reconcile()
        self.assertEqual(self.commands, [["ip", "-4", "addr", "add", "10.0.0.200/24", "dev", "eth0"]])
        self.assertEqual(self.announced, [("eth0", "10.0.0.200")])
        self.follower.reconcile()  # nothing more to do
        self.assertEqual(len(self.commands), 1)
        self.swarm.here.clear()
        self.follower.reconcile()
        self.assertEqual(self.commands[-1], ["ip", "-4", "addr", "del", "10.0.0.200/24", "dev", "eth0"])
        self.assertNotIn("10.0.0.200", self.bound)

    def test_a_restarted_daemon_remembers_what_it_added(self):
        self.swarm.service("vip", {"HIVE_VIP1": "10.0.0.201/32@eth0"})
        self.swarm.here.add("vip")
        self.follower.reconcile()
        self.assertEqual(self.commands, [["ip", "-4", "addr", "add", "10.0.0.201/32", "dev", "eth0"]])
        again = self.m.Follower()
        again.node = "me"
        self.swarm.services.clear()  # the service removed while it was stopped
        again.reconcile()
        self.assertEqual(self.commands[-1], ["ip", "-4", "addr", "del", "10.0.0.201/32", "dev", "eth0"])

    def test_never_touches_an_address_it_should_not(self):
        # A host's own address, named by a label, is never removed; another
        # node's is never taken; more than one replica, or a malformed
        # value, is left alone.
        self.swarm.service("own", {"HIVE_VIP": "10.0.0.4"})
        self.swarm.service("other", {"HIVE_VIP": "10.0.0.5"})
        self.swarm.service("many", {"HIVE_VIP": "10.0.0.210"}, replicas=2)
        self.swarm.service("global", {"HIVE_VIP": "10.0.0.211"}, replicas=None)
        self.swarm.service("wide", {"HIVE_VIP": "10.0.0.212/0@eth0"})
        self.swarm.service("hostile", {"HIVE_VIP": "10.0.0.213/24@eth0;reboot"})
        self.swarm.service("text", {"HIVE_VIP": "not-an-address"})
        self.swarm.here.update({"own", "other", "many", "global", "wide", "hostile", "text"})
        self.follower.reconcile()
        self.assertEqual(self.commands, [])
        self.swarm.here.clear()
        self.follower.reconcile()
        self.assertEqual(self.commands, [])
        self.assertIn("10.0.0.4", self.bound)

    def test_no_network_for_the_address_takes_nothing(self):
        self.swarm.service("vip", {"HIVE_VIP": "192.168.9.9"})
        self.swarm.here.add("vip")
        self.follower.reconcile()
        self.assertEqual(self.commands, [])

    def test_the_router_is_pinged_and_the_address_announced_again_until_it_answers(self):
        pings = []

        class Done:
            def __init__(self, code):
                self.returncode = code

        def fake_run(args, **kwargs):
            pings.append(args)
            return Done(0 if len(pings) >= 3 else 1)
        self.m.subprocess.run = fake_run
        self.m.time.sleep = lambda seconds: None
        self.swarm.service("vip", {"HIVE_VIP": "10.0.0.200", "HIVE_ROUTER": "10.0.0.1"})
        self.swarm.here.add("vip")
        self.follower.reconcile()
        self.assertEqual(pings[0], ["ping", "-c", "1", "-W", "2", "-I", "10.0.0.200", "10.0.0.1"])
        self.assertEqual(len(pings), 3)
        # announced when taken, then again after each unanswered ping
        self.assertEqual(self.announced, [("eth0", "10.0.0.200")] * 3)

    def test_a_router_that_never_answers_is_tried_five_times_and_the_address_kept(self):
        class Done:
            returncode = 1
        tries = []
        self.m.subprocess.run = lambda args, **kwargs: tries.append(args) or Done()
        self.m.time.sleep = lambda seconds: None
        self.swarm.service("vip", {"HIVE_VIP": "10.0.0.200", "HIVE_ROUTER": "10.0.0.1"})
        self.swarm.here.add("vip")
        self.follower.reconcile()
        self.assertEqual(len(tries), 5)
        self.assertIn("10.0.0.200", self.bound)

    def test_a_mark_follows_the_leader(self):
        self.swarm.service("leader", {"HIVE_MARK": "zabbix"})
        self.follower.reconcile()
        self.assertEqual(self.swarm.updates, [])
        self.swarm.here.add("leader")
        self.follower.reconcile()
        self.assertEqual(self.swarm.labels, {"hives": "true", "zabbix": "true"})
        self.swarm.here.clear()
        self.follower.reconcile()
        self.assertEqual(self.swarm.labels, {"hives": "true"})
        self.assertEqual(len(self.swarm.updates), 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
