<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hive::BuildInfraPhase</name>
    <message>
        <source>stage %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory has errors; run `hive check` and fix them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hive definition has no stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hive_admin %1 is not a usable user name (lower case letters, digits, _ and -; not root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build-infra for provider %1 is not available yet; this version builds hosts with the docker and prepared providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host keys pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>forgot the host keys of %n removed host(s)</source>
        <translation>
            <numerusform>forgot the host keys of %n removed host</numerusform>
            <numerusform>forgot the host keys of %n removed hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>would write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers SSH as %1 (sudo works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use sudo without a password on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host keys already pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::ContextFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::Converter</name>
    <message>
        <source>the document expands to more than %1 values (an alias bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as !!%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined on line %2); YAML keeps only one of them, so one definition would be silently lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::DebianMirror</name>
    <message>
        <source>no Debian mirror found in %1/sources.list or %1/sources.list.d: add the mirror this machine should use (apt&apos;s own configuration) and run again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::Diagnostic</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::DockerClient</name>
    <message>
        <source>Docker Engine at %1: %2 %3 failed (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine at %1: image import failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::DockerProvider</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Docker Engine answers at %1 (%2). Start one: as root, `systemctl start docker`, or where no init system runs it, `dockerd &amp;`; or point DOCKER_HOST at one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 has no valid cidr (%2); the docker provider needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1 exists with subnet %2, but the stage&apos;s cidr is %3: remove the stage&apos;s hosts with `hive build-infra -D` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would create network %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create network %1 (%2): %3. Another network may use the same addresses; change the stage&apos;s cidr or remove that network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created network %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1 is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>network %1 kept: %n container(s) still use it</source>
        <translation>
            <numerusform>network %1 kept: %n container still uses it</numerusform>
            <numerusform>network %1 kept: %n containers still use it</numerusform>
        </translation>
    </message>
    <message>
        <source>would remove network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while %1 was booting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish booting within 180 s (systemd state: %2); see `docker logs %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container named %1 exists but was not made for stage %2 of %3: rename or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs at %2 but the inventory says %3: remove it with `hive build-infra -D -l %1` and build again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would create it at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the admin user %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin user %1 set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SSH host keys (is the ssh service running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not made for this stage; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove the container and its volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::HiveDefinitionReader</name>
    <message>
        <source>the hive definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hive name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage is defined: the hive has no hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; stages are private, staging and production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;kms_key_id&apos; in the same stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;shared_repository&apos; needs &apos;separate_repository: true&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;number_of_hosts&apos; must be between 1 and %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;ip_address_list&apos; must hold between 1 and %1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number_of_hosts is %1 but ip_address_list has %2 addresses; the list decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1 is listed twice in ip_address_list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom_hostname &apos;%1&apos; must be lower-case letters, digits and hyphens (not at either end), and custom_hostname + hive name must be shorter than 55 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;subnets&apos; is empty; remove it or list a subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1 of stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1 of host %2 is outside the stage&apos;s cidr %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1: subnet %2 (%3) has no address left for host %4; use a larger cidr or fewer hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_hive is %1 but stage %2 has no hive host %3; set it with &apos;hive set first_hive N&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::HostPool</name>
    <message>
        <source>%1 is not a host of this hive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::HostSelection</name>
    <message>
        <source>-l %1: no host or group of stage %2 is called %3 (hosts: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::HttpConnection</name>
    <message>
        <source>no Docker Engine answers at %1 (%2). Start one (as root: dockerd &amp;) or point DOCKER_HOST at one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a TLS connection to the Docker Engine at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker Engine at %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker Engine at %1 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker Engine at %1 sent a malformed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker Engine at %1 stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::InventoryLoader</name>
    <message>
        <source>inventory folder %1 does not exist; run &apos;hive init&apos; or pass -r ROOT_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inventory file must be a mapping with a &apos;plugin&apos; key, but this one is a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;plugin&apos; key: not a hive definition or service definition; file ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second hive definition; the first one is %1 and there must be exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plugin &apos;%1&apos;; use hive_inventory or hive_services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hive definition: one file in inventory/ must have &apos;plugin: hive_inventory&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory/ holds no .yml file; a hive needs a hive definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variables file must be a mapping of names to values, but this one is a %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::Ipv4Network</name>
    <message>
        <source>IPv6 networks are not supported here; use an IPv4 network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a.b.c.d/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid prefix length (0-32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set (did you mean %2/%3?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::LocalCommand</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was killed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::NodeImageBuilder</name>
    <message>
        <source>HIVE_NODE_IMAGE names %1, which the Docker Engine at %2 does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node image recipe has no customisation script (broken installation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit %2); its last output:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the node image needs root (debootstrap and chroot): run build-infra as root once, or set HIVE_NODE_IMAGE to an image built elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debootstrap is not installed: install it (apt-get install debootstrap) and run build-infra again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debootstrap %1 from %2 (a few minutes, once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customising the root file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packing the root file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node image %1 ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::Persistents</name>
    <message>
        <source>%1 must be a mapping of variable names; fix or remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; must map scopes (global, private, staging, production) to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so it is not overwritten; fix it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by process %2 on %3; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk and can no longer be read; not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::PreparedProvider</name>
    <message>
        <source>prepared machines are not stopped or removed by hive; they are yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logs in with the hive&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Put the hive&apos;s public key (%2.pub) in ~%3/.ssh/authorized_keys there, or set root_password in the stage for a one-time set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would log in as root by password and set up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up %1 on %2 as root failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set up on %2 but still cannot log in with the key: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up %1 with the hive&apos;s key (root password no longer needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::Project</name>
    <message>
        <source>stage &apos;%1&apos; is not private, staging or production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::RemoteFileSync</name>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::SchemaChecker</name>
    <message>
        <source>%1 must be a mapping (key: value), but it is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; allowed keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used with provider %2 (only with %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, but it is a %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network address such as 192.168.0.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 network such as fd00::/64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid network: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of stages (private, staging, production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stage; use private, staging or production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping (key: value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image tag or a build mapping (from, roles...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::ServicesReader</name>
    <message>
        <source>a service definition file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network &apos;%1&apos; has the name of a service; both become the same inventory host and mix their variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is already defined in %2; each service may be defined only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 of service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short syntax &apos;%1&apos; is not supported in volumes; write {source: ..., target: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;drbd&apos; cannot be combined with &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;nfs&apos; cannot be combined with &apos;driver&apos; in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drbd of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device_id must be between 1 and 255, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device_id %1 of volume %2 is already used by another volume (see drbd_device_map in .hive/persistents.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DRBD device id is free for volume %1: all of 1-255 are taken in drbd_device_map; remove stale entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image of service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pull_from&apos; needs &apos;pull_on&apos; (the stages that pull instead of build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port of service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not in the form &quot;PUBLISHED:TARGET[/PROTOCOL]&quot; or &quot;TARGET[/PROTOCOL]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port must be a quoted string such as &quot;8080:80&quot; or a mapping, not the %1 %2; YAML reads unquoted 80 or 2222:22 as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;; use tcp, udp or sctp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target port %1 is outside 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 of service %2 and port %3 of service %4 share the key &apos;%5&apos; in published_port_map, so they get the same published port; rename a service or publish one port explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published port %1 is outside 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published port %1 of %2 is already used by another port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published port is free in 61001-65534 for %1; remove stale entries from published_port_map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::SshForward</name>
    <message>
        <source>cannot listen on 127.0.0.1 port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: another forward (or an earlier run that was killed) holds it; remove it if no hive command is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::SshKeyPair</name>
    <message>
        <source>%1 can be read by other users; run chmod 600 on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no public key %2 next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot generate an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the SSH key pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::SshSession</name>
    <message>
        <source>cannot create an SSH session for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1 at %2 port %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 (%2) has CHANGED: %3 knows %4, the host now shows %5. If the host was rebuilt, remove its line from that file and connect again; otherwise someone may be intercepting the connection. Refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not in %3 and unknown hosts are refused (its key: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the private key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key %2 for user %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the password of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key or password to log in to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a command on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost while running: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no SFTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 on %2: SFTP error %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: SFTP error %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::VariableCatalog</name>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes true/yes/1 or false/no/0, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes an integer, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a JSON object such as {&quot;web80&quot;: 61001}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::YamlReader</name>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is %1 bytes; files over %2 bytes are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than %1 bytes and is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file contains NUL bytes: this is binary data, not YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is not UTF-8 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brackets are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second YAML document starts here; a file may hold only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::cli::AttributesCommand</name>
    <message>
        <source>hive, stage, subnet, services-file, service, image, volume, drbd, nfs, port or network (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe the attributes of hive and service definitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::BuildInfraCommand</name>
    <message>
        <source>stop the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the servers, their volumes and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report what would change without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these hosts or groups (comma-separated; !name excludes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the raw event stream as JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-H and -D cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build the stage&apos;s servers and networks (or -H halt, -D destroy them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::CheckCommand</name>
    <message>
        <source>print the problems as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treat warnings as errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stage %2, %3 hosts, %4 services, %5 networks — OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate the project and print every problem (writes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::CliApplication</name>
    <message>
        <source>usage: hive [-h] [--version] [-r ROOT_DIR] [-s {production,staging,private}]
            [-i INVENTORY_PATH] [-c CONTEXT_DIR] [-W TEMP_DIR] [-v]
            SUBCOMMAND [options]

Hive Studio command line: design, build, run and repair a hive.

subcommands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;hive SUBCOMMAND --help&apos; for the options of a subcommand.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory where hold project inventory/settings (default: current directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: production, staging or private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path of inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory where save context (ex. CA key, ssh_config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory where save temporary files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted for hive-builder compatibility; not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output verbose log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument -s/--stage: invalid choice: &apos;%1&apos; (choose from &apos;production&apos;, &apos;staging&apos;, &apos;private&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version of hive yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::InitCommand</name>
    <message>
        <source>Success to initialize hive context on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hive context on %1 is already initialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialize hive environment (create .hive/)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::InventoryCommand</name>
    <message>
        <source>print the whole inventory (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep variables on the groups that hold them instead of flattening them into the hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the variables of one host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host and --list cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host named %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list ansible inventory (the JSON of ansible-inventory --list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::ListHostsCommand</name>
    <message>
        <source>one host per line with role, address, subnet and zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 is not defined in the hive definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBNET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return hive hosts list of the stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::ListServicesCommand</name>
    <message>
        <source>one service per line with stages, image and published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return services list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::ListVolumesCommand</name>
    <message>
        <source>one volume per line with kind, device id, size and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return the volumes build-volumes creates (drbd, nfs, driver)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::RunEventPrinter</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::SetCommand</name>
    <message>
        <source>variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hive set VARIABLE_NAME VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable %1; known variables: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 can not be saved persistently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set persistently %1 to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set hive variable persistently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hive::cli::SshCommand</name>
    <message>
        <source>target host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH_HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward the zabbix web console to localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local port for the zabbix web console (default 10052)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port forwarding, as ssh -L takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command to run instead of a login shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[-- command...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: run `hive build-infra` for stage %2 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 is not in %2 (hosts: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ssh command is not installed: install openssh-client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-Z %1 is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh to hive server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
