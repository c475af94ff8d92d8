<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hive</name>
    <message>
        <source>%1 exists already; it was left as it is</source>
        <translation>%1 exists already; it was left as it is</translation>
    </message>
</context>
<context>
    <name>hive::AnsiblePlaybook</name>
    <message>
        <source>%1 needs ansible-playbook (Debian: apt install ansible)</source>
        <translation>%1 needs ansible-playbook (Debian: apt install ansible)</translation>
    </message>
    <message>
        <source>cancelled while applying %1</source>
        <translation>cancelled while applying %1</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%1 failed on %2</translation>
    </message>
    <message>
        <source>ansible-playbook ended (exit %1) without a result for %2: %3</source>
        <translation>ansible-playbook ended (exit %1) without a result for %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) ok</source>
        <translation>
            <numerusform>%1: %n task ok</numerusform>
            <numerusform>%1: %n tasks ok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would change %n task(s)</source>
        <translation>
            <numerusform>%1 would change %n task</numerusform>
            <numerusform>%1 would change %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n task(s)</source>
        <translation>
            <numerusform>%1 changed %n task</numerusform>
            <numerusform>%1 changed %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before applying %1</source>
        <translation>cancelled before applying %1</translation>
    </message>
    <message>
        <source>ansible-playbook stopped (exit %1) before it was done with %2</source>
        <translation>ansible-playbook stopped (exit %1) before it was done with %2</translation>
    </message>
</context>
<context>
    <name>hive::AppliedMarker</name>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>cannot remove %1 on %2: %3</source>
        <translation>cannot remove %1 on %2: %3</translation>
    </message>
    <message>
        <source>not a fingerprint: %1</source>
        <translation>not a fingerprint: %1</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>cannot write %1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>hive::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hive::AttributeText</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <source>%1 is not a list like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>%1 is not a list like [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1 is not valid YAML</source>
        <translation>%1 is not valid YAML</translation>
    </message>
</context>
<context>
    <name>hive::AwsAccountCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the access key ID and the secret access key.</source>
        <translation>Check the access key ID and the secret access key.</translation>
    </message>
    <message>
        <source>Give the key&apos;s user the permission named above.</source>
        <translation>Give the key&apos;s user the permission named above.</translation>
    </message>
    <message>
        <source>whose key this is (sts:GetCallerIdentity)</source>
        <translation>whose key this is (sts:GetCallerIdentity)</translation>
    </message>
    <message>
        <source>the zones of %1 (ec2:DescribeAvailabilityZones)</source>
        <translation>the zones of %1 (ec2:DescribeAvailabilityZones)</translation>
    </message>
    <message>
        <source>the instance types of %1 (ec2:DescribeInstanceTypeOfferings)</source>
        <translation>the instance types of %1 (ec2:DescribeInstanceTypeOfferings)</translation>
    </message>
</context>
<context>
    <name>hive::AwsCredentialSource</name>
    <message>
        <source>hive set aws_access_key_id (stage %1)</source>
        <translation>hive set aws_access_key_id (stage %1)</translation>
    </message>
    <message>
        <source>the environment (AWS_ACCESS_KEY_ID)</source>
        <translation>the environment (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>profile %1 of %2</source>
        <translation>profile %1 of %2</translation>
    </message>
    <message>
        <source>no AWS access key for stage %1: run `hive -s %1 set aws_access_key_id KEY` and `hive -s %1 set aws_secret_access_key SECRET` (or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile in %2)</source>
        <translation>no AWS access key for stage %1: run `hive -s %1 set aws_access_key_id KEY` and `hive -s %1 set aws_secret_access_key SECRET` (or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile in %2)</translation>
    </message>
</context>
<context>
    <name>hive::AwsFileSystem</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>looking for EFS %1</source>
        <translation>looking for EFS %1</translation>
    </message>
    <message numerus="yes">
        <source>would create EFS %1 with a mount target in each of %n subnet(s)</source>
        <translation>
            <numerusform>would create EFS %1 with a mount target in each of %n subnet</numerusform>
            <numerusform>would create EFS %1 with a mount target in each of %n subnets</numerusform>
        </translation>
    </message>
    <message>
        <source>creating EFS %1</source>
        <translation>creating EFS %1</translation>
    </message>
    <message>
        <source>created EFS %1 (%2)</source>
        <translation>created EFS %1 (%2)</translation>
    </message>
    <message>
        <source>EFS %1</source>
        <translation>EFS %1</translation>
    </message>
    <message>
        <source>it is %1; remove it or wait until it is gone</source>
        <translation>it is %1; remove it or wait until it is gone</translation>
    </message>
    <message>
        <source>still %1 after 15 minutes; run again later</source>
        <translation>still %1 after 15 minutes; run again later</translation>
    </message>
    <message>
        <source>EFS %1 is %2 (%3 s)</source>
        <translation>EFS %1 is %2 (%3 s)</translation>
    </message>
    <message>
        <source>waiting for EFS %1</source>
        <translation>waiting for EFS %1</translation>
    </message>
    <message>
        <source>cancelled; the next run goes on from here</source>
        <translation>cancelled; the next run goes on from here</translation>
    </message>
    <message>
        <source>looking for the mount targets of %1</source>
        <translation>looking for the mount targets of %1</translation>
    </message>
    <message>
        <source>would add a mount target in subnet %1</source>
        <translation>would add a mount target in subnet %1</translation>
    </message>
    <message>
        <source>a mount target in subnet %1</source>
        <translation>a mount target in subnet %1</translation>
    </message>
    <message>
        <source>the subnet was not made; run build-infra again</source>
        <translation>the subnet was not made; run build-infra again</translation>
    </message>
    <message>
        <source>adding a mount target in subnet %1</source>
        <translation>adding a mount target in subnet %1</translation>
    </message>
    <message>
        <source>added a mount target in subnet %1</source>
        <translation>added a mount target in subnet %1</translation>
    </message>
    <message>
        <source>mount targets of %1</source>
        <translation>mount targets of %1</translation>
    </message>
    <message>
        <source>still being made after 15 minutes; run again later</source>
        <translation>still being made after 15 minutes; run again later</translation>
    </message>
    <message>
        <source>mount targets of %1 are being made (%2 s)</source>
        <translation>mount targets of %1 are being made (%2 s)</translation>
    </message>
    <message>
        <source>waiting for the mount targets of %1</source>
        <translation>waiting for the mount targets of %1</translation>
    </message>
    <message>
        <source>EFS %1 (%2) with a mount target in each subnet</source>
        <translation>EFS %1 (%2) with a mount target in each subnet</translation>
    </message>
    <message>
        <source>no EFS %1</source>
        <translation>no EFS %1</translation>
    </message>
    <message>
        <source>would remove mount target %1</source>
        <translation>would remove mount target %1</translation>
    </message>
    <message>
        <source>removed mount target %1</source>
        <translation>removed mount target %1</translation>
    </message>
    <message>
        <source>removing mount target %1</source>
        <translation>removing mount target %1</translation>
    </message>
    <message>
        <source>still there after 15 minutes; run -D again later</source>
        <translation>still there after 15 minutes; run -D again later</translation>
    </message>
    <message>
        <source>removing the mount targets of %1</source>
        <translation>removing the mount targets of %1</translation>
    </message>
    <message>
        <source>would remove EFS %1 (%2)</source>
        <translation>would remove EFS %1 (%2)</translation>
    </message>
    <message>
        <source>removed EFS %1 (%2)</source>
        <translation>removed EFS %1 (%2)</translation>
    </message>
    <message>
        <source>removing EFS %1</source>
        <translation>removing EFS %1</translation>
    </message>
</context>
<context>
    <name>hive::AwsHostKeys</name>
    <message>
        <source>reading the console of %1: %2</source>
        <translation>reading the console of %1: %2</translation>
    </message>
    <message>
        <source>the console of %1 shows no SSH host keys after %2 s (the image must run cloud-init, which prints them); the host is not connected to without them</source>
        <translation>the console of %1 shows no SSH host keys after %2 s (the image must run cloud-init, which prints them); the host is not connected to without them</translation>
    </message>
    <message>
        <source>waiting for the host keys of %1 on its console (%2 s)</source>
        <translation>waiting for the host keys of %1 on its console (%2 s)</translation>
    </message>
</context>
<context>
    <name>hive::AwsHttpExchange</name>
    <message>
        <source>give the key&apos;s user the permission %1:%2</source>
        <translation>give the key&apos;s user the permission %1:%2</translation>
    </message>
</context>
<context>
    <name>hive::AwsInstance</name>
    <message>
        <source>looking for image %1: %2</source>
        <translation>looking for image %1: %2</translation>
    </message>
    <message>
        <source>no image named %1 in this region; set image_name to an AMI id</source>
        <translation>no image named %1 in this region; set image_name to an AMI id</translation>
    </message>
    <message>
        <source>image %1 is not in this region (AMI ids differ per region)</source>
        <translation>image %1 is not in this region (AMI ids differ per region)</translation>
    </message>
    <message>
        <source>%1 instances are named %2 in project %3; terminate the extra ones</source>
        <translation>%1 instances are named %2 in project %3; terminate the extra ones</translation>
    </message>
    <message>
        <source>looking for instance %1: %2</source>
        <translation>looking for instance %1: %2</translation>
    </message>
    <message>
        <source>%1 is a %2, the stage says %3: changing the type needs a stop; it is left as it is</source>
        <translation>%1 is a %2, the stage says %3: changing the type needs a stop; it is left as it is</translation>
    </message>
    <message>
        <source>would create %1 (%2) at %3</source>
        <translation>would create %1 (%2) at %3</translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation>running (%1)</translation>
    </message>
    <message>
        <source>would start %1 (%2, %3)</source>
        <translation>would start %1 (%2, %3)</translation>
    </message>
    <message>
        <source>creating instance %1: %2</source>
        <translation>creating instance %1: %2</translation>
    </message>
    <message>
        <source>created %1 (%2)</source>
        <translation>created %1 (%2)</translation>
    </message>
    <message>
        <source>starting %1: %2</source>
        <translation>starting %1: %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <source>cancelled while %1 was %2; the next run finds it</source>
        <translation>cancelled while %1 was %2; the next run finds it</translation>
    </message>
    <message>
        <source>%1 is still %2 after 10 minutes</source>
        <translation>%1 is still %2 after 10 minutes</translation>
    </message>
    <message>
        <source>looking at %1: %2</source>
        <translation>looking at %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1: %2 (%3 s)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>looking for the Elastic IP of %1: %2</source>
        <translation>looking for the Elastic IP of %1: %2</translation>
    </message>
    <message>
        <source>hive_published_ip %1 of %2 is not an Elastic IP of this account in %3 (%4)</source>
        <translation>hive_published_ip %1 of %2 is not an Elastic IP of this account in %3 (%4)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>hive_published_ip %1 is in use by %2; free it or choose another</source>
        <translation>hive_published_ip %1 is in use by %2; free it or choose another</translation>
    </message>
    <message>
        <source>allocating an Elastic IP for %1: %2</source>
        <translation>allocating an Elastic IP for %1: %2</translation>
    </message>
    <message>
        <source>giving %1 the Elastic IP %2: %3</source>
        <translation>giving %1 the Elastic IP %2: %3</translation>
    </message>
    <message>
        <source>Elastic IP %1</source>
        <translation>Elastic IP %1</translation>
    </message>
    <message>
        <source>running (%1) at %2</source>
        <translation>running (%1) at %2</translation>
    </message>
</context>
<context>
    <name>hive::AwsInstanceStates</name>
    <message>
        <source>asking AWS for the instances: %1</source>
        <translation>asking AWS for the instances: %1</translation>
    </message>
</context>
<context>
    <name>hive::AwsKeyPair</name>
    <message>
        <source>looking for key pair %1: %2</source>
        <translation>looking for key pair %1: %2</translation>
    </message>
    <message>
        <source>key pair %1 (made before; kept as it is)</source>
        <translation>key pair %1 (made before; kept as it is)</translation>
    </message>
    <message>
        <source>key pair %1</source>
        <translation>key pair %1</translation>
    </message>
    <message>
        <source>would import the hive&apos;s key again as %1 (it holds another key)</source>
        <translation>would import the hive&apos;s key again as %1 (it holds another key)</translation>
    </message>
    <message>
        <source>replacing key pair %1: %2</source>
        <translation>replacing key pair %1: %2</translation>
    </message>
    <message>
        <source>would import the hive&apos;s key as %1</source>
        <translation>would import the hive&apos;s key as %1</translation>
    </message>
    <message>
        <source>importing key pair %1: %2</source>
        <translation>importing key pair %1: %2</translation>
    </message>
    <message>
        <source>imported the hive&apos;s key as %1</source>
        <translation>imported the hive&apos;s key as %1</translation>
    </message>
    <message>
        <source>imported the hive&apos;s key again as %1</source>
        <translation>imported the hive&apos;s key again as %1</translation>
    </message>
</context>
<context>
    <name>hive::AwsNetwork</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>would %1</translation>
    </message>
    <message>
        <source>looking for VPC %1</source>
        <translation>looking for VPC %1</translation>
    </message>
    <message>
        <source>%1 VPCs are named %2 with cidr %3 in %4; remove the extra ones</source>
        <translation>%1 VPCs are named %2 with cidr %3 in %4; remove the extra ones</translation>
    </message>
    <message>
        <source>create VPC %1 (%2)</source>
        <translation>create VPC %1 (%2)</translation>
    </message>
    <message>
        <source>creating VPC %1</source>
        <translation>creating VPC %1</translation>
    </message>
    <message>
        <source>turning on DNS in VPC %1</source>
        <translation>turning on DNS in VPC %1</translation>
    </message>
    <message>
        <source>looking for the internet gateway of %1</source>
        <translation>looking for the internet gateway of %1</translation>
    </message>
    <message>
        <source>create and attach internet gateway &quot;%1&quot;</source>
        <translation>create and attach internet gateway &quot;%1&quot;</translation>
    </message>
    <message>
        <source>creating the internet gateway</source>
        <translation>creating the internet gateway</translation>
    </message>
    <message>
        <source>attaching internet gateway %1</source>
        <translation>attaching internet gateway %1</translation>
    </message>
    <message>
        <source>looking for subnet %1</source>
        <translation>looking for subnet %1</translation>
    </message>
    <message>
        <source>subnet %1 (%2) is in %3, not %4: a subnet cannot move; change available_zone back, or remove the subnet and its hosts</source>
        <translation>subnet %1 (%2) is in %3, not %4: a subnet cannot move; change available_zone back, or remove the subnet and its hosts</translation>
    </message>
    <message>
        <source>create subnet %1 (%2) in %3</source>
        <translation>create subnet %1 (%2) in %3</translation>
    </message>
    <message>
        <source>creating subnet %1</source>
        <translation>creating subnet %1</translation>
    </message>
    <message>
        <source>looking for the route table of %1</source>
        <translation>looking for the route table of %1</translation>
    </message>
    <message>
        <source>VPC %1 has no main route table</source>
        <translation>VPC %1 has no main route table</translation>
    </message>
    <message>
        <source>route 0.0.0.0/0 of %1 to the internet gateway</source>
        <translation>route 0.0.0.0/0 of %1 to the internet gateway</translation>
    </message>
    <message>
        <source>routing %1 to the internet gateway</source>
        <translation>routing %1 to the internet gateway</translation>
    </message>
    <message>
        <source>looking for the default security group of %1</source>
        <translation>looking for the default security group of %1</translation>
    </message>
    <message>
        <source>VPC %1 has no default security group</source>
        <translation>VPC %1 has no default security group</translation>
    </message>
    <message>
        <source>all from the group</source>
        <translation>all from the group</translation>
    </message>
    <message>
        <source>allow %1 in</source>
        <translation>allow %1 in</translation>
    </message>
    <message>
        <source>opening the security group %1</source>
        <translation>opening the security group %1</translation>
    </message>
    <message>
        <source>no longer allow %1</source>
        <translation>no longer allow %1</translation>
    </message>
    <message>
        <source>closing the security group %1</source>
        <translation>closing the security group %1</translation>
    </message>
    <message>
        <source>looking at DNS in VPC %1</source>
        <translation>looking at DNS in VPC %1</translation>
    </message>
    <message>
        <source>turn on %1 in VPC %2</source>
        <translation>turn on %1 in VPC %2</translation>
    </message>
    <message>
        <source>attach internet gateway %1</source>
        <translation>attach internet gateway %1</translation>
    </message>
</context>
<context>
    <name>hive::AwsProvider</name>
    <message>
        <source>no running instance</source>
        <translation>no running instance</translation>
    </message>
    <message>
        <source>-D on AWS removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and terminate its instance in the AWS console.</source>
        <translation>-D on AWS removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and terminate its instance in the AWS console.</translation>
    </message>
    <message numerus="yes">
        <source>VPC %1 (%2) with its gateway, %n subnet(s) and security group as planned</source>
        <translation>
            <numerusform>VPC %1 (%2) with its gateway, %n subnet and security group as planned</numerusform>
            <numerusform>VPC %1 (%2) with its gateway, %n subnets and security group as planned</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (root device %2)</source>
        <translation>%1 (root device %2)</translation>
    </message>
    <message>
        <source>%1 is not in the stage&apos;s plan</source>
        <translation>%1 is not in the stage&apos;s plan</translation>
    </message>
    <message>
        <source>reading its SSH host keys from its console output</source>
        <translation>reading its SSH host keys from its console output</translation>
    </message>
</context>
<context>
    <name>hive::AwsQueryClient</name>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 answered %2</translation>
    </message>
    <message>
        <source>%1 answered %2 with a document that is not XML (%3)</source>
        <translation>%1 answered %2 with a document that is not XML (%3)</translation>
    </message>
    <message>
        <source>%1 answered more than %2 pages</source>
        <translation>%1 answered more than %2 pages</translation>
    </message>
</context>
<context>
    <name>hive::AwsResourcePlan</name>
    <message>
        <source>stage %1: &apos;region&apos; is needed on AWS (e.g. ap-northeast-1)</source>
        <translation>stage %1: &apos;region&apos; is needed on AWS (e.g. ap-northeast-1)</translation>
    </message>
    <message>
        <source>stage %1: encrypted disks need &apos;kms_key_id&apos; (the KMS key&apos;s id or ARN)</source>
        <translation>stage %1: encrypted disks need &apos;kms_key_id&apos; (the KMS key&apos;s id or ARN)</translation>
    </message>
    <message>
        <source>region %1, stage %2 of %3</source>
        <translation>region %1, stage %2 of %3</translation>
    </message>
    <message>
        <source>vpc %1 %2, internet gateway &quot;%3&quot;</source>
        <translation>vpc %1 %2, internet gateway &quot;%3&quot;</translation>
    </message>
    <message>
        <source>subnet %1 %2 in %3</source>
        <translation>subnet %1 %2 in %3</translation>
    </message>
    <message>
        <source>security group %1 (the vpc&apos;s default): %2</source>
        <translation>security group %1 (the vpc&apos;s default): %2</translation>
    </message>
    <message>
        <source>key pair %1</source>
        <translation>key pair %1</translation>
    </message>
    <message>
        <source>image: the newest named %1%2</source>
        <translation>image: the newest named %1%2</translation>
    </message>
    <message>
        <source> of owner %1</source>
        <translation> of owner %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>instance %1 %2 at %3 in %4: %5%6, elastic ip %7</source>
        <translation>instance %1 %2 at %3 in %4: %5%6, elastic ip %7</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>efs %1 with a mount target in each subnet</source>
        <translation>efs %1 with a mount target in each subnet</translation>
    </message>
</context>
<context>
    <name>hive::AwsRestJsonClient</name>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 answered %2</translation>
    </message>
    <message>
        <source>%1 answered %2 with a document that is not JSON (%3)</source>
        <translation>%1 answered %2 with a document that is not JSON (%3)</translation>
    </message>
    <message>
        <source>%1 answered more than %2 pages</source>
        <translation>%1 answered more than %2 pages</translation>
    </message>
</context>
<context>
    <name>hive::AwsTeardown</name>
    <message>
        <source>waiting for %1 (%2 s)</source>
        <translation>waiting for %1 (%2 s)</translation>
    </message>
    <message>
        <source>%1 still changing; the next run goes on from here</source>
        <translation>%1 still changing; the next run goes on from here</translation>
    </message>
    <message>
        <source>would stop %1 (%2)</source>
        <translation>would stop %1 (%2)</translation>
    </message>
    <message>
        <source>stopping %1 (%2)</source>
        <translation>stopping %1 (%2)</translation>
    </message>
    <message>
        <source>no instance of stage %1 is running</source>
        <translation>no instance of stage %1 is running</translation>
    </message>
    <message>
        <source>stopping the instances: %1</source>
        <translation>stopping the instances: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>would remove %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>looking for the instances</source>
        <translation>looking for the instances</translation>
    </message>
    <message>
        <source>instance %1 (%2)</source>
        <translation>instance %1 (%2)</translation>
    </message>
    <message>
        <source>terminating the instances</source>
        <translation>terminating the instances</translation>
    </message>
    <message>
        <source>waiting for the instances to end</source>
        <translation>waiting for the instances to end</translation>
    </message>
    <message>
        <source>looking for the Elastic IPs</source>
        <translation>looking for the Elastic IPs</translation>
    </message>
    <message>
        <source>Elastic IP %1</source>
        <translation>Elastic IP %1</translation>
    </message>
    <message>
        <source>releasing Elastic IP %1</source>
        <translation>releasing Elastic IP %1</translation>
    </message>
    <message>
        <source>looking for key pair %1</source>
        <translation>looking for key pair %1</translation>
    </message>
    <message>
        <source>looking for instances with key pair %1</source>
        <translation>looking for instances with key pair %1</translation>
    </message>
    <message>
        <source>key pair %1</source>
        <translation>key pair %1</translation>
    </message>
    <message>
        <source>removing key pair %1</source>
        <translation>removing key pair %1</translation>
    </message>
    <message>
        <source>key pair %1 kept: %2 still use it</source>
        <translation>key pair %1 kept: %2 still use it</translation>
    </message>
    <message>
        <source>looking for VPC %1</source>
        <translation>looking for VPC %1</translation>
    </message>
    <message>
        <source>%1 match; remove the one that is not this stage&apos;s by hand</source>
        <translation>%1 match; remove the one that is not this stage&apos;s by hand</translation>
    </message>
    <message>
        <source>nothing of stage %1 is left in %2</source>
        <translation>nothing of stage %1 is left in %2</translation>
    </message>
    <message>
        <source>looking for subnet %1</source>
        <translation>looking for subnet %1</translation>
    </message>
    <message>
        <source>subnet %1 (%2)</source>
        <translation>subnet %1 (%2)</translation>
    </message>
    <message>
        <source>removing subnet %1</source>
        <translation>removing subnet %1</translation>
    </message>
    <message>
        <source>looking for the internet gateway</source>
        <translation>looking for the internet gateway</translation>
    </message>
    <message>
        <source>internet gateway %1</source>
        <translation>internet gateway %1</translation>
    </message>
    <message>
        <source>removing internet gateway %1</source>
        <translation>removing internet gateway %1</translation>
    </message>
    <message>
        <source>VPC %1 (%2)</source>
        <translation>VPC %1 (%2)</translation>
    </message>
    <message>
        <source>removing VPC %1</source>
        <translation>removing VPC %1</translation>
    </message>
</context>
<context>
    <name>hive::AzureAccessToken</name>
    <message>
        <source>no Azure access token for application %1: %2</source>
        <translation>no Azure access token for application %1: %2</translation>
    </message>
    <message>
        <source>Azure refused an access token for application %1 of tenant %2 (HTTP %3%4) at %5: check azure_client_id, azure_secret and azure_tenant</source>
        <translation>Azure refused an access token for application %1 of tenant %2 (HTTP %3%4) at %5: check azure_client_id, azure_secret and azure_tenant</translation>
    </message>
    <message>
        <source>the answer of %1 has no access_token</source>
        <translation>the answer of %1 has no access_token</translation>
    </message>
</context>
<context>
    <name>hive::AzureAccountCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the service principal a role on subscription %1 (Contributor).</source>
        <translation>Give the service principal a role on subscription %1 (Contributor).</translation>
    </message>
    <message>
        <source>subscription %1</source>
        <translation>subscription %1</translation>
    </message>
    <message>
        <source>subscription %1 (%2, %3) as application %4</source>
        <translation>subscription %1 (%2, %3) as application %4</translation>
    </message>
    <message>
        <source>the locations of subscription %1</source>
        <translation>the locations of subscription %1</translation>
    </message>
    <message>
        <source>%1 is not a location of subscription %2 (it has %3)</source>
        <translation>%1 is not a location of subscription %2 (it has %3)</translation>
    </message>
    <message>
        <source>the VM sizes of %1</source>
        <translation>the VM sizes of %1</translation>
    </message>
</context>
<context>
    <name>hive::AzureChangeList</name>
    <message>
        <source>would %1</source>
        <translation>would %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hive::AzureCredentials</name>
    <message>
        <source>hive set azure_client_id (stage %1)</source>
        <translation>hive set azure_client_id (stage %1)</translation>
    </message>
    <message>
        <source>stage %1 has only part of its Azure credentials: run `hive -s %1 set NAME VALUE` for %2</source>
        <translation>stage %1 has only part of its Azure credentials: run `hive -s %1 set NAME VALUE` for %2</translation>
    </message>
    <message>
        <source>the environment (AZURE_CLIENT_ID)</source>
        <translation>the environment (AZURE_CLIENT_ID)</translation>
    </message>
    <message>
        <source>the environment has only part of the Azure credentials: %1 not set</source>
        <translation>the environment has only part of the Azure credentials: %1 not set</translation>
    </message>
    <message>
        <source>profile %1 of %2</source>
        <translation>profile %1 of %2</translation>
    </message>
    <message>
        <source>no Azure credentials for stage %1: run `hive -s %1 set azure_client_id ID`, and the same for azure_secret, azure_subscription_id and azure_tenant (or set AZURE_CLIENT_ID, AZURE_SECRET, AZURE_SUBSCRIPTION_ID and AZURE_TENANT, or a profile in %2)</source>
        <translation>no Azure credentials for stage %1: run `hive -s %1 set azure_client_id ID`, and the same for azure_secret, azure_subscription_id and azure_tenant (or set AZURE_CLIENT_ID, AZURE_SECRET, AZURE_SUBSCRIPTION_ID and AZURE_TENANT, or a profile in %2)</translation>
    </message>
</context>
<context>
    <name>hive::AzureInstance</name>
    <message>
        <source>Azure does not take &apos;%1&apos; as a VM&apos;s administrator: set hive_admin to another name (hive-builder&apos;s default on Azure is hiveadmin)</source>
        <translation>Azure does not take &apos;%1&apos; as a VM&apos;s administrator: set hive_admin to another name (hive-builder&apos;s default on Azure is hiveadmin)</translation>
    </message>
    <message>
        <source>public IP %1: %2</source>
        <translation>public IP %1: %2</translation>
    </message>
    <message>
        <source>create public IP %1</source>
        <translation>create public IP %1</translation>
    </message>
    <message>
        <source>network interface %1: %2</source>
        <translation>network interface %1: %2</translation>
    </message>
    <message>
        <source>create network interface %1 at %2 in %3</source>
        <translation>create network interface %1 at %2 in %3</translation>
    </message>
    <message>
        <source>network interface %1 is at %2 in %3, not at %4 in %5 as planned: delete it (build-infra -D removes the stage) or correct the inventory</source>
        <translation>network interface %1 is at %2 in %3, not at %4 in %5 as planned: delete it (build-infra -D removes the stage) or correct the inventory</translation>
    </message>
    <message>
        <source>network interface %1 has public IP %2, not %3: give it %3 in the portal, or delete it</source>
        <translation>network interface %1 has public IP %2, not %3: give it %3 in the portal, or delete it</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>VM %1: %2</source>
        <translation>VM %1: %2</translation>
    </message>
    <message>
        <source>create VM %1 (%2)</source>
        <translation>create VM %1 (%2)</translation>
    </message>
    <message>
        <source>create VM %1 (%2) in zone %3</source>
        <translation>create VM %1 (%2) in zone %3</translation>
    </message>
    <message>
        <source>VM %1 uses network interface %2, not %3: it is not this stage&apos;s host; delete it, or rename the host</source>
        <translation>VM %1 uses network interface %2, not %3: it is not this stage&apos;s host; delete it, or rename the host</translation>
    </message>
    <message>
        <source>VM %1 is a %2, not a %3 as planned: left as it is (resize it in the portal)</source>
        <translation>VM %1 is a %2, not a %3 as planned: left as it is (resize it in the portal)</translation>
    </message>
    <message>
        <source>start VM %1 (%2)</source>
        <translation>start VM %1 (%2)</translation>
    </message>
    <message>
        <source>VM %1 as planned, at %2</source>
        <translation>VM %1 as planned, at %2</translation>
    </message>
    <message>
        <source>the boot diagnostics of %1: %2</source>
        <translation>the boot diagnostics of %1: %2</translation>
    </message>
    <message>
        <source>cancelled while waiting for the host keys of %1</source>
        <translation>cancelled while waiting for the host keys of %1</translation>
    </message>
    <message>
        <source>%1 printed no SSH host keys on its serial console within %2 min (cloud-init prints them at first boot): its image may not use cloud-init, or may not write to the serial console</source>
        <translation>%1 printed no SSH host keys on its serial console within %2 min (cloud-init prints them at first boot): its image may not use cloud-init, or may not write to the serial console</translation>
    </message>
    <message>
        <source>waiting for %1 to print its SSH host keys</source>
        <translation>waiting for %1 to print its SSH host keys</translation>
    </message>
    <message>
        <source>make public IP %1 again (its making failed)</source>
        <translation>make public IP %1 again (its making failed)</translation>
    </message>
    <message>
        <source>public IP %1 has no address yet</source>
        <translation>public IP %1 has no address yet</translation>
    </message>
    <message>
        <source>make network interface %1 again (its making failed)</source>
        <translation>make network interface %1 again (its making failed)</translation>
    </message>
    <message>
        <source>make VM %1 again (its making failed)</source>
        <translation>make VM %1 again (its making failed)</translation>
    </message>
</context>
<context>
    <name>hive::AzureNetwork</name>
    <message>
        <source>resource group %1: %2</source>
        <translation>resource group %1: %2</translation>
    </message>
    <message>
        <source>resource group %1 is not in subscription %2, and the stage says it was prepared beforehand (prepared_resource_group): make it, or remove prepared_resource_group to have it made</source>
        <translation>resource group %1 is not in subscription %2, and the stage says it was prepared beforehand (prepared_resource_group): make it, or remove prepared_resource_group to have it made</translation>
    </message>
    <message>
        <source>create resource group %1 in %2</source>
        <translation>create resource group %1 in %2</translation>
    </message>
    <message>
        <source>network security group %1: %2</source>
        <translation>network security group %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>create network security group %1 with %n rule(s)</source>
        <translation>
            <numerusform>create network security group %1 with %n rule</numerusform>
            <numerusform>create network security group %1 with %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>set rule(s) %1 of network security group %2 to the plan&apos;s</source>
        <translation>set rule(s) %1 of network security group %2 to the plan&apos;s</translation>
    </message>
    <message>
        <source>virtual network %1: %2</source>
        <translation>virtual network %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>create virtual network %1 %2 with %n subnet(s)</source>
        <translation>
            <numerusform>create virtual network %1 %2 with %n subnet</numerusform>
            <numerusform>create virtual network %1 %2 with %n subnets</numerusform>
        </translation>
    </message>
    <message>
        <source>virtual network %1 of resource group %2 is over %3, not the stage&apos;s cidr %4: give the stage another hive_vpc_name, or correct its cidr</source>
        <translation>virtual network %1 of resource group %2 is over %3, not the stage&apos;s cidr %4: give the stage another hive_vpc_name, or correct its cidr</translation>
    </message>
    <message>
        <source>subnet %1 of %2 is %3, not %4 as the stage says: its range cannot change while it is used; delete it, or rename the stage&apos;s subnet</source>
        <translation>subnet %1 of %2 is %3, not %4 as the stage says: its range cannot change while it is used; delete it, or rename the stage&apos;s subnet</translation>
    </message>
    <message>
        <source>create subnet %1 %2</source>
        <translation>create subnet %1 %2</translation>
    </message>
    <message>
        <source>remove rule(s) %1 the plan no longer has from network security group %2</source>
        <translation>remove rule(s) %1 the plan no longer has from network security group %2</translation>
    </message>
</context>
<context>
    <name>hive::AzureProvider</name>
    <message>
        <source>stage %1 has nfs volumes, which need Azure Files (storage account %2) on Azure: this version does not build them yet (build the stage without nfs volumes)</source>
        <translation>stage %1 has nfs volumes, which need Azure Files (storage account %2) on Azure: this version does not build them yet (build the stage without nfs volumes)</translation>
    </message>
    <message numerus="yes">
        <source>resource group %1, virtual network %2 with %n subnet(s) and security group %3 as planned</source>
        <translation>
            <numerusform>resource group %1, virtual network %2 with %n subnet and security group %3 as planned</numerusform>
            <numerusform>resource group %1, virtual network %2 with %n subnets and security group %3 as planned</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the stage&apos;s plan</source>
        <translation>%1 is not in the stage&apos;s plan</translation>
    </message>
    <message>
        <source>no VM</source>
        <translation>no VM</translation>
    </message>
    <message>
        <source>-D on Azure removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and delete its VM in the portal.</source>
        <translation>-D on Azure removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and delete its VM in the portal.</translation>
    </message>
    <message>
        <source>nothing of stage %1 is left in resource group %2</source>
        <translation>nothing of stage %1 is left in resource group %2</translation>
    </message>
    <message>
        <source>reading its SSH host keys from its serial log (boot diagnostics)</source>
        <translation>reading its SSH host keys from its serial log (boot diagnostics)</translation>
    </message>
    <message>
        <source>VM %1 was made without boot diagnostics, so the SSH host keys cloud-init printed at its first boot cannot be read through Azure (turning them on now does not bring them back): read them on its serial console in the portal, add them to %2 for %3, and run build-infra again</source>
        <translation>VM %1 was made without boot diagnostics, so the SSH host keys cloud-init printed at its first boot cannot be read through Azure (turning them on now does not bring them back): read them on its serial console in the portal, add them to %2 for %3, and run build-infra again</translation>
    </message>
</context>
<context>
    <name>hive::AzureResourcePlan</name>
    <message>
        <source>stage %1: &apos;region&apos; is needed on Azure (a location, e.g. japaneast)</source>
        <translation>stage %1: &apos;region&apos; is needed on Azure (a location, e.g. japaneast)</translation>
    </message>
    <message>
        <source>stage %1: %2 gives the Azure name &apos;%3&apos;, which Azure refuses (1 to 80 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, beginning with a letter or digit, ending with a letter, digit or &apos;_&apos;)</source>
        <translation>stage %1: %2 gives the Azure name &apos;%3&apos;, which Azure refuses (1 to 80 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, beginning with a letter or digit, ending with a letter, digit or &apos;_&apos;)</translation>
    </message>
    <message>
        <source>stage %1: the resource group &apos;%2&apos; is not a name Azure takes (1 to 90 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending with &apos;.&apos;)</source>
        <translation>stage %1: the resource group &apos;%2&apos; is not a name Azure takes (1 to 90 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending with &apos;.&apos;)</translation>
    </message>
    <message>
        <source>the hive&apos;s name</source>
        <translation>the hive&apos;s name</translation>
    </message>
    <message>
        <source>stage %1: image_name needs publisher, offer and sku</source>
        <translation>stage %1: image_name needs publisher, offer and sku</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>subnet %1</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>stage %1: %2&apos;s availability zone &apos;%3&apos; is not one of Azure&apos;s zones 1, 2 and 3 (not_support_az: true for a region without zones)</source>
        <translation>stage %1: %2&apos;s availability zone &apos;%3&apos; is not one of Azure&apos;s zones 1, 2 and 3 (not_support_az: true for a region without zones)</translation>
    </message>
    <message>
        <source>location %1, stage %2 of %3</source>
        <translation>location %1, stage %2 of %3</translation>
    </message>
    <message>
        <source>resource group %1 (prepared)</source>
        <translation>resource group %1 (prepared)</translation>
    </message>
    <message>
        <source>resource group %1</source>
        <translation>resource group %1</translation>
    </message>
    <message>
        <source>virtual network %1 %2</source>
        <translation>virtual network %1 %2</translation>
    </message>
    <message>
        <source>subnet %1 %2</source>
        <translation>subnet %1 %2</translation>
    </message>
    <message>
        <source>network security group %1</source>
        <translation>network security group %1</translation>
    </message>
    <message>
        <source>  rule %1 %2: %3 %4 %5 from %6</source>
        <translation>  rule %1 %2: %3 %4 %5 from %6</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>allow</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>deny</translation>
    </message>
    <message>
        <source>image %1:%2:%3:%4</source>
        <translation>image %1:%2:%3:%4</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>vm %1 (%2) %3%4 at %5 in %6: %7%8, public IP %9, interface %10</source>
        <translation>vm %1 (%2) %3%4 at %5 in %6: %7%8, public IP %9, interface %10</translation>
    </message>
    <message>
        <source> in zone %1</source>
        <translation> in zone %1</translation>
    </message>
    <message>
        <source>storage account %1 (Azure Files over NFS)</source>
        <translation>storage account %1 (Azure Files over NFS)</translation>
    </message>
</context>
<context>
    <name>hive::AzureRestClient</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 from %2</translation>
    </message>
    <message>
        <source>%1 has more than 100 pages</source>
        <translation>%1 has more than 100 pages</translation>
    </message>
    <message>
        <source>the next page of %1 is at another host (%2)</source>
        <translation>the next page of %1 is at another host (%2)</translation>
    </message>
    <message>
        <source>ARM named an operation at another host (%1)</source>
        <translation>ARM named an operation at another host (%1)</translation>
    </message>
    <message>
        <source>cancelled while waiting for Azure</source>
        <translation>cancelled while waiting for Azure</translation>
    </message>
    <message>
        <source>Azure&apos;s operation was not done within %1 min</source>
        <translation>Azure&apos;s operation was not done within %1 min</translation>
    </message>
    <message>
        <source>Azure Resource Manager&apos;s address %1 is not https: set AZURE_RESOURCE_MANAGER_ENDPOINT to an https address</source>
        <translation>Azure Resource Manager&apos;s address %1 is not https: set AZURE_RESOURCE_MANAGER_ENDPOINT to an https address</translation>
    </message>
    <message>
        <source>the authority&apos;s address %1 is not https: set AZURE_AUTHORITY_HOST to an https address</source>
        <translation>the authority&apos;s address %1 is not https: set AZURE_AUTHORITY_HOST to an https address</translation>
    </message>
</context>
<context>
    <name>hive::AzureTeardown</name>
    <message>
        <source>VM %1: %2</source>
        <translation>VM %1: %2</translation>
    </message>
    <message>
        <source>VM %1 is deallocated</source>
        <translation>VM %1 is deallocated</translation>
    </message>
    <message>
        <source>deallocate VM %1</source>
        <translation>deallocate VM %1</translation>
    </message>
    <message>
        <source>resource group %1: %2</source>
        <translation>resource group %1: %2</translation>
    </message>
    <message>
        <source>storage account %1 holds the stage&apos;s nfs volumes: delete it in the portal once its data is safe (this version does not), then run -D again</source>
        <translation>storage account %1 holds the stage&apos;s nfs volumes: delete it in the portal once its data is safe (this version does not), then run -D again</translation>
    </message>
    <message>
        <source>storage account %1: %2</source>
        <translation>storage account %1: %2</translation>
    </message>
    <message>
        <source>delete VM %1</source>
        <translation>delete VM %1</translation>
    </message>
    <message>
        <source>delete disk %1</source>
        <translation>delete disk %1</translation>
    </message>
    <message>
        <source>delete network interface %1</source>
        <translation>delete network interface %1</translation>
    </message>
    <message>
        <source>delete public IP %1</source>
        <translation>delete public IP %1</translation>
    </message>
    <message>
        <source>delete network security group %1</source>
        <translation>delete network security group %1</translation>
    </message>
    <message>
        <source>delete virtual network %1</source>
        <translation>delete virtual network %1</translation>
    </message>
    <message>
        <source>cancelled before: %1</source>
        <translation>cancelled before: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the resources of group %1: %2</source>
        <translation>the resources of group %1: %2</translation>
    </message>
    <message>
        <source>left resource group %1: it also holds %2</source>
        <translation>left resource group %1: it also holds %2</translation>
    </message>
    <message numerus="yes">
        <source>left resource group %1, which holds %n other resource(s)</source>
        <translation>
            <numerusform>left resource group %1, which holds %n other resource</numerusform>
            <numerusform>left resource group %1, which holds %n other resources</numerusform>
        </translation>
    </message>
    <message>
        <source>delete resource group %1</source>
        <translation>delete resource group %1</translation>
    </message>
    <message>
        <source>left VM %1: it uses network interface %2, not this stage&apos;s %3</source>
        <translation>left VM %1: it uses network interface %2, not this stage&apos;s %3</translation>
    </message>
</context>
<context>
    <name>hive::BackupHealth</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>autolock is on; the unlock key is stored</source>
        <translation>autolock is on; the unlock key is stored</translation>
    </message>
    <message>
        <source>autolock is on and the unlock key is not stored: a restarted manager cannot be unlocked</source>
        <translation>autolock is on and the unlock key is not stored: a restarted manager cannot be unlocked</translation>
    </message>
    <message>
        <source>On a manager: `docker swarm unlock-key -q`, and keep it in %1 (mode 0600).</source>
        <translation>On a manager: `docker swarm unlock-key -q`, and keep it in %1 (mode 0600).</translation>
    </message>
    <message>
        <source>autolock is off: managers start without an unlock key</source>
        <translation>autolock is off: managers start without an unlock key</translation>
    </message>
    <message>
        <source>no swarm backup of any manager (%1)</source>
        <translation>no swarm backup of any manager (%1)</translation>
    </message>
    <message>
        <source>Without a backup, losing every manager loses the swarm&apos;s services, networks and secrets (the outage where an automatic reboot took two of three control-plane nodes down at once). Run `hive backup`: it archives /var/lib/docker/swarm of the managers that are not the leader, one at a time, never costing the quorum.</source>
        <translation>Without a backup, losing every manager loses the swarm&apos;s services, networks and secrets (the outage where an automatic reboot took two of three control-plane nodes down at once). Run `hive backup`: it archives /var/lib/docker/swarm of the managers that are not the leader, one at a time, never costing the quorum.</translation>
    </message>
    <message numerus="yes">
        <source>newest swarm backup: %n day(s) old (%1)</source>
        <translation>
            <numerusform>newest swarm backup: %n day old (%1)</numerusform>
            <numerusform>newest swarm backup: %n days old (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up again: the swarm has changed since (`hive backup`).</source>
        <translation>Back up again: the swarm has changed since (`hive backup`).</translation>
    </message>
</context>
<context>
    <name>hive::BackupRecipes</name>
    <message>
        <source>hive_backup_time %1 is not a time of day as HH:MM (01:00)</source>
        <translation>hive_backup_time %1 is not a time of day as HH:MM (01:00)</translation>
    </message>
    <message>
        <source>service %1: backup_scripts must be a list of scripts</source>
        <translation>service %1: backup_scripts must be a list of scripts</translation>
    </message>
    <message>
        <source>service %1: backup_scripts entry %2</source>
        <translation>service %1: backup_scripts entry %2</translation>
    </message>
    <message>
        <source>%1 is not a map of name, directory, backup_command, …</source>
        <translation>%1 is not a map of name, directory, backup_command, …</translation>
    </message>
    <message>
        <source>batch: %1</source>
        <translation>batch: %1</translation>
    </message>
    <message>
        <source>batch failed: %1</source>
        <translation>batch failed: %1</translation>
    </message>
    <message>
        <source>%1 has no name (backup-&lt;name&gt;-&lt;time&gt;.&lt;ext&gt;)</source>
        <translation>%1 has no name (backup-&lt;name&gt;-&lt;time&gt;.&lt;ext&gt;)</translation>
    </message>
    <message>
        <source>%1: name %2 may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>%1: name %2 may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</translation>
    </message>
    <message>
        <source>%1: ext %2 may hold letters, digits and &apos;.&apos; only</source>
        <translation>%1: ext %2 may hold letters, digits and &apos;.&apos; only</translation>
    </message>
    <message>
        <source>%1: cleanup_days_before %2 is not a number of days</source>
        <translation>%1: cleanup_days_before %2 is not a number of days</translation>
    </message>
    <message>
        <source>%1 has no restore_command: not restored</source>
        <translation>%1 has no restore_command: not restored</translation>
    </message>
    <message>
        <source>%1 restored from</source>
        <translation>%1 restored from</translation>
    </message>
    <message>
        <source>restore of %1 failed</source>
        <translation>restore of %1 failed</translation>
    </message>
</context>
<context>
    <name>hive::BuildImagesPhase</name>
    <message>
        <source>%1: not built in stage %2 (pull_on); deploy-services pulls its pull_from image</source>
        <translation>%1: not built in stage %2 (pull_on); deploy-services pulls its pull_from image</translation>
    </message>
    <message>
        <source>no image to build in stage %1</source>
        <translation>no image to build in stage %1</translation>
    </message>
    <message>
        <source>the base image %1 is not on %2 and cannot be pulled: %3</source>
        <translation>the base image %1 is not on %2 and cannot be pulled: %3</translation>
    </message>
    <message>
        <source>%1 was made from other settings (base image, standalone): made afresh</source>
        <translation>%1 was made from other settings (base image, standalone): made afresh</translation>
    </message>
    <message>
        <source>cannot remove the old build container %1: %2</source>
        <translation>cannot remove the old build container %1: %2</translation>
    </message>
    <message>
        <source>would make %1 from %2 and build %3</source>
        <translation>would make %1 from %2 and build %3</translation>
    </message>
    <message>
        <source>built; roles are checked when it builds</source>
        <translation>built; roles are checked when it builds</translation>
    </message>
    <message>
        <source>would commit %1 with new settings</source>
        <translation>would commit %1 with new settings</translation>
    </message>
    <message>
        <source>cannot start the build container %1: %2</source>
        <translation>cannot start the build container %1: %2</translation>
    </message>
    <message>
        <source>cannot start the build container %1 again: %2 (remove it with `hive ssh -- docker rm %1` to build from %3 afresh)</source>
        <translation>cannot start the build container %1 again: %2 (remove it with `hive ssh -- docker rm %1` to build from %3 afresh)</translation>
    </message>
    <message>
        <source>cannot commit and push %1: %2</source>
        <translation>cannot commit and push %1: %2</translation>
    </message>
    <message>
        <source>%1 built (%2) and pushed as %3 and :%4</source>
        <translation>%1 built (%2) and pushed as %3 and :%4</translation>
    </message>
    <message>
        <source>%1 unchanged (%2)</source>
        <translation>%1 unchanged (%2)</translation>
    </message>
    <message>
        <source>%1 unchanged: nothing it is built from changed since %2 was built (--force builds it again)</source>
        <translation>%1 unchanged: nothing it is built from changed since %2 was built (--force builds it again)</translation>
    </message>
    <message>
        <source>cannot push %1: %2</source>
        <translation>cannot push %1: %2</translation>
    </message>
</context>
<context>
    <name>hive::BuildInfraPhase</name>
    <message>
        <source>hive_admin %1 is not a usable user name (lower case letters, digits, _ and -; not root)</source>
        <translation>hive_admin %1 is not a usable user name (lower case letters, digits, _ and -; not root)</translation>
    </message>
    <message>
        <source>would create %1</source>
        <translation>would create %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>host keys pinned</source>
        <translation>host keys pinned</translation>
    </message>
    <message>
        <source>would write %1</source>
        <translation>would write %1</translation>
    </message>
    <message>
        <source>answers SSH as %1 (sudo works)</source>
        <translation>answers SSH as %1 (sudo works)</translation>
    </message>
    <message>
        <source>%1 cannot use sudo without a password on %2: %3</source>
        <translation>%1 cannot use sudo without a password on %2: %3</translation>
    </message>
    <message>
        <source>host keys already pinned</source>
        <translation>host keys already pinned</translation>
    </message>
    <message>
        <source>--host-key %1: write it as ADDRESS=SHA256:… (the fingerprint `ssh-keygen -lf` prints on the host)</source>
        <translation>--host-key %1: write it as ADDRESS=SHA256:… (the fingerprint `ssh-keygen -lf` prints on the host)</translation>
    </message>
    <message>
        <source>forgot its host keys</source>
        <translation>forgot its host keys</translation>
    </message>
    <message>
        <source>no host keys kept for it</source>
        <translation>no host keys kept for it</translation>
    </message>
    <message>
        <source>AWS region %1, access key from %2</source>
        <translation>AWS region %1, access key from %2</translation>
    </message>
    <message>
        <source>GCP project %1, region %2, service account key from %3</source>
        <translation>GCP project %1, region %2, service account key from %3</translation>
    </message>
    <message>
        <source>Azure subscription %1, location %2, credentials from %3</source>
        <translation>Azure subscription %1, location %2, credentials from %3</translation>
    </message>
</context>
<context>
    <name>hive::BuildNetworksPhase</name>
    <message>
        <source>driver %1 instead of %2</source>
        <translation>driver %1 instead of %2</translation>
    </message>
    <message>
        <source>not attachable</source>
        <translation>not attachable</translation>
    </message>
    <message>
        <source>%1 %2 instead of %3</source>
        <translation>%1 %2 instead of %3</translation>
    </message>
    <message>
        <source>option %1=%2 instead of %3</source>
        <translation>option %1=%2 instead of %3</translation>
    </message>
    <message>
        <source>stage %1 has no hive to make networks on</source>
        <translation>stage %1 has no hive to make networks on</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>not there</translation>
    </message>
    <message>
        <source>would remove it</source>
        <translation>would remove it</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>cannot remove %1: %2</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>%1 exists but differs (%2); a network cannot be changed in place: remove it with `hive build-networks -D -l %1` (after the services that use it) and run build-networks again</source>
        <translation>%1 exists but differs (%2); a network cannot be changed in place: remove it with `hive build-networks -D -l %1` (after the services that use it) and run build-networks again</translation>
    </message>
    <message>
        <source>would run: %1</source>
        <translation>would run: %1</translation>
    </message>
    <message>
        <source>`%1` failed on %2: %3</source>
        <translation>`%1` failed on %2: %3</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>made on %1</translation>
    </message>
</context>
<context>
    <name>hive::BuildVolumesPhase</name>
    <message>
        <source>not removed: used by the service(s) %1; remove them first (hive deploy-services -D -l ...)</source>
        <translation>not removed: used by the service(s) %1; remove them first (hive deploy-services -D -l ...)</translation>
    </message>
    <message>
        <source>would remove it</source>
        <translation>would remove it</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>not there</translation>
    </message>
    <message>
        <source>cannot remove %1 on %2: %3</source>
        <translation>cannot remove %1 on %2: %3</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>nfs volumes live on the IaaS file server; provider %1 has none</source>
        <translation>nfs volumes live on the IaaS file server; provider %1 has none</translation>
    </message>
    <message>
        <source>Docker volume %1</source>
        <translation>Docker volume %1</translation>
    </message>
    <message>
        <source>DRBD resource %1 (not active here)</source>
        <translation>DRBD resource %1 (not active here)</translation>
    </message>
    <message>
        <source>plain local Docker volume %1</source>
        <translation>plain local Docker volume %1</translation>
    </message>
    <message>
        <source>DRBD cannot run on %1 (this kernel has no drbd module): %2 is a plain local volume here, not mirrored</source>
        <translation>DRBD cannot run on %1 (this kernel has no drbd module): %2 is a plain local volume here, not mirrored</translation>
    </message>
    <message>
        <source>not removed: whether a service uses it cannot be told, because %1 did not answer (%2); run again when it answers</source>
        <translation>not removed: whether a service uses it cannot be told, because %1 did not answer (%2); run again when it answers</translation>
    </message>
    <message>
        <source>no drbd kernel module</source>
        <translation>no drbd kernel module</translation>
    </message>
    <message>
        <source>DRBD 9 cannot run on %1 (%2): %3 would not be mirrored; run setup-hosts -T drbd there and see what it says</source>
        <translation>DRBD 9 cannot run on %1 (%2): %3 would not be mirrored; run setup-hosts -T drbd there and see what it says</translation>
    </message>
    <message>
        <source>%1 was made by hive-builder (%2 is its file): left as it is</source>
        <translation>%1 was made by hive-builder (%2 is its file): left as it is</translation>
    </message>
    <message>
        <source>stage %1 has nfs volumes but no EFS file system %2 yet: run build-infra first</source>
        <translation>stage %1 has nfs volumes but no EFS file system %2 yet: run build-infra first</translation>
    </message>
</context>
<context>
    <name>hive::CloudHostArrival</name>
    <message>
        <source>%1 has no public address; it cannot be reached from here</source>
        <translation>%1 has no public address; it cannot be reached from here</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; reached at %2</source>
        <translation>%1; reached at %2</translation>
    </message>
</context>
<context>
    <name>hive::CloudInstanceStates</name>
    <message>
        <source>instance %1: %2</source>
        <translation>instance %1: %2</translation>
    </message>
    <message>
        <source>VM %1: %2</source>
        <translation>VM %1: %2</translation>
    </message>
    <message>
        <source>provider %1 has no cloud to ask</source>
        <translation>provider %1 has no cloud to ask</translation>
    </message>
</context>
<context>
    <name>hive::CloudStageReading</name>
    <message>
        <source>stage %1: &apos;%2&apos; is needed on %3 (e.g. %4) for %5</source>
        <translation>stage %1: &apos;%2&apos; is needed on %3 (e.g. %4) for %5</translation>
    </message>
    <message>
        <source>stage %1: the disk size &apos;%2&apos; of %3 is not a size (20 or 20G)</source>
        <translation>stage %1: the disk size &apos;%2&apos; of %3 is not a size (20 or 20G)</translation>
    </message>
    <message>
        <source>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 or 20G)</source>
        <translation>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 or 20G)</translation>
    </message>
</context>
<context>
    <name>hive::ContextFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hive::DataBackupFlow</name>
    <message>
        <source>   # as %1, into ~/backup</source>
        <translation>   # as %1, into ~/backup</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>hive-backup.sh is not on %1 yet: run `hive setup-hosts -T backup-tools`, then `hive deploy-services`</source>
        <translation>hive-backup.sh is not on %1 yet: run `hive setup-hosts -T backup-tools`, then `hive deploy-services`</translation>
    </message>
    <message>
        <source>done (see ~/backup on %1)</source>
        <translation>done (see ~/backup on %1)</translation>
    </message>
    <message>
        <source>Back up the data of every service with backup_scripts (%1) and the registry, on %2</source>
        <translation>Back up the data of every service with backup_scripts (%1) and the registry, on %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Back up the data of %1 on %2</source>
        <translation>Back up the data of %1 on %2</translation>
    </message>
    <message>
        <source>stage %1 has no repository server to keep backups on</source>
        <translation>stage %1 has no repository server to keep backups on</translation>
    </message>
    <message>
        <source>%1 has no backup_scripts in stage %2 (these have: %3)</source>
        <translation>%1 has no backup_scripts in stage %2 (these have: %3)</translation>
    </message>
    <message>
        <source>Backups are kept in ~/backup on %1 as backup-&lt;name&gt;-&lt;time&gt;.&lt;ext&gt;; each name&apos;s latest is backup-&lt;name&gt;-latest.&lt;ext&gt;.</source>
        <translation>Backups are kept in ~/backup on %1 as backup-&lt;name&gt;-&lt;time&gt;.&lt;ext&gt;; each name&apos;s latest is backup-&lt;name&gt;-latest.&lt;ext&gt;.</translation>
    </message>
    <message>
        <source>Restore the data of %1 from its latest backup</source>
        <translation>Restore the data of %1 from its latest backup</translation>
    </message>
    <message>
        <source>Restore the data of %1 from its backup of %2</source>
        <translation>Restore the data of %1 from its backup of %2</translation>
    </message>
    <message>
        <source>%1 is not the time of a backup: give it as YYYYmmddHHMMSS, as in backup-&lt;name&gt;-20261206010000.tar.gz</source>
        <translation>%1 is not the time of a backup: give it as YYYYmmddHHMMSS, as in backup-&lt;name&gt;-20261206010000.tar.gz</translation>
    </message>
    <message>
        <source>stage %1 has no repository server with backups</source>
        <translation>stage %1 has no repository server with backups</translation>
    </message>
    <message>
        <source>%1 runs no task to restore its data into: scale it up first (`docker service scale %1=1`)</source>
        <translation>%1 runs no task to restore its data into: scale it up first (`docker service scale %1=1`)</translation>
    </message>
    <message>
        <source>What %1 holds now is replaced by the backup.</source>
        <translation>What %1 holds now is replaced by the backup.</translation>
    </message>
    <message>
        <source>%1 is a global service: the data comes back in its first running task only.</source>
        <translation>%1 is a global service: the data comes back in its first running task only.</translation>
    </message>
    <message>
        <source>service %1 scaled from %2 to 1 replica for a data restore</source>
        <translation>service %1 scaled from %2 to 1 replica for a data restore</translation>
    </message>
    <message>
        <source>scaled from %1 to 1</source>
        <translation>scaled from %1 to 1</translation>
    </message>
    <message>
        <source>scaled back to %1</source>
        <translation>scaled back to %1</translation>
    </message>
</context>
<context>
    <name>hive::DataBackupHealth</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>See the nightly run&apos;s output with `journalctl -u hive-backup` on %1, then run `hive backup --data -l %2` (Back Up Now… in the app).</source>
        <translation>See the nightly run&apos;s output with `journalctl -u hive-backup` on %1, then run `hive backup --data -l %2` (Back Up Now… in the app).</translation>
    </message>
    <message>
        <source>%1 has backup_scripts but no backup script on the repository server %2</source>
        <translation>%1 has backup_scripts but no backup script on the repository server %2</translation>
    </message>
    <message>
        <source>Run `hive setup-hosts -T backup-tools` and `hive deploy-services -l %1`.</source>
        <translation>Run `hive setup-hosts -T backup-tools` and `hive deploy-services -l %1`.</translation>
    </message>
    <message>
        <source>the data of %1 was never backed up</source>
        <translation>the data of %1 was never backed up</translation>
    </message>
    <message>
        <source>the data of %1 is backed up for the first time tonight</source>
        <translation>the data of %1 is backed up for the first time tonight</translation>
    </message>
    <message>
        <source>the last data backup of %1 failed (%2)</source>
        <translation>the last data backup of %1 failed (%2)</translation>
    </message>
    <message>
        <source>the last data backup of %1 is from %2</source>
        <translation>the last data backup of %1 is from %2</translation>
    </message>
    <message>
        <source>the data of %1 was backed up %2</source>
        <translation>the data of %1 was backed up %2</translation>
    </message>
</context>
<context>
    <name>hive::DebianMirror</name>
    <message>
        <source>no Debian mirror found in %1/sources.list or %1/sources.list.d: add the mirror this machine should use (apt&apos;s own configuration) and run again</source>
        <translation>no Debian mirror found in %1/sources.list or %1/sources.list.d: add the mirror this machine should use (apt&apos;s own configuration) and run again</translation>
    </message>
</context>
<context>
    <name>hive::DeployServicesPhase</name>
    <message>
        <source>stage %1 has no hive to deploy services on</source>
        <translation>stage %1 has no hive to deploy services on</translation>
    </message>
    <message>
        <source>the swarm manager&apos;s Docker API does not answer (%1); is the hive up? (`hive build-infra`, then `hive setup-hosts`)</source>
        <translation>the swarm manager&apos;s Docker API does not answer (%1); is the hive up? (`hive build-infra`, then `hive setup-hosts`)</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>not deployed</translation>
    </message>
    <message>
        <source>would remove it</source>
        <translation>would remove it</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>removed; some of its tasks were still stopping after 60 s</source>
        <translation>removed; some of its tasks were still stopping after 60 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot pull on %1: %2</source>
        <translation>cannot pull on %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) up to date</source>
        <translation>
            <numerusform>%n image up to date</numerusform>
            <numerusform>%n images up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not pullable, the host&apos;s copy is used: %1</source>
        <translation>
            <numerusform>%n image not pullable, the host&apos;s copy is used: %1</numerusform>
            <numerusform>%n images not pullable, the host&apos;s copy is used: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>service %1 has no image</source>
        <translation>service %1 has no image</translation>
    </message>
    <message>
        <source>would create it (%1)</source>
        <translation>would create it (%1)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>settings removed from the definition</source>
        <translation>settings removed from the definition</translation>
    </message>
    <message>
        <source>would update it: %1</source>
        <translation>would update it: %1</translation>
    </message>
    <message>
        <source>updated (%1)</source>
        <translation>updated (%1)</translation>
    </message>
    <message>
        <source>as defined</source>
        <translation>as defined</translation>
    </message>
    <message>
        <source>; %1/%2 running</source>
        <translation>; %1/%2 running</translation>
    </message>
    <message>
        <source>cancelled while waiting for its tasks</source>
        <translation>cancelled while waiting for its tasks</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running; its tasks keep failing%3 (all: `hive ssh -t %4 -- docker service ps --no-trunc %5`)</source>
        <translation>%1 of %2 tasks running; its tasks keep failing%3 (all: `hive ssh -t %4 -- docker service ps --no-trunc %5`)</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running after %3 s%4</source>
        <translation>%1 of %2 tasks running after %3 s%4</translation>
    </message>
    <message>
        <source>not deployed: the images were not pulled on %1 (it failed in an earlier step); run deploy-services again once it answers</source>
        <translation>not deployed: the images were not pulled on %1 (it failed in an earlier step); run deploy-services again once it answers</translation>
    </message>
    <message>
        <source>backup scripts of %1 (hive-backup.sh -l %1)</source>
        <translation>backup scripts of %1 (hive-backup.sh -l %1)</translation>
    </message>
    <message>
        <source>no backup scripts of %1</source>
        <translation>no backup scripts of %1</translation>
    </message>
    <message>
        <source>the tasks each service should run (Zabbix)</source>
        <translation>the tasks each service should run (Zabbix)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>hive::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>stage %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
</context>
<context>
    <name>hive::DiskCleanupFlow</name>
    <message numerus="yes">
        <source>Free disk space on %n host(s)</source>
        <translation>
            <numerusform>Free disk space on %n host</numerusform>
            <numerusform>Free disk space on %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Every image no container uses is removed; a service that starts on this host later pulls its image again from the registry.</source>
        <translation>Every image no container uses is removed; a service that starts on this host later pulls its image again from the registry.</translation>
    </message>
    <message>
        <source>Only dangling images (no tag, no container) are removed; --all-images also removes tagged images no container uses.</source>
        <translation>Only dangling images (no tag, no container) are removed; --all-images also removes tagged images no container uses.</translation>
    </message>
    <message>
        <source>A full DRBD volume is not freed by this: grow it as chapter 12 of the hive-builder manual describes (back up, remove, resize, rebuild, restore).</source>
        <translation>A full DRBD volume is not freed by this: grow it as chapter 12 of the hive-builder manual describes (back up, remove, resize, rebuild, restore).</translation>
    </message>
    <message>
        <source>freed %1; use before: %2, after: %3</source>
        <translation>freed %1; use before: %2, after: %3</translation>
    </message>
    <message>
        <source>the registry here is not Debian&apos;s docker-registry service; garbage-collect it by hand</source>
        <translation>the registry here is not Debian&apos;s docker-registry service; garbage-collect it by hand</translation>
    </message>
    <message numerus="yes">
        <source>registry garbage-collected: %n blob(s) deleted</source>
        <translation>
            <numerusform>registry garbage-collected: %n blob deleted</numerusform>
            <numerusform>registry garbage-collected: %n blobs deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>no service logs</source>
        <translation>no service logs</translation>
    </message>
    <message>
        <source>largest service logs (not removed): %1</source>
        <translation>largest service logs (not removed): %1</translation>
    </message>
</context>
<context>
    <name>hive::DockerClient</name>
    <message>
        <source>Docker Engine at %1: %2 %3 failed (%4): %5</source>
        <translation>Docker Engine at %1: %2 %3 failed (%4): %5</translation>
    </message>
    <message>
        <source>Docker Engine at %1: image import failed: %2</source>
        <translation>Docker Engine at %1: image import failed: %2</translation>
    </message>
</context>
<context>
    <name>hive::DockerProvider</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no Docker Engine answers at %1 (%2). Start one: as root, `systemctl start docker`, or where no init system runs it, `dockerd &amp;`; or point DOCKER_HOST at one.</source>
        <translation>no Docker Engine answers at %1 (%2). Start one: as root, `systemctl start docker`, or where no init system runs it, `dockerd &amp;`; or point DOCKER_HOST at one.</translation>
    </message>
    <message>
        <source>Docker Engine %1 at %2</source>
        <translation>Docker Engine %1 at %2</translation>
    </message>
    <message>
        <source>stage %1 has no valid cidr (%2); the docker provider needs one</source>
        <translation>stage %1 has no valid cidr (%2); the docker provider needs one</translation>
    </message>
    <message>
        <source>network %1 exists with subnet %2, but the stage&apos;s cidr is %3: remove the stage&apos;s hosts with `hive build-infra -D` first</source>
        <translation>network %1 exists with subnet %2, but the stage&apos;s cidr is %3: remove the stage&apos;s hosts with `hive build-infra -D` first</translation>
    </message>
    <message>
        <source>network %1 (%2)</source>
        <translation>network %1 (%2)</translation>
    </message>
    <message>
        <source>would create network %1 (%2)</source>
        <translation>would create network %1 (%2)</translation>
    </message>
    <message>
        <source>cannot create network %1 (%2): %3. Another network may use the same addresses; change the stage&apos;s cidr or remove that network.</source>
        <translation>cannot create network %1 (%2): %3. Another network may use the same addresses; change the stage&apos;s cidr or remove that network.</translation>
    </message>
    <message>
        <source>created network %1 (%2)</source>
        <translation>created network %1 (%2)</translation>
    </message>
    <message>
        <source>network %1 is not there</source>
        <translation>network %1 is not there</translation>
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
        <translation>would remove network %1</translation>
    </message>
    <message>
        <source>removed network %1</source>
        <translation>removed network %1</translation>
    </message>
    <message>
        <source>cancelled while %1 was booting</source>
        <translation>cancelled while %1 was booting</translation>
    </message>
    <message>
        <source>%1 did not finish booting within 180 s (systemd state: %2); see `docker logs %1`</source>
        <translation>%1 did not finish booting within 180 s (systemd state: %2); see `docker logs %1`</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>a container named %1 exists but was not made for stage %2 of %3: rename or remove it</source>
        <translation>a container named %1 exists but was not made for stage %2 of %3: rename or remove it</translation>
    </message>
    <message>
        <source>%1 runs at %2 but the inventory says %3: remove it with `hive build-infra -D -l %1` and build again</source>
        <translation>%1 runs at %2 but the inventory says %3: remove it with `hive build-infra -D -l %1` and build again</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>would start %1</source>
        <translation>would start %1</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>would create it at %1</source>
        <translation>would create it at %1</translation>
    </message>
    <message>
        <source>created at %1</source>
        <translation>created at %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>cannot set up the admin user %1 on %2: %3</source>
        <translation>cannot set up the admin user %1 on %2: %3</translation>
    </message>
    <message>
        <source>admin user %1 set up</source>
        <translation>admin user %1 set up</translation>
    </message>
    <message>
        <source>%1 has no SSH host keys (is the ssh service running?)</source>
        <translation>%1 has no SSH host keys (is the ssh service running?)</translation>
    </message>
    <message>
        <source>running at %1</source>
        <translation>running at %1</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>not there</translation>
    </message>
    <message>
        <source>%1 was not made for this stage; left alone</source>
        <translation>%1 was not made for this stage; left alone</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>already stopped</translation>
    </message>
    <message>
        <source>would stop</source>
        <translation>would stop</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>would remove the container and its volume</source>
        <translation>would remove the container and its volume</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>hive::DockerTunnels</name>
    <message>
        <source>cannot make a folder for the Docker API tunnels in %1: %2</source>
        <translation>cannot make a folder for the Docker API tunnels in %1: %2</translation>
    </message>
    <message>
        <source>the Docker API of %1 over SSH (%2): %3</source>
        <translation>the Docker API of %1 over SSH (%2): %3</translation>
    </message>
</context>
<context>
    <name>hive::DockerWording</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>preparing</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>shut down</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>being removed</source>
        <translation>being removed</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orphaned</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>node state</comment>
        <translation>ready</translation>
    </message>
    <message>
        <source>down</source>
        <comment>node state</comment>
        <translation>down</translation>
    </message>
    <message>
        <source>disconnected</source>
        <comment>node state</comment>
        <translation>disconnected</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>node state</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>active</source>
        <comment>node availability</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>node availability</comment>
        <translation>paused</translation>
    </message>
    <message>
        <source>drained</source>
        <comment>node availability</comment>
        <translation>drained</translation>
    </message>
    <message>
        <source>manager</source>
        <comment>node role</comment>
        <translation>manager</translation>
    </message>
    <message>
        <source>worker</source>
        <comment>node role</comment>
        <translation>worker</translation>
    </message>
</context>
<context>
    <name>hive::DrbdDiagnosis</name>
    <message>
        <source>every copy of %1 is Outdated: no host holds data DRBD trusts</source>
        <translation>every copy of %1 is Outdated: no host holds data DRBD trusts</translation>
    </message>
    <message>
        <source>%1 has lost quorum on %2: writes fail until enough peers are back</source>
        <translation>%1 has lost quorum on %2: writes fail until enough peers are back</translation>
    </message>
    <message>
        <source>the copy of %1 on %2 is %3</source>
        <translation>the copy of %1 on %2 is %3</translation>
    </message>
    <message>
        <source>%1 is syncing between %2 and %3 (%4% done)</source>
        <translation>%1 is syncing between %2 and %3 (%4% done)</translation>
    </message>
    <message>
        <source>%1 is connected on one side only: %2 sees %3 as %4/%5, %3 sees %2 as normal; reconnect on %3</source>
        <translation>%1 is connected on one side only: %2 sees %3 as %4/%5, %3 sees %2 as normal; reconnect on %3</translation>
    </message>
    <message>
        <source>%1: %2 sees %3 as %4/%5/%6</source>
        <translation>%1: %2 sees %3 as %4/%5/%6</translation>
    </message>
    <message>
        <source>%1: UpToDate copies: %2, diskless clients: %3</source>
        <translation>%1: UpToDate copies: %2, diskless clients: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is StandAlone from %3 (split brain or a refused connection): decide which host&apos;s copy to keep, then discard the other&apos;s changes with `hive recover drbd %1 --discard HOST`</source>
        <translation>%1 on %2 is StandAlone from %3 (split brain or a refused connection): decide which host&apos;s copy to keep, then discard the other&apos;s changes with `hive recover drbd %1 --discard HOST`</translation>
    </message>
</context>
<context>
    <name>hive::DrbdGrowFlow</name>
    <message>
        <source>no services file defines %1 as a DRBD volume with a size</source>
        <translation>no services file defines %1 as a DRBD volume with a size</translation>
    </message>
    <message>
        <source>Grow DRBD volume %1 from %2 to %3</source>
        <translation>Grow DRBD volume %1 from %2 to %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size (write it as the services file does: 200M, 20G)</source>
        <translation>&apos;%1&apos; is not a size (write it as the services file does: 200M, 20G)</translation>
    </message>
    <message>
        <source>%1 is not larger than the volume&apos;s %2: a volume is only grown</source>
        <translation>%1 is not larger than the volume&apos;s %2: a volume is only grown</translation>
    </message>
    <message>
        <source>no service of stage %1 uses %2: nothing holds data to keep; change its size and run build-volumes -D and build-volumes</source>
        <translation>no service of stage %1 uses %2: nothing holds data to keep; change its size and run build-volumes -D and build-volumes</translation>
    </message>
    <message>
        <source>%1 are removed and deployed again: they do not run for the minutes this takes.</source>
        <translation>%1 are removed and deployed again: they do not run for the minutes this takes.</translation>
    </message>
    <message>
        <source>The volume&apos;s files are kept in %1 (owner only) and stay there.</source>
        <translation>The volume&apos;s files are kept in %1 (owner only) and stay there.</translation>
    </message>
    <message>
        <source>Check that the drbdpool volume group of every hive has %1 free.</source>
        <translation>Check that the drbdpool volume group of every hive has %1 free.</translation>
    </message>
    <message>
        <source>archived the files of %1 (%2 KiB) into %3</source>
        <translation>archived the files of %1 (%2 KiB) into %3</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message>
        <source>cannot change %1 in %2: %3</source>
        <translation>cannot change %1 in %2: %3</translation>
    </message>
    <message>
        <source>%1: size %2 (was %3)</source>
        <translation>%1: size %2 (was %3)</translation>
    </message>
    <message>
        <source># only when the steps before did not finish</source>
        <translation># only when the steps before did not finish</translation>
    </message>
    <message>
        <source>the services are deployed again by the phases that follow</source>
        <translation>the services are deployed again by the phases that follow</translation>
    </message>
    <message>
        <source>   # DRBD: on %1 only</source>
        <translation>   # DRBD: on %1 only</translation>
    </message>
    <message>
        <source>DRBD mirrors what %1 puts back</source>
        <translation>DRBD mirrors what %1 puts back</translation>
    </message>
    <message>
        <source>put the files of %1 back (%2)</source>
        <translation>put the files of %1 back (%2)</translation>
    </message>
    <message>
        <source>%1 is not running in full: %2</source>
        <translation>%1 is not running in full: %2</translation>
    </message>
    <message>
        <source>running again: %1</source>
        <translation>running again: %1</translation>
    </message>
    <message>
        <source>%1 not deployed again after volume %2 was grown (its files are back)</source>
        <translation>%1 not deployed again after volume %2 was grown (its files are back)</translation>
    </message>
    <message>
        <source>volume %1 being rebuilt at %2 with %3 removed; its files are in %4</source>
        <translation>volume %1 being rebuilt at %2 with %3 removed; its files are in %4</translation>
    </message>
    <message>
        <source>%1: size %2 already</source>
        <translation>%1: size %2 already</translation>
    </message>
    <message>
        <source>If it stops halfway, `hive recover resume` finishes it from that archive.</source>
        <translation>If it stops halfway, `hive recover resume` finishes it from that archive.</translation>
    </message>
    <message>
        <source>%1. The services stay removed, so that nothing writes into the empty volume %2; its files are in %3 on this machine. `hive recover resume` tries again.</source>
        <translation>%1. The services stay removed, so that nothing writes into the empty volume %2; its files are in %3 on this machine. `hive recover resume` tries again.</translation>
    </message>
    <message>
        <source># the journal says: only deploy-services is left</source>
        <translation># the journal says: only deploy-services is left</translation>
    </message>
    <message>
        <source>the files of %1 are back</source>
        <translation>the files of %1 are back</translation>
    </message>
    <message>
        <source>the journal entry %1 does not say which volume it grew, to what size, from which archive and for which services</source>
        <translation>the journal entry %1 does not say which volume it grew, to what size, from which archive and for which services</translation>
    </message>
    <message>
        <source>Deploy %1 again after volume %2 was grown</source>
        <translation>Deploy %1 again after volume %2 was grown</translation>
    </message>
    <message>
        <source>Finish growing volume %1 to %2 from %3</source>
        <translation>Finish growing volume %1 to %2 from %3</translation>
    </message>
    <message>
        <source>volume %1 of the interrupted grow: %2</source>
        <translation>volume %1 of the interrupted grow: %2</translation>
    </message>
    <message>
        <source>the archive with the files of %1 is gone: %2. Without it the volume cannot be filled again; if you have its files elsewhere, put them into the volume by hand, then remove %3.</source>
        <translation>the archive with the files of %1 is gone: %2. Without it the volume cannot be filled again; if you have its files elsewhere, put them into the volume by hand, then remove %3.</translation>
    </message>
</context>
<context>
    <name>hive::DrbdHealth</name>
    <message>
        <source>DRBD is not running on %1: volumes %2 are plain local volumes there, not mirrored</source>
        <translation>DRBD is not running on %1: volumes %2 are plain local volumes there, not mirrored</translation>
    </message>
    <message>
        <source>Load the drbd kernel module on those hosts (a kernel with DRBD 9) and run `hive build-volumes`.</source>
        <translation>Load the drbd kernel module on those hosts (a kernel with DRBD 9) and run `hive build-volumes`.</translation>
    </message>
</context>
<context>
    <name>hive::DrbdRepairFlow</name>
    <message>
        <source>stage %1 has no DRBD volumes</source>
        <translation>stage %1 has no DRBD volumes</translation>
    </message>
    <message>
        <source>%1 is not a DRBD volume of stage %2; they are: %3</source>
        <translation>%1 is not a DRBD volume of stage %2; they are: %3</translation>
    </message>
    <message>
        <source>no hive reports the DRBD resource %1 (is DRBD running there? `hive doctor` shows it)</source>
        <translation>no hive reports the DRBD resource %1 (is DRBD running there? `hive doctor` shows it)</translation>
    </message>
    <message>
        <source>DRBD volume %1 is healthy on every hive that answered</source>
        <translation>DRBD volume %1 is healthy on every hive that answered</translation>
    </message>
    <message>
        <source>DRBD volume %1: %2</source>
        <translation>DRBD volume %1: %2</translation>
    </message>
    <message>
        <source>There is no step to run for this state: wait for the sync, or read `hive doctor`.</source>
        <translation>There is no step to run for this state: wait for the sync, or read `hive doctor`.</translation>
    </message>
    <message>
        <source>Repair DRBD volume %1</source>
        <translation>Repair DRBD volume %1</translation>
    </message>
    <message>
        <source>%1 use(s) the volume: scaled to 0 first, and back to their replicas at the end whatever happens.</source>
        <translation>%1 use(s) the volume: scaled to 0 first, and back to their replicas at the end whatever happens.</translation>
    </message>
    <message>
        <source>file system on %1 repaired</source>
        <translation>file system on %1 repaired</translation>
    </message>
    <message>
        <source>no hive reports %1</source>
        <translation>no hive reports %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer critical on %n hive(s)</source>
        <translation>
            <numerusform>%1 is no longer critical on %n hive</numerusform>
            <numerusform>%1 is no longer critical on %n hives</numerusform>
        </translation>
    </message>
    <message>
        <source>; not read on %1</source>
        <translation>; not read on %1</translation>
    </message>
    <message>
        <source>--discard is for a split brain, and %1 has none now</source>
        <translation>--discard is for a split brain, and %1 has none now</translation>
    </message>
    <message>
        <source>%1: %2, disk %3</source>
        <translation>%1: %2, disk %3</translation>
    </message>
    <message>
        <source>DRBD volume %1 has a split brain: the copies went on apart (%2). Choose the copy to keep and discard the changes of the other: `hive recover drbd %1 --discard HOST` (the Primary is the copy in use)</source>
        <translation>DRBD volume %1 has a split brain: the copies went on apart (%2). Choose the copy to keep and discard the changes of the other: `hive recover drbd %1 --discard HOST` (the Primary is the copy in use)</translation>
    </message>
    <message>
        <source>--discard %1: no such copy of %2; the copies are: %3</source>
        <translation>--discard %1: no such copy of %2; the copies are: %3</translation>
    </message>
    <message>
        <source>%1 is the Primary, the copy in use: its changes since the split are lost, as you chose</source>
        <translation>%1 is the Primary, the copy in use: its changes since the split are lost, as you chose</translation>
    </message>
    <message>
        <source>%1&apos;s changes since the split are discarded; the other copies are kept</source>
        <translation>%1&apos;s changes since the split are discarded; the other copies are kept</translation>
    </message>
    <message>
        <source>Discard the changes on %1 (%2, disk %3: the copy in use)</source>
        <translation>Discard the changes on %1 (%2, disk %3: the copy in use)</translation>
    </message>
    <message>
        <source>Discard the changes on %1 (%2, disk %3)</source>
        <translation>Discard the changes on %1 (%2, disk %3)</translation>
    </message>
</context>
<context>
    <name>hive::DrbdStatus</name>
    <message>
        <source>line %1: a second resource (%2) in one status</source>
        <translation>line %1: a second resource (%2) in one status</translation>
    </message>
    <message>
        <source>line %1 is not a DRBD status: %2</source>
        <translation>line %1 is not a DRBD status: %2</translation>
    </message>
    <message>
        <source>line %1: expected a resource name first</source>
        <translation>line %1: expected a resource name first</translation>
    </message>
    <message>
        <source>no DRBD status in the output</source>
        <translation>no DRBD status in the output</translation>
    </message>
</context>
<context>
    <name>hive::FirstContactKeys</name>
    <message>
        <source>its key is known by now</source>
        <translation>its key is known by now</translation>
    </message>
</context>
<context>
    <name>hive::GcpAccessToken</name>
    <message>
        <source>no access token for %1: %2</source>
        <translation>no access token for %1: %2</translation>
    </message>
    <message>
        <source>Google refused an access token for %1 (HTTP %2%3) at %4</source>
        <translation>Google refused an access token for %1 (HTTP %2%3) at %4</translation>
    </message>
    <message>
        <source>Google&apos;s answer at %1 has no access_token</source>
        <translation>Google&apos;s answer at %1 has no access_token</translation>
    </message>
</context>
<context>
    <name>hive::GcpAccountCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the service account the Compute Admin role in project %1, and check that the Compute Engine API is enabled there.</source>
        <translation>Give the service account the Compute Admin role in project %1, and check that the Compute Engine API is enabled there.</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>project %1</translation>
    </message>
    <message>
        <source>service account %1 of project %2</source>
        <translation>service account %1 of project %2</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <source>region %1 has no zones</source>
        <translation>region %1 has no zones</translation>
    </message>
    <message>
        <source>machine type %1</source>
        <translation>machine type %1</translation>
    </message>
</context>
<context>
    <name>hive::GcpChangeList</name>
    <message>
        <source>would %1</source>
        <translation>would %1</translation>
    </message>
    <message>
        <source>%1: %2 %3%</source>
        <translation>%1: %2 %3%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hive::GcpInstance</name>
    <message>
        <source>address %1: %2</source>
        <translation>address %1: %2</translation>
    </message>
    <message>
        <source>reserve address %1</source>
        <translation>reserve address %1</translation>
    </message>
    <message>
        <source>reserve address %1 at %2</source>
        <translation>reserve address %1 at %2</translation>
    </message>
    <message>
        <source>address %1 has no IP address: %2</source>
        <translation>address %1 has no IP address: %2</translation>
    </message>
    <message>
        <source>instance %1: %2</source>
        <translation>instance %1: %2</translation>
    </message>
    <message>
        <source>create instance %1 (%2, %3) at %4 in %5</source>
        <translation>create instance %1 (%2, %3) at %4 in %5</translation>
    </message>
    <message>
        <source>instance %1 is at %2 in %3, not at %4 in %5 as planned: an instance&apos;s address cannot change in place; delete it (build-infra -D removes the stage) or correct the inventory</source>
        <translation>instance %1 is at %2 in %3, not at %4 in %5 as planned: an instance&apos;s address cannot change in place; delete it (build-infra -D removes the stage) or correct the inventory</translation>
    </message>
    <message>
        <source>instance %1 is a %2, not a %3 as planned: left as it is (stop it and change its machine type in the console)</source>
        <translation>instance %1 is a %2, not a %3 as planned: left as it is (stop it and change its machine type in the console)</translation>
    </message>
    <message>
        <source>start instance %1 (%2)</source>
        <translation>start instance %1 (%2)</translation>
    </message>
    <message>
        <source>instance %1 as planned, at %2</source>
        <translation>instance %1 as planned, at %2</translation>
    </message>
    <message>
        <source>the serial port output of %1: %2</source>
        <translation>the serial port output of %1: %2</translation>
    </message>
    <message>
        <source>cancelled while waiting for the host keys of %1</source>
        <translation>cancelled while waiting for the host keys of %1</translation>
    </message>
    <message>
        <source>instance %1 is reached at %2, not at its address %3 (%4): give it that address in the console (its network interface&apos;s external IP), or delete the instance</source>
        <translation>instance %1 is reached at %2, not at its address %3 (%4): give it that address in the console (its network interface&apos;s external IP), or delete the instance</translation>
    </message>
    <message>
        <source>no external address</source>
        <translation>no external address</translation>
    </message>
    <message>
        <source>the guest attributes of %1: %2</source>
        <translation>the guest attributes of %1: %2</translation>
    </message>
    <message>
        <source>%1 gave no SSH host keys within %2 min, neither as guest attributes (Google&apos;s guest agent, with enable-guest-attributes) nor on its serial port (cloud-init): its image may have neither</source>
        <translation>%1 gave no SSH host keys within %2 min, neither as guest attributes (Google&apos;s guest agent, with enable-guest-attributes) nor on its serial port (cloud-init): its image may have neither</translation>
    </message>
    <message>
        <source>waiting for %1 to publish its SSH host keys</source>
        <translation>waiting for %1 to publish its SSH host keys</translation>
    </message>
</context>
<context>
    <name>hive::GcpNetwork</name>
    <message>
        <source>network %1: %2</source>
        <translation>network %1: %2</translation>
    </message>
    <message>
        <source>network %1 of project %2 is in auto mode (a subnetwork in every region); hive&apos;s networks are custom: give the stage another hive_vpc_name, or delete that network</source>
        <translation>network %1 of project %2 is in auto mode (a subnetwork in every region); hive&apos;s networks are custom: give the stage another hive_vpc_name, or delete that network</translation>
    </message>
    <message>
        <source>create network %1</source>
        <translation>create network %1</translation>
    </message>
    <message>
        <source>subnetwork %1 in %2 is %3 on network %4, not %5 on %6 as the stage says: its range cannot be changed in place; delete it, or rename the stage&apos;s subnet</source>
        <translation>subnetwork %1 in %2 is %3 on network %4, not %5 on %6 as the stage says: its range cannot be changed in place; delete it, or rename the stage&apos;s subnet</translation>
    </message>
    <message>
        <source>subnetwork %1: %2</source>
        <translation>subnetwork %1: %2</translation>
    </message>
    <message>
        <source>create subnetwork %1 %2 in %3</source>
        <translation>create subnetwork %1 %2 in %3</translation>
    </message>
    <message>
        <source>firewall %1: %2</source>
        <translation>firewall %1: %2</translation>
    </message>
    <message>
        <source>create firewall %1</source>
        <translation>create firewall %1</translation>
    </message>
    <message>
        <source>firewall %1 of project %2 belongs to network %3, not %4: delete it, or give the stage another hive name</source>
        <translation>firewall %1 of project %2 belongs to network %3, not %4: delete it, or give the stage another hive name</translation>
    </message>
    <message>
        <source>set the ports of firewall %1 to the plan&apos;s</source>
        <translation>set the ports of firewall %1 to the plan&apos;s</translation>
    </message>
    <message>
        <source>set the sources and ports of firewall %1 to the plan&apos;s</source>
        <translation>set the sources and ports of firewall %1 to the plan&apos;s</translation>
    </message>
</context>
<context>
    <name>hive::GcpProvider</name>
    <message>
        <source>stage %1 has nfs volumes, which need a Filestore instance on GCP: this version does not build Filestore yet (build the stage without nfs volumes, or make Filestore %2 in the console)</source>
        <translation>stage %1 has nfs volumes, which need a Filestore instance on GCP: this version does not build Filestore yet (build the stage without nfs volumes, or make Filestore %2 in the console)</translation>
    </message>
    <message numerus="yes">
        <source>network %1 with %n subnetwork(s) and its firewalls as planned</source>
        <translation>
            <numerusform>network %1 with %n subnetwork and its firewalls as planned</numerusform>
            <numerusform>network %1 with %n subnetworks and its firewalls as planned</numerusform>
        </translation>
    </message>
    <message>
        <source>no instance</source>
        <translation>no instance</translation>
    </message>
    <message>
        <source>%1 is not in the stage&apos;s plan</source>
        <translation>%1 is not in the stage&apos;s plan</translation>
    </message>
    <message>
        <source>-D on GCP removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and delete its instance in the console.</source>
        <translation>-D on GCP removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and delete its instance in the console.</translation>
    </message>
    <message>
        <source>nothing of stage %1 is left in project %2</source>
        <translation>nothing of stage %1 is left in project %2</translation>
    </message>
    <message>
        <source>reading its SSH host keys from its serial port output</source>
        <translation>reading its SSH host keys from its serial port output</translation>
    </message>
</context>
<context>
    <name>hive::GcpResourcePlan</name>
    <message>
        <source>stage %1: &apos;region&apos; is needed on GCP (e.g. asia-northeast1)</source>
        <translation>stage %1: &apos;region&apos; is needed on GCP (e.g. asia-northeast1)</translation>
    </message>
    <message>
        <source>stage %1: %2 gives the GCP name &apos;%3&apos;, which GCP refuses (a lowercase letter, then up to 62 lowercase letters, digits or &apos;-&apos;, not ending in &apos;-&apos;)</source>
        <translation>stage %1: %2 gives the GCP name &apos;%3&apos;, which GCP refuses (a lowercase letter, then up to 62 lowercase letters, digits or &apos;-&apos;, not ending in &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the hive&apos;s name</source>
        <translation>the hive&apos;s name</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>subnet %1</translation>
    </message>
    <message>
        <source>stage %1: hive_gcp_capacity_gb &apos;%2&apos; is not a number of GB</source>
        <translation>stage %1: hive_gcp_capacity_gb &apos;%2&apos; is not a number of GB</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>region %1, stage %2 of %3</source>
        <translation>region %1, stage %2 of %3</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>network %1</translation>
    </message>
    <message>
        <source>subnetwork %1 %2</source>
        <translation>subnetwork %1 %2</translation>
    </message>
    <message>
        <source>firewall %1 from %2: %3</source>
        <translation>firewall %1 from %2: %3</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>instance %1 (%2) %3 in %4 at %5 in %6: %7 %8 GB%9, address %10 %11</source>
        <translation>instance %1 (%2) %3 in %4 at %5 in %6: %7 %8 GB%9, address %10 %11</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>filestore %1 (enterprise, share filestore_root, %2 GB)%3</source>
        <translation>filestore %1 (enterprise, share filestore_root, %2 GB)%3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
</context>
<context>
    <name>hive::GcpRestClient</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 from %2</translation>
    </message>
    <message>
        <source>%1 has more than 100 pages</source>
        <translation>%1 has more than 100 pages</translation>
    </message>
    <message>
        <source>cancelled while waiting for %1</source>
        <translation>cancelled while waiting for %1</translation>
    </message>
    <message>
        <source>%1 was not done within %2 min</source>
        <translation>%1 was not done within %2 min</translation>
    </message>
</context>
<context>
    <name>hive::GcpServiceAccount</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: not a service account key (JSON: %2 at byte %3)</source>
        <translation>%1: not a service account key (JSON: %2 at byte %3)</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; is &apos;%2&apos;, not &apos;service_account&apos;: download a service account&apos;s key (IAM, Service accounts, Keys, JSON)</source>
        <translation>%1: &apos;type&apos; is &apos;%2&apos;, not &apos;service_account&apos;: download a service account&apos;s key (IAM, Service accounts, Keys, JSON)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing</source>
        <translation>%1: &apos;%2&apos; is missing</translation>
    </message>
    <message>
        <source>%1: &apos;private_key&apos; is missing or is not a PEM private key</source>
        <translation>%1: &apos;private_key&apos; is missing or is not a PEM private key</translation>
    </message>
    <message>
        <source>%1 (GOOGLE_APPLICATION_CREDENTIALS)</source>
        <translation>%1 (GOOGLE_APPLICATION_CREDENTIALS)</translation>
    </message>
    <message>
        <source>no GCP service account key: put it in %1 (as hive-builder reads it), or name its file in GOOGLE_APPLICATION_CREDENTIALS</source>
        <translation>no GCP service account key: put it in %1 (as hive-builder reads it), or name its file in GOOGLE_APPLICATION_CREDENTIALS</translation>
    </message>
    <message>
        <source>the service account&apos;s private key is not an RSA key OpenSSL can read</source>
        <translation>the service account&apos;s private key is not an RSA key OpenSSL can read</translation>
    </message>
    <message>
        <source>the service account&apos;s private key cannot sign</source>
        <translation>the service account&apos;s private key cannot sign</translation>
    </message>
    <message>
        <source>%1 can be read by others than its owner: it is a secret key (chmod 600 %1, and keep it out of version control)</source>
        <translation>%1 can be read by others than its owner: it is a secret key (chmod 600 %1, and keep it out of version control)</translation>
    </message>
</context>
<context>
    <name>hive::GcpTeardown</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>instance %1: %2</source>
        <translation>instance %1: %2</translation>
    </message>
    <message>
        <source>instance %1 is stopped</source>
        <translation>instance %1 is stopped</translation>
    </message>
    <message>
        <source>stop instance %1</source>
        <translation>stop instance %1</translation>
    </message>
    <message>
        <source>delete instance %1 and its disks</source>
        <translation>delete instance %1 and its disks</translation>
    </message>
    <message>
        <source>release address %1</source>
        <translation>release address %1</translation>
    </message>
    <message>
        <source>delete firewall %1</source>
        <translation>delete firewall %1</translation>
    </message>
    <message>
        <source>delete subnetwork %1</source>
        <translation>delete subnetwork %1</translation>
    </message>
    <message>
        <source>delete network %1</source>
        <translation>delete network %1</translation>
    </message>
    <message>
        <source>cancelled before: %1</source>
        <translation>cancelled before: %1</translation>
    </message>
    <message>
        <source>Filestore %1 holds the stage&apos;s nfs volumes and uses network %2: delete it in the console once its data is safe (this version does not), then run -D again</source>
        <translation>Filestore %1 holds the stage&apos;s nfs volumes and uses network %2: delete it in the console once its data is safe (this version does not), then run -D again</translation>
    </message>
    <message>
        <source>Filestore %1: %2</source>
        <translation>Filestore %1: %2</translation>
    </message>
    <message>
        <source>left %1: it is on network %2, not this stage&apos;s %3</source>
        <translation>left %1: it is on network %2, not this stage&apos;s %3</translation>
    </message>
</context>
<context>
    <name>hive::HealthCheck</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>swarm</source>
        <translation>swarm</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>DRBD</source>
        <translation>DRBD</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>disk</translation>
    </message>
    <message>
        <source>system units</source>
        <translation>system units</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>hosts</translation>
    </message>
    <message>
        <source>repairs</source>
        <translation>repairs</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
</context>
<context>
    <name>hive::HiveBuilderFiles</name>
    <message>
        <source>%1 and %2 (hive-builder&apos;s CA) cannot be read as a certificate and its key</source>
        <translation>%1 and %2 (hive-builder&apos;s CA) cannot be read as a certificate and its key</translation>
    </message>
    <message>
        <source>hive-builder&apos;s CA (%1)</source>
        <translation>hive-builder&apos;s CA (%1)</translation>
    </message>
    <message>
        <source>cannot make a client certificate from hive-builder&apos;s CA: %1</source>
        <translation>cannot make a client certificate from hive-builder&apos;s CA: %1</translation>
    </message>
    <message>
        <source>a client certificate signed by it (%1)</source>
        <translation>a client certificate signed by it (%1)</translation>
    </message>
</context>
<context>
    <name>hive::HiveCertificates</name>
    <message>
        <source>%1 is not a certificate; move it away to make a new CA</source>
        <translation>%1 is not a certificate; move it away to make a new CA</translation>
    </message>
    <message>
        <source>%1 hive CA</source>
        <translation>%1 hive CA</translation>
    </message>
    <message>
        <source>the hive CA (%1) is missing or unreadable</source>
        <translation>the hive CA (%1) is missing or unreadable</translation>
    </message>
</context>
<context>
    <name>hive::HiveDefinitionReader</name>
    <message>
        <source>the hive definition</source>
        <translation>the hive definition</translation>
    </message>
    <message>
        <source>the hive name must not be empty</source>
        <translation>the hive name must not be empty</translation>
    </message>
    <message>
        <source>no stage is defined: the hive has no hosts</source>
        <translation>no stage is defined: the hive has no hosts</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; stages are private, staging and production</source>
        <translation>unknown stage &apos;%1&apos;; stages are private, staging and production</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>stage %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;kms_key_id&apos; in the same stage</source>
        <translation>&apos;%1&apos; needs &apos;kms_key_id&apos; in the same stage</translation>
    </message>
    <message>
        <source>&apos;shared_repository&apos; needs &apos;separate_repository: true&apos;</source>
        <translation>&apos;shared_repository&apos; needs &apos;separate_repository: true&apos;</translation>
    </message>
    <message>
        <source>&apos;number_of_hosts&apos; must be between 1 and %1, not %2</source>
        <translation>&apos;number_of_hosts&apos; must be between 1 and %1, not %2</translation>
    </message>
    <message>
        <source>&apos;ip_address_list&apos; must hold between 1 and %1 addresses</source>
        <translation>&apos;ip_address_list&apos; must hold between 1 and %1 addresses</translation>
    </message>
    <message>
        <source>number_of_hosts is %1 but ip_address_list has %2 addresses; the list decides</source>
        <translation>number_of_hosts is %1 but ip_address_list has %2 addresses; the list decides</translation>
    </message>
    <message>
        <source>address %1 is listed twice in ip_address_list</source>
        <translation>address %1 is listed twice in ip_address_list</translation>
    </message>
    <message>
        <source>custom_hostname &apos;%1&apos; must be lower-case letters, digits and hyphens (not at either end), and custom_hostname + hive name must be shorter than 55 characters</source>
        <translation>custom_hostname &apos;%1&apos; must be lower-case letters, digits and hyphens (not at either end), and custom_hostname + hive name must be shorter than 55 characters</translation>
    </message>
    <message>
        <source>&apos;subnets&apos; is empty; remove it or list a subnet</source>
        <translation>&apos;subnets&apos; is empty; remove it or list a subnet</translation>
    </message>
    <message>
        <source>subnet %1 of stage %2</source>
        <translation>subnet %1 of stage %2</translation>
    </message>
    <message>
        <source>address %1 of host %2 is outside the stage&apos;s cidr %3</source>
        <translation>address %1 of host %2 is outside the stage&apos;s cidr %3</translation>
    </message>
    <message>
        <source>stage %1: subnet %2 (%3) has no address left for host %4; use a larger cidr or fewer hosts</source>
        <translation>stage %1: subnet %2 (%3) has no address left for host %4; use a larger cidr or fewer hosts</translation>
    </message>
    <message>
        <source>first_hive is %1 but stage %2 has no hive host %3; set it with &apos;hive set first_hive N&apos;</source>
        <translation>first_hive is %1 but stage %2 has no hive host %3; set it with &apos;hive set first_hive N&apos;</translation>
    </message>
    <message>
        <source>the hive name</source>
        <translation>the hive name</translation>
    </message>
    <message>
        <source>host_keys: &apos;%1&apos; is not an address; the keys are pinned per hive_private_ip</source>
        <translation>host_keys: &apos;%1&apos; is not an address; the keys are pinned per hive_private_ip</translation>
    </message>
    <message>
        <source>the host key of %1</source>
        <translation>the host key of %1</translation>
    </message>
    <message>
        <source>host_keys: %1 is not the address of a host of stage %2 (%3)</source>
        <translation>host_keys: %1 is not the address of a host of stage %2 (%3)</translation>
    </message>
    <message>
        <source>data_path_port must be from 1024 to 49151 (Docker&apos;s range; 8472 is the usual choice where 4789 is taken)</source>
        <translation>data_path_port must be from 1024 to 49151 (Docker&apos;s range; 8472 is the usual choice where 4789 is taken)</translation>
    </message>
</context>
<context>
    <name>hive::HiveDoctor</name>
    <message numerus="yes">
        <source>reading %n host(s): %1</source>
        <translation>
            <numerusform>reading %n host: %1</numerusform>
            <numerusform>reading %n hosts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the repository server %1 does not answer: no image pulls, no service logs</source>
        <translation>the repository server %1 does not answer: no image pulls, no service logs</translation>
    </message>
    <message>
        <source>Check that it is running and reachable (`hive ssh -t %1`).</source>
        <translation>Check that it is running and reachable (`hive ssh -t %1`).</translation>
    </message>
    <message>
        <source>reading services and tasks on %1</source>
        <translation>reading services and tasks on %1</translation>
    </message>
    <message>
        <source>reading Zabbix&apos;s problems on %1</source>
        <translation>reading Zabbix&apos;s problems on %1</translation>
    </message>
</context>
<context>
    <name>hive::HiveMonitoring</name>
    <message>
        <source>this hive has no Zabbix (hive_monitoring is false)</source>
        <translation>this hive has no Zabbix (hive_monitoring is false)</translation>
    </message>
    <message>
        <source>Zabbix is not set up yet: run `hive setup-hosts` (its zabbix step)</source>
        <translation>Zabbix is not set up yet: run `hive setup-hosts` (its zabbix step)</translation>
    </message>
</context>
<context>
    <name>hive::HostChangeApplier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: `%2` failed: %3</source>
        <translation>%1: `%2` failed: %3</translation>
    </message>
    <message>
        <source>cancelled before: %1</source>
        <translation>cancelled before: %1</translation>
    </message>
    <message>
        <source>cancelled during: %1</source>
        <translation>cancelled during: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>then: %1</translation>
    </message>
    <message>
        <source>`%1` failed: %2</source>
        <translation>`%1` failed: %2</translation>
    </message>
    <message>
        <source>would change: %1</source>
        <translation>would change: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) already in place</source>
        <translation>
            <numerusform>%n setting already in place</numerusform>
            <numerusform>%n settings already in place</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot note the pending restarts in %1: %2</source>
        <translation>cannot note the pending restarts in %1: %2</translation>
    </message>
    <message>
        <source>%1 (owed by an interrupted run)</source>
        <translation>%1 (owed by an interrupted run)</translation>
    </message>
    <message>
        <source>could not ask the settings in one command (%1): asking them one by one</source>
        <translation>could not ask the settings in one command (%1): asking them one by one</translation>
    </message>
</context>
<context>
    <name>hive::HostFacts</name>
    <message>
        <source>%1 is not supported by setup-hosts (RHEL family 8/9, Debian 12 and Ubuntu 22.04 or later are)</source>
        <translation>%1 is not supported by setup-hosts (RHEL family 8/9, Debian 12 and Ubuntu 22.04 or later are)</translation>
    </message>
    <message>
        <source>this operating system</source>
        <translation>this operating system</translation>
    </message>
</context>
<context>
    <name>hive::HostPool</name>
    <message>
        <source>%1 is not a host of this hive</source>
        <translation>%1 is not a host of this hive</translation>
    </message>
</context>
<context>
    <name>hive::HostProbe</name>
    <message>
        <source>the host did not run the checks: %1</source>
        <translation>the host did not run the checks: %1</translation>
    </message>
    <message>
        <source>the checks were cut off after section %1</source>
        <translation>the checks were cut off after section %1</translation>
    </message>
    <message>
        <source>no complete answer within the time limit (%1)</source>
        <translation>no complete answer within the time limit (%1)</translation>
    </message>
</context>
<context>
    <name>hive::HostResourcesHealth</name>
    <message>
        <source>%1 (DRBD volume %2)</source>
        <translation>%1 (DRBD volume %2)</translation>
    </message>
    <message>
        <source>filling up: %1</source>
        <translation>filling up: %1</translation>
    </message>
    <message>
        <source>; largest: %1</source>
        <translation>; largest: %1</translation>
    </message>
    <message>
        <source>Free space on %1: `docker image prune -a` and `docker container prune` remove what no service uses; old logs in /var/log/services on the repository server can be compressed or removed. A full DRBD volume must be grown (hive-builder manual, chapter 12: back up, remove, resize, rebuild, restore).</source>
        <translation>Free space on %1: `docker image prune -a` and `docker container prune` remove what no service uses; old logs in /var/log/services on the repository server can be compressed or removed. A full DRBD volume must be grown (hive-builder manual, chapter 12: back up, remove, resize, rebuild, restore).</translation>
    </message>
    <message>
        <source>%1 failed, but its resource %2 is no longer defined (stale)</source>
        <translation>%1 failed, but its resource %2 is no longer defined (stale)</translation>
    </message>
    <message>
        <source>`systemctl reset-failed %1` on %2; `systemctl disable %1` if it is still enabled.</source>
        <translation>`systemctl reset-failed %1` on %2; `systemctl disable %1` if it is still enabled.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>Read why: `journalctl -u %1 -n 50` on %2; once fixed, `systemctl restart %1` or `systemctl reset-failed %1`.</source>
        <translation>Read why: `journalctl -u %1 -n 50` on %2; once fixed, `systemctl restart %1` or `systemctl reset-failed %1`.</translation>
    </message>
    <message>
        <source>no failed units</source>
        <translation>no failed units</translation>
    </message>
</context>
<context>
    <name>hive::HostRoles</name>
    <message>
        <source>hive</source>
        <translation>hive</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>repository</translation>
    </message>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
</context>
<context>
    <name>hive::HostSelection</name>
    <message>
        <source>-l %1: no host or group of stage %2 is called %3 (hosts: %4)</source>
        <translation>-l %1: no host or group of stage %2 is called %3 (hosts: %4)</translation>
    </message>
</context>
<context>
    <name>hive::HostState</name>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>drained</translation>
    </message>
    <message>
        <source>down in the swarm</source>
        <translation>down in the swarm</translation>
    </message>
    <message>
        <source>out of the swarm (%1)</source>
        <translation>out of the swarm (%1)</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>does not answer</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>manager (unreachable)</source>
        <translation>manager (unreachable)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>%1 of %2 GiB</source>
        <translation>%1 of %2 GiB</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>hive::HttpConnection</name>
    <message>
        <source>no Docker Engine answers at %1 (%2). Start one (as root: dockerd &amp;) or point DOCKER_HOST at one.</source>
        <translation>no Docker Engine answers at %1 (%2). Start one (as root: dockerd &amp;) or point DOCKER_HOST at one.</translation>
    </message>
    <message>
        <source>cannot open a TLS connection to the Docker Engine at %1: %2</source>
        <translation>cannot open a TLS connection to the Docker Engine at %1: %2</translation>
    </message>
    <message>
        <source>the Docker Engine at %1 did not answer within %2 s</source>
        <translation>the Docker Engine at %1 did not answer within %2 s</translation>
    </message>
    <message>
        <source>the Docker Engine at %1 closed the connection</source>
        <translation>the Docker Engine at %1 closed the connection</translation>
    </message>
    <message>
        <source>the Docker Engine at %1 sent a malformed answer</source>
        <translation>the Docker Engine at %1 sent a malformed answer</translation>
    </message>
    <message>
        <source>the Docker Engine at %1 stopped answering</source>
        <translation>the Docker Engine at %1 stopped answering</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>refused to send a request to the Docker Engine at %1: its method or path holds a space or a control character (%2)</source>
        <translation>refused to send a request to the Docker Engine at %1: its method or path holds a space or a control character (%2)</translation>
    </message>
</context>
<context>
    <name>hive::HttpExchange</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 did not answer within %2 s</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 cannot be reached: %2</translation>
    </message>
</context>
<context>
    <name>hive::InitializeServicesPhase</name>
    <message>
        <source>no service of stage %1 has initialize_roles</source>
        <translation>no service of stage %1 has initialize_roles</translation>
    </message>
    <message>
        <source>%1 has no running task to initialize; run `hive deploy-services -l %1` and check its tasks</source>
        <translation>%1 has no running task to initialize; run `hive deploy-services -l %1` and check its tasks</translation>
    </message>
    <message>
        <source>the node of %1&apos;s task has no host name</source>
        <translation>the node of %1&apos;s task has no host name</translation>
    </message>
    <message>
        <source>task container %1 on %2</source>
        <translation>task container %1 on %2</translation>
    </message>
    <message>
        <source>initialize_roles of %1</source>
        <translation>initialize_roles of %1</translation>
    </message>
    <message>
        <source>task container %1 stopped while it was initialized (the swarm replaces it); initializing its new task</source>
        <translation>task container %1 stopped while it was initialized (the swarm replaces it); initializing its new task</translation>
    </message>
    <message>
        <source>initialize_roles of %1: nothing they read changed since they ran in this task (--force runs them again)</source>
        <translation>initialize_roles of %1: nothing they read changed since they ran in this task (--force runs them again)</translation>
    </message>
</context>
<context>
    <name>hive::InstallDevice</name>
    <message>
        <source>%1 does not exist: is the USB stick or disk plugged in?</source>
        <translation>%1 does not exist: is the USB stick or disk plugged in?</translation>
    </message>
    <message>
        <source>%1 is not a block device: iso_dest is an ISO file (not under /dev) or a whole device such as /dev/sdb</source>
        <translation>%1 is not a block device: iso_dest is an ISO file (not under /dev) or a whole device such as /dev/sdb</translation>
    </message>
    <message>
        <source>%1 is a partition: the install medium takes the whole device (/dev/%2)</source>
        <translation>%1 is a partition: the install medium takes the whole device (/dev/%2)</translation>
    </message>
    <message>
        <source>%1 holds this machine&apos;s own system: the install medium goes to another device (a USB stick)</source>
        <translation>%1 holds this machine&apos;s own system: the install medium goes to another device (a USB stick)</translation>
    </message>
    <message>
        <source>%1 is mounted at %2: unmount it first (`udisksctl unmount` or `umount`), then run build-infra again</source>
        <translation>%1 is mounted at %2: unmount it first (`udisksctl unmount` or `umount`), then run build-infra again</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>removable</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (run as a user who may write it, e.g. in the disk group)</source>
        <translation>cannot write %1: %2 (run as a user who may write it, e.g. in the disk group)</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 MB: %3 holds half an install medium; run build-infra again to write it whole</source>
        <translation>stopped after %1 of %2 MB: %3 holds half an install medium; run build-infra again to write it whole</translation>
    </message>
    <message>
        <source>writing %1 failed after %2 MB: %3</source>
        <translation>writing %1 failed after %2 MB: %3</translation>
    </message>
    <message>
        <source>flushing %1 failed: %2</source>
        <translation>flushing %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 is not a disk (an LVM, RAID, loop or optical device): the install medium takes a whole USB stick or disk</source>
        <translation>%1 is not a disk (an LVM, RAID, loop or optical device): the install medium takes a whole USB stick or disk</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (an LVM volume, RAID array or encrypted volume on it): stop that first, or choose another device</source>
        <translation>%1 is in use by %2 (an LVM volume, RAID array or encrypted volume on it): stop that first, or choose another device</translation>
    </message>
    <message>
        <source>%1 is in use (mounted, or held by another device): unmount it, then run build-infra again</source>
        <translation>%1 is in use (mounted, or held by another device): unmount it, then run build-infra again</translation>
    </message>
</context>
<context>
    <name>hive::InternalCidrSplit</name>
    <message>
        <source>internal_cidr %1: %2</source>
        <translation>internal_cidr %1: %2</translation>
    </message>
    <message>
        <source>internal_cidr %1 is too small to share among Docker&apos;s networks (use /26 or larger)</source>
        <translation>internal_cidr %1 is too small to share among Docker&apos;s networks (use /26 or larger)</translation>
    </message>
</context>
<context>
    <name>hive::InventoryLoader</name>
    <message>
        <source>inventory folder %1 does not exist; run &apos;hive init&apos; or pass -r ROOT_DIR</source>
        <translation>inventory folder %1 does not exist; run &apos;hive init&apos; or pass -r ROOT_DIR</translation>
    </message>
    <message>
        <source>empty file ignored</source>
        <translation>empty file ignored</translation>
    </message>
    <message>
        <source>an inventory file must be a mapping with a &apos;plugin&apos; key, but this one is a %1</source>
        <translation>an inventory file must be a mapping with a &apos;plugin&apos; key, but this one is a %1</translation>
    </message>
    <message>
        <source>no &apos;plugin&apos; key: not a hive definition or service definition; file ignored</source>
        <translation>no &apos;plugin&apos; key: not a hive definition or service definition; file ignored</translation>
    </message>
    <message>
        <source>a second hive definition; the first one is %1 and there must be exactly one</source>
        <translation>a second hive definition; the first one is %1 and there must be exactly one</translation>
    </message>
    <message>
        <source>unknown plugin &apos;%1&apos;; use hive_inventory or hive_services</source>
        <translation>unknown plugin &apos;%1&apos;; use hive_inventory or hive_services</translation>
    </message>
    <message>
        <source>no hive definition: one file in inventory/ must have &apos;plugin: hive_inventory&apos;</source>
        <translation>no hive definition: one file in inventory/ must have &apos;plugin: hive_inventory&apos;</translation>
    </message>
    <message>
        <source>inventory/ holds no .yml file; a hive needs a hive definition</source>
        <translation>inventory/ holds no .yml file; a hive needs a hive definition</translation>
    </message>
    <message>
        <source>a variables file must be a mapping of names to values, but this one is a %1</source>
        <translation>a variables file must be a mapping of names to values, but this one is a %1</translation>
    </message>
</context>
<context>
    <name>hive::InventoryTemplates</name>
    <message>
        <source>%1%2 of %3: %4</source>
        <translation>%1%2 of %3: %4</translation>
    </message>
    <message>
        <source>the inventory has Jinja2 templates (%1 of %2, …) and rendering them needs Ansible: install it (Debian: apt-get install ansible-core)</source>
        <translation>the inventory has Jinja2 templates (%1 of %2, …) and rendering them needs Ansible: install it (Debian: apt-get install ansible-core)</translation>
    </message>
    <message>
        <source>cannot write the templates for Ansible to %1</source>
        <translation>cannot write the templates for Ansible to %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>Ansible could not render the inventory&apos;s templates: %1</source>
        <translation>Ansible could not render the inventory&apos;s templates: %1</translation>
    </message>
    <message>
        <source>Ansible rendered %1 of %2 templates</source>
        <translation>Ansible rendered %1 of %2 templates</translation>
    </message>
</context>
<context>
    <name>hive::Ipv4Network</name>
    <message>
        <source>IPv6 networks are not supported here; use an IPv4 network</source>
        <translation>IPv6 networks are not supported here; use an IPv4 network</translation>
    </message>
    <message>
        <source>expected a.b.c.d/prefix</source>
        <translation>expected a.b.c.d/prefix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; is not an IPv4 address</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid netmask</source>
        <translation>&apos;%1&apos; is not a valid netmask</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid prefix length (0-32)</source>
        <translation>&apos;%1&apos; is not a valid prefix length (0-32)</translation>
    </message>
    <message>
        <source>%1 has host bits set (did you mean %2/%3?)</source>
        <translation>%1 has host bits set (did you mean %2/%3?)</translation>
    </message>
</context>
<context>
    <name>hive::KickstartMedium</name>
    <message>
        <source>%1 is not installed here (`sudo apt install xorriso mtools`)</source>
        <translation>%1 is not installed here (`sudo apt install xorriso mtools`)</translation>
    </message>
    <message>
        <source>reading %1 from %2: %3</source>
        <translation>reading %1 from %2: %3</translation>
    </message>
    <message>
        <source>%1 has no volume id: is it an install medium?</source>
        <translation>%1 has no volume id: is it an install medium?</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>reading %1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s volume id &apos;%2&apos; has characters a boot entry cannot carry</source>
        <translation>%1&apos;s volume id &apos;%2&apos; has characters a boot entry cannot carry</translation>
    </message>
    <message>
        <source>EFI/BOOT/grub.cfg has no entry with a kernel and an initrd to copy</source>
        <translation>EFI/BOOT/grub.cfg has no entry with a kernel and an initrd to copy</translation>
    </message>
    <message>
        <source>isolinux/isolinux.cfg has no entry with a kernel and an initrd to copy</source>
        <translation>isolinux/isolinux.cfg has no entry with a kernel and an initrd to copy</translation>
    </message>
    <message>
        <source>%1 has no EFI/BOOT/grub.cfg: the hosts boot by UEFI, from an install medium of AlmaLinux, Rocky Linux or RHEL 8 or 9</source>
        <translation>%1 has no EFI/BOOT/grub.cfg: the hosts boot by UEFI, from an install medium of AlmaLinux, Rocky Linux or RHEL 8 or 9</translation>
    </message>
    <message>
        <source>writing the boot menu into images/efiboot.img: %1</source>
        <translation>writing the boot menu into images/efiboot.img: %1</translation>
    </message>
    <message>
        <source>writing %1: %2</source>
        <translation>writing %1: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>cannot move %1 to %2</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>cannot make %1</translation>
    </message>
</context>
<context>
    <name>hive::KickstartPlan</name>
    <message>
        <source>stage %1: &apos;kickstart_config&apos; is needed on kickstart, with iso_src, iso_dest and networks (manual 7.1.2)</source>
        <translation>stage %1: &apos;kickstart_config&apos; is needed on kickstart, with iso_src, iso_dest and networks (manual 7.1.2)</translation>
    </message>
    <message>
        <source>%1: the OS&apos;s install medium to start from (an ISO file such as AlmaLinux-9-latest-x86_64-dvd.iso, or the device it is in)</source>
        <translation>%1: the OS&apos;s install medium to start from (an ISO file such as AlmaLinux-9-latest-x86_64-dvd.iso, or the device it is in)</translation>
    </message>
    <message>
        <source>%1: where the new install medium goes (an ISO file, or a device such as /dev/sdb)</source>
        <translation>%1: where the new install medium goes (an ISO file, or a device such as /dev/sdb)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a disk&apos;s name (sda, nvme0n1, disk/by-id/…)</source>
        <translation>%1: &apos;%2&apos; is not a disk&apos;s name (sda, nvme0n1, disk/by-id/…)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a keyboard layout (jp, us)</source>
        <translation>%1: &apos;%2&apos; is not a keyboard layout (jp, us)</translation>
    </message>
    <message>
        <source>stage %1: hive_timezone &apos;%2&apos; is not a time zone (%3)</source>
        <translation>stage %1: hive_timezone &apos;%2&apos; is not a time zone (%3)</translation>
    </message>
    <message>
        <source>%1: at least one network, with the hosts&apos; addresses (interface, ips, netmask)</source>
        <translation>%1: at least one network, with the hosts&apos; addresses (interface, ips, netmask)</translation>
    </message>
    <message>
        <source>%1: &apos;interface&apos; &apos;%2&apos; is not a network interface name (%3)</source>
        <translation>%1: &apos;interface&apos; &apos;%2&apos; is not a network interface name (%3)</translation>
    </message>
    <message>
        <source>%1: bonding interface &apos;%2&apos; is not a network interface name</source>
        <translation>%1: bonding interface &apos;%2&apos; is not a network interface name</translation>
    </message>
    <message>
        <source>%1: bonding_options &apos;%2&apos; is not name=value pairs separated by commas</source>
        <translation>%1: bonding_options &apos;%2&apos; is not name=value pairs separated by commas</translation>
    </message>
    <message>
        <source>%1: vlanid &apos;%2&apos; is not a VLAN id (1 to 4094)</source>
        <translation>%1: vlanid &apos;%2&apos; is not a VLAN id (1 to 4094)</translation>
    </message>
    <message>
        <source>%1: &apos;ips&apos; has %2 addresses for %3 hosts: give one per host, in host order</source>
        <translation>%1: &apos;ips&apos; has %2 addresses for %3 hosts: give one per host, in host order</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in &apos;ips&apos; is not an IPv4 address</source>
        <translation>%1: &apos;%2&apos; in &apos;ips&apos; is not an IPv4 address</translation>
    </message>
    <message>
        <source>%1: &apos;netmask&apos; is needed with &apos;ips&apos;, as 255.255.255.0</source>
        <translation>%1: &apos;netmask&apos; is needed with &apos;ips&apos;, as 255.255.255.0</translation>
    </message>
    <message>
        <source>stage %1: the disk size &apos;%2&apos; of %3 is not a size (100 GB, or 100G)</source>
        <translation>stage %1: the disk size &apos;%2&apos; of %3 is not a size (100 GB, or 100G)</translation>
    </message>
    <message>
        <source>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 GB, or 20G)</source>
        <translation>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 GB, or 20G)</translation>
    </message>
    <message>
        <source>%1: no network gives %2 its address %3 (hive_private_ip, where build-infra reaches it): put it in one network&apos;s &apos;ips&apos;, at place %4</source>
        <translation>%1: no network gives %2 its address %3 (hive_private_ip, where build-infra reaches it): put it in one network&apos;s &apos;ips&apos;, at place %4</translation>
    </message>
    <message>
        <source>stage %1: hive_locale &apos;%2&apos; is not a locale (%3)</source>
        <translation>stage %1: hive_locale &apos;%2&apos; is not a locale (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;gateway&apos; &apos;%2&apos; is not an IPv4 address</source>
        <translation>%1: &apos;gateway&apos; &apos;%2&apos; is not an IPv4 address</translation>
    </message>
    <message>
        <source>%1: nameserver &apos;%2&apos; is not an IPv4 address</source>
        <translation>%1: nameserver &apos;%2&apos; is not an IPv4 address</translation>
    </message>
    <message>
        <source>stage %1: the memory size &apos;%2&apos; is not a size (16384 MB, or 16G)</source>
        <translation>stage %1: the memory size &apos;%2&apos; is not a size (16384 MB, or 16G)</translation>
    </message>
</context>
<context>
    <name>hive::KickstartProvider</name>
    <message numerus="yes">
        <source>%n kickstart file(s) in %1</source>
        <translation>
            <numerusform>%n kickstart file in %1</numerusform>
            <numerusform>%n kickstart files in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>would write %1</source>
        <translation>would write %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>kickstart_config.iso_src %1 does not exist: download the OS&apos;s DVD image (AlmaLinux, Rocky Linux or RHEL 8 or 9) there</source>
        <translation>kickstart_config.iso_src %1 does not exist: download the OS&apos;s DVD image (AlmaLinux, Rocky Linux or RHEL 8 or 9) there</translation>
    </message>
    <message>
        <source>%1 holds the install medium of this stage</source>
        <translation>%1 holds the install medium of this stage</translation>
    </message>
    <message>
        <source>%1 is the install medium of this stage</source>
        <translation>%1 is the install medium of this stage</translation>
    </message>
    <message>
        <source>would write the install medium to %1 (%2)</source>
        <translation>would write the install medium to %1 (%2)</translation>
    </message>
    <message>
        <source>would write the install medium %1</source>
        <translation>would write the install medium %1</translation>
    </message>
    <message>
        <source>making %1 from %2</source>
        <translation>making %1 from %2</translation>
    </message>
    <message>
        <source>the install medium is ready in %1. Writing it to %2 (%3) erases everything on it: to go ahead, run build-infra again with --write-device %2</source>
        <translation>the install medium is ready in %1. Writing it to %2 (%3) erases everything on it: to go ahead, run build-infra again with --write-device %2</translation>
    </message>
    <message>
        <source>writing %1 to %2 (%3)</source>
        <translation>writing %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % written</source>
        <translation>%1 % written</translation>
    </message>
    <message>
        <source>wrote the install medium to %1</source>
        <translation>wrote the install medium to %1</translation>
    </message>
    <message>
        <source>wrote the install medium %1</source>
        <translation>wrote the install medium %1</translation>
    </message>
    <message>
        <source>. Boot each server from it (UEFI) and choose &quot;Install hive host NAME&quot; for it: %1</source>
        <translation>. Boot each server from it (UEFI) and choose &quot;Install hive host NAME&quot; for it: %1</translation>
    </message>
    <message>
        <source>bare-metal servers are not stopped or removed by hive; they are yours</source>
        <translation>bare-metal servers are not stopped or removed by hive; they are yours</translation>
    </message>
    <message>
        <source>not installed yet (nothing answers on %1 port 22): boot it from the install medium and choose &quot;Install hive host %2&quot;; it powers off when done. Then start it and run build-infra again.</source>
        <translation>not installed yet (nothing answers on %1 port 22): boot it from the install medium and choose &quot;Install hive host %2&quot;; it powers off when done. Then start it and run build-infra again.</translation>
    </message>
    <message>
        <source>installed; answers SSH with its known host key</source>
        <translation>installed; answers SSH with its known host key</translation>
    </message>
    <message>
        <source>installed; its host key would be recorded on first contact</source>
        <translation>installed; its host key would be recorded on first contact</translation>
    </message>
    <message>
        <source>installed; first contact: host key %1 recorded. Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on its console.</source>
        <translation>installed; first contact: host key %1 recorded. Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on its console.</translation>
    </message>
    <message>
        <source>kept the install medium: it installs the stage&apos;s other hosts too</source>
        <translation>kept the install medium: it installs the stage&apos;s other hosts too</translation>
    </message>
    <message>
        <source>no kickstart files left</source>
        <translation>no kickstart files left</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>would remove %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>the hive&apos;s public key is not one line of &quot;type key comment&quot; without quotes: %1</source>
        <translation>the hive&apos;s public key is not one line of &quot;type key comment&quot; without quotes: %1</translation>
    </message>
    <message>
        <source>kickstart_config.iso_dest is iso_src (%1): the new medium goes elsewhere, the OS&apos;s own stays as it is</source>
        <translation>kickstart_config.iso_dest is iso_src (%1): the new medium goes elsewhere, the OS&apos;s own stays as it is</translation>
    </message>
    <message>
        <source>%1 (%2) is smaller than the install medium (%3 MB): use a larger one</source>
        <translation>%1 (%2) is smaller than the install medium (%3 MB): use a larger one</translation>
    </message>
</context>
<context>
    <name>hive::LiveEventWatcher</name>
    <message>
        <source>%1 stopped answering</source>
        <translation>%1 stopped answering</translation>
    </message>
    <message>
        <source>%1 ended its events</source>
        <translation>%1 ended its events</translation>
    </message>
    <message>
        <source>no manager can be followed (%1)</source>
        <translation>no manager can be followed (%1)</translation>
    </message>
</context>
<context>
    <name>hive::LiveTopology</name>
    <message>
        <source>%1 is defined but not deployed</source>
        <translation>%1 is defined but not deployed</translation>
    </message>
    <message>
        <source>%1: no task running (0 of %2)</source>
        <translation>%1: no task running (0 of %2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 replicas running</source>
        <translation>%1: %2 of %3 replicas running</translation>
    </message>
    <message>
        <source>%1 runs but is not defined for this stage</source>
        <translation>%1 runs but is not defined for this stage</translation>
    </message>
</context>
<context>
    <name>hive::LiveTopologyReader</name>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 does not answer</translation>
    </message>
    <message>
        <source>no hive to ask</source>
        <translation>no hive to ask</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>hive::LocalCommand</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 was cancelled</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 did not finish within %2 s</translation>
    </message>
    <message>
        <source>%1 was killed</source>
        <translation>%1 was killed</translation>
    </message>
</context>
<context>
    <name>hive::MaintenanceFlow</name>
    <message>
        <source>Maintenance on for %1: drain it and move its tasks away</source>
        <translation>Maintenance on for %1: drain it and move its tasks away</translation>
    </message>
    <message>
        <source>Maintenance off for %1: make it active again</source>
        <translation>Maintenance off for %1: make it active again</translation>
    </message>
    <message>
        <source>the swarm has no leader, so no node can be drained or activated; recover it first (`hive doctor` says how, `hive recover quorum`)</source>
        <translation>the swarm has no leader, so no node can be drained or activated; recover it first (`hive doctor` says how, `hive recover quorum`)</translation>
    </message>
    <message>
        <source>%1 is not in the swarm; run `hive setup-hosts -l %1`</source>
        <translation>%1 is not in the swarm; run `hive setup-hosts -l %1`</translation>
    </message>
    <message>
        <source>%1 is not in maintenance (availability %2)</source>
        <translation>%1 is not in maintenance (availability %2)</translation>
    </message>
    <message>
        <source>%1 is active again but not ready: %2</source>
        <translation>%1 is active again but not ready: %2</translation>
    </message>
    <message>
        <source>%1 is ready and active: new tasks can be placed on it</source>
        <translation>%1 is ready and active: new tasks can be placed on it</translation>
    </message>
    <message numerus="yes">
        <source>restarted %n service(s) so the scheduler spreads them again: %1</source>
        <translation>
            <numerusform>restarted %n service so the scheduler spreads them again: %1</numerusform>
            <numerusform>restarted %n services so the scheduler spreads them again: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebalancing restarts every task of the replicated services, one at a time as their update_config says.</source>
        <translation>Rebalancing restarts every task of the replicated services, one at a time as their update_config says.</translation>
    </message>
    <message>
        <source>Maintenance on %1</source>
        <translation>Maintenance on %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a manager: while it is down the swarm tolerates the loss of %n more manager(s).</source>
        <translation>
            <numerusform>%1 is a manager: while it is down the swarm tolerates the loss of %n more manager.</numerusform>
            <numerusform>%1 is a manager: while it is down the swarm tolerates the loss of %n more managers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already in maintenance (drained)</source>
        <translation>%1 is already in maintenance (drained)</translation>
    </message>
    <message>
        <source>%1 is the leader; the swarm elects another one if it goes down.</source>
        <translation>%1 is the leader; the swarm elects another one if it goes down.</translation>
    </message>
    <message>
        <source>drained: the swarm moves its tasks to the other nodes</source>
        <translation>drained: the swarm moves its tasks to the other nodes</translation>
    </message>
    <message>
        <source>still running on %1 after %2 s: %3</source>
        <translation>still running on %1 after %2 s: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is drained, but %n task(s) could not move and are not running: %2. A placement constraint or a volume ties them to %1; they start again after `hive maintenance %1 off`.</source>
        <translation>
            <numerusform>%1 is drained, but %n task could not move and are not running: %2. A placement constraint or a volume ties them to %1; they start again after `hive maintenance %1 off`.</numerusform>
            <numerusform>%1 is drained, but %n tasks could not move and are not running: %2. A placement constraint or a volume ties them to %1; they start again after `hive maintenance %1 off`.</numerusform>
        </translation>
    </message>
    <message>
        <source>no task runs on %1 any more; it can be stopped for maintenance</source>
        <translation>no task runs on %1 any more; it can be stopped for maintenance</translation>
    </message>
    <message>
        <source>%1 drained</source>
        <translation>%1 drained</translation>
    </message>
    <message>
        <source>interrupted while the tasks of %1 were moving</source>
        <translation>interrupted while the tasks of %1 were moving</translation>
    </message>
    <message>
        <source>nothing was drained</source>
        <translation>nothing was drained</translation>
    </message>
    <message>
        <source>%1 stays in maintenance</source>
        <translation>%1 stays in maintenance</translation>
    </message>
    <message>
        <source>%1 is still drained (%2); `hive recover resume` makes it active again</source>
        <translation>%1 is still drained (%2); `hive recover resume` makes it active again</translation>
    </message>
    <message>
        <source>maintenance cut short: %1 is %2 again</source>
        <translation>maintenance cut short: %1 is %2 again</translation>
    </message>
</context>
<context>
    <name>hive::ManagerLiveness</name>
    <message>
        <source>answers on its swarm port (2377) from %1</source>
        <translation>answers on its swarm port (2377) from %1</translation>
    </message>
    <message>
        <source>%1 would split the swarm in two: %2. The swarm may live on there (a network partition, not a loss). Find out why this machine cannot reach it; if you are sure it is lost, run this again with --risk-split-brain</source>
        <translation>%1 would split the swarm in two: %2. The swarm may live on there (a network partition, not a loss). Find out why this machine cannot reach it; if you are sure it is lost, run this again with --risk-split-brain</translation>
    </message>
</context>
<context>
    <name>hive::ManagerRecoveryFlow</name>
    <message>
        <source>Replace the manager %1: remove its dead node entry, rebuild it, join it again</source>
        <translation>Replace the manager %1: remove its dead node entry, rebuild it, join it again</translation>
    </message>
    <message>
        <source>the swarm has no leader: that is a lost quorum, not one lost manager; run `hive recover quorum` first</source>
        <translation>the swarm has no leader: that is a lost quorum, not one lost manager; run `hive recover quorum` first</translation>
    </message>
    <message>
        <source>%1 is a reachable manager: nothing to replace</source>
        <translation>%1 is a reachable manager: nothing to replace</translation>
    </message>
    <message>
        <source>removed the dead node entry of %1 (%2)</source>
        <translation>removed the dead node entry of %1 (%2)</translation>
    </message>
    <message>
        <source>build-infra starts or makes %1 again where the provider can (on prepared servers it only checks it answers); setup-hosts then sets it up and joins it as a manager, replacing any swarm state it kept.</source>
        <translation>build-infra starts or makes %1 again where the provider can (on prepared servers it only checks it answers); setup-hosts then sets it up and joins it as a manager, replacing any swarm state it kept.</translation>
    </message>
    <message>
        <source>Recover the swarm&apos;s quorum</source>
        <translation>Recover the swarm&apos;s quorum</translation>
    </message>
    <message>
        <source>The swarm has a leader (%1): its quorum is not lost</source>
        <translation>The swarm has a leader (%1): its quorum is not lost</translation>
    </message>
    <message>
        <source>For a lost manager run `hive recover manager %1`.</source>
        <translation>For a lost manager run `hive recover manager %1`.</translation>
    </message>
    <message>
        <source>%1 cannot lead the new cluster: %2; managers that can: %3</source>
        <translation>%1 cannot lead the new cluster: %2; managers that can: %3</translation>
    </message>
    <message>
        <source>it is not a hive of this stage</source>
        <translation>it is not a hive of this stage</translation>
    </message>
    <message>
        <source>it does not answer (%1)</source>
        <translation>it does not answer (%1)</translation>
    </message>
    <message>
        <source>it holds no manager state (%1)</source>
        <translation>it holds no manager state (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no surviving manager answers with the swarm&apos;s state; if every manager is lost, restore the swarm from a backup (`hive restore`)</source>
        <translation>no surviving manager answers with the swarm&apos;s state; if every manager is lost, restore the swarm from a backup (`hive restore`)</translation>
    </message>
    <message>
        <source>Recover the swarm&apos;s quorum from %1 and rejoin the other hives</source>
        <translation>Recover the swarm&apos;s quorum from %1 and rejoin the other hives</translation>
    </message>
    <message>
        <source>%1&apos;s copy of the swarm (services, networks, secrets, configs) becomes the swarm. Running containers and volumes are not touched.</source>
        <translation>%1&apos;s copy of the swarm (services, networks, secrets, configs) becomes the swarm. Running containers and volumes are not touched.</translation>
    </message>
    <message>
        <source>not locked (%1)</source>
        <translation>not locked (%1)</translation>
    </message>
    <message>
        <source>%1 is locked (autolock) and %2 holds no unlock key; put the key there (mode 0600) and run this again</source>
        <translation>%1 is locked (autolock) and %2 holds no unlock key; put the key there (mode 0600) and run this again</translation>
    </message>
    <message>
        <source>unlocking %1 failed; is %2 the key of this swarm?</source>
        <translation>unlocking %1 failed; is %2 the key of this swarm?</translation>
    </message>
    <message>
        <source>unlocked with the stored key</source>
        <translation>unlocked with the stored key</translation>
    </message>
    <message>
        <source>%1 forced a new cluster but has no leader yet: %2</source>
        <translation>%1 forced a new cluster but has no leader yet: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 leads a new cluster made from its copy of the swarm: %n service(s) kept (%2)</source>
        <translation>
            <numerusform>%1 leads a new cluster made from its copy of the swarm: %n service kept (%2)</numerusform>
            <numerusform>%1 leads a new cluster made from its copy of the swarm: %n services kept (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>not every hive is a ready manager yet:
%1</source>
        <translation>not every hive is a ready manager yet:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n hive(s) are ready managers again, fault tolerance %1</source>
        <translation>
            <numerusform>%n hive are ready managers again, fault tolerance %1</numerusform>
            <numerusform>%n hives are ready managers again, fault tolerance %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; removed stale node entries %1</source>
        <translation>; removed stale node entries %1</translation>
    </message>
    <message>
        <source>after removing the stale node entries %1, not every hive is a ready manager:
%2</source>
        <translation>after removing the stale node entries %1, not every hive is a ready manager:
%2</translation>
    </message>
    <message>
        <source>%1 still acts as the leader, but %2 of the %3 managers are down (%4), fewer than a majority is left: it loses the leadership within seconds. Wait half a minute and run this again.</source>
        <translation>%1 still acts as the leader, but %2 of the %3 managers are down (%4), fewer than a majority is left: it loses the leadership within seconds. Wait half a minute and run this again.</translation>
    </message>
    <message>
        <source>Forcing a new cluster on %1 while other managers live</source>
        <translation>Forcing a new cluster on %1 while other managers live</translation>
    </message>
    <message>
        <source>--risk-split-brain: going ahead although %1 may still run the swarm; they are not made to leave it (rejoin them by hand once you know which swarm to keep)</source>
        <translation>--risk-split-brain: going ahead although %1 may still run the swarm; they are not made to leave it (rejoin them by hand once you know which swarm to keep)</translation>
    </message>
</context>
<context>
    <name>hive::NfsShareRecipe</name>
    <message>
        <source>the file server %1 mounted at %2</source>
        <translation>the file server %1 mounted at %2</translation>
    </message>
    <message>
        <source>the directory of %1 on the file server</source>
        <translation>the directory of %1 on the file server</translation>
    </message>
    <message>
        <source>Docker volume %1 on the file server</source>
        <translation>Docker volume %1 on the file server</translation>
    </message>
</context>
<context>
    <name>hive::NodeImageBuilder</name>
    <message>
        <source>HIVE_NODE_IMAGE names %1, which the Docker Engine at %2 does not have</source>
        <translation>HIVE_NODE_IMAGE names %1, which the Docker Engine at %2 does not have</translation>
    </message>
    <message>
        <source>the node image recipe has no customisation script (broken installation)</source>
        <translation>the node image recipe has no customisation script (broken installation)</translation>
    </message>
    <message>
        <source>%1 failed (exit %2); its last output:
%3</source>
        <translation>%1 failed (exit %2); its last output:
%3</translation>
    </message>
    <message>
        <source>building the node image needs root (debootstrap and chroot): run build-infra as root once, or set HIVE_NODE_IMAGE to an image built elsewhere</source>
        <translation>building the node image needs root (debootstrap and chroot): run build-infra as root once, or set HIVE_NODE_IMAGE to an image built elsewhere</translation>
    </message>
    <message>
        <source>debootstrap is not installed: install it (apt-get install debootstrap) and run build-infra again</source>
        <translation>debootstrap is not installed: install it (apt-get install debootstrap) and run build-infra again</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>debootstrap %1 from %2 (a few minutes, once)</source>
        <translation>debootstrap %1 from %2 (a few minutes, once)</translation>
    </message>
    <message>
        <source>customising the root file system</source>
        <translation>customising the root file system</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>packing the root file system</source>
        <translation>packing the root file system</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>importing %1</translation>
    </message>
    <message>
        <source>node image %1 ready</source>
        <translation>node image %1 ready</translation>
    </message>
    <message>
        <source>cannot make a private work folder in %1: %2</source>
        <translation>cannot make a private work folder in %1: %2</translation>
    </message>
</context>
<context>
    <name>hive::NodeRestartFlow</name>
    <message>
        <source>Restart the Docker Engine of %1 so that its node reports to the swarm again</source>
        <translation>Restart the Docker Engine of %1 so that its node reports to the swarm again</translation>
    </message>
    <message>
        <source>the swarm has no leader, so no node can report to it; recover the swarm first (`hive doctor` says how, `hive recover quorum`)</source>
        <translation>the swarm has no leader, so no node can report to it; recover the swarm first (`hive doctor` says how, `hive recover quorum`)</translation>
    </message>
    <message>
        <source>%1 is not in the swarm; run `hive setup-hosts -l %1`</source>
        <translation>%1 is not in the swarm; run `hive setup-hosts -l %1`</translation>
    </message>
    <message>
        <source>%1 does not answer (%2): restarting its engine cannot help. Start the host again; if it is lost, replace it: `hive recover manager %1`</source>
        <translation>%1 does not answer (%2): restarting its engine cannot help. Start the host again; if it is lost, replace it: `hive recover manager %1`</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>%1 is ready: its node reports to the swarm</source>
        <translation>%1 is ready: its node reports to the swarm</translation>
    </message>
    <message>
        <source>Restarting the engine of %1</source>
        <translation>Restarting the engine of %1</translation>
    </message>
    <message>
        <source>no other manager answers to see %1 come back; recover the swarm first (`hive doctor`)</source>
        <translation>no other manager answers to see %1 come back; recover the swarm first (`hive doctor`)</translation>
    </message>
    <message>
        <source>The containers on %1 stop while its engine restarts; the tasks of replicated services it ran are started elsewhere meanwhile.</source>
        <translation>The containers on %1 stop while its engine restarts; the tasks of replicated services it ran are started elsewhere meanwhile.</translation>
    </message>
    <message>
        <source>%1 is a manager: it leaves the swarm&apos;s quorum for the seconds of the restart, which the other managers carry.</source>
        <translation>%1 is a manager: it leaves the swarm&apos;s quorum for the seconds of the restart, which the other managers carry.</translation>
    </message>
    <message>
        <source>the engine of %1 restarted but is not an active swarm member: %2</source>
        <translation>the engine of %1 restarted but is not an active swarm member: %2</translation>
    </message>
    <message>
        <source>the engine restarted and is an active swarm member</source>
        <translation>the engine restarted and is an active swarm member</translation>
    </message>
    <message>
        <source>%1 still is not ready after %2 s (%3): read its engine&apos;s log (`journalctl -u docker -n 100` on it); if this keeps happening, replace it: `hive recover manager %1`</source>
        <translation>%1 still is not ready after %2 s (%3): read its engine&apos;s log (`journalctl -u docker -n 100` on it); if this keeps happening, replace it: `hive recover manager %1`</translation>
    </message>
    <message>
        <source>%1 is ready: it reports to the swarm again</source>
        <translation>%1 is ready: it reports to the swarm again</translation>
    </message>
</context>
<context>
    <name>hive::PasswordHash</name>
    <message>
        <source>cannot make a salt for a %1 password hash</source>
        <translation>cannot make a salt for a %1 password hash</translation>
    </message>
    <message>
        <source>%1 password hashes are not available here</source>
        <translation>%1 password hashes are not available here</translation>
    </message>
</context>
<context>
    <name>hive::Persistents</name>
    <message>
        <source>%1 must be a mapping of variable names; fix or remove the file</source>
        <translation>%1 must be a mapping of variable names; fix or remove the file</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; must map scopes (global, private, staging, production) to values</source>
        <translation>variable &apos;%1&apos; must map scopes (global, private, staging, production) to values</translation>
    </message>
    <message>
        <source>%1 could not be read, so it is not overwritten; fix it first</source>
        <translation>%1 could not be read, so it is not overwritten; fix it first</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>%1 is locked by process %2 on %3; try again when it has finished</source>
        <translation>%1 is locked by process %2 on %3; try again when it has finished</translation>
    </message>
    <message>
        <source>%1 changed on disk and can no longer be read; not overwritten</source>
        <translation>%1 changed on disk and can no longer be read; not overwritten</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hive::Phase</name>
    <message>
        <source>%1 has no steps in this version</source>
        <translation>%1 has no steps in this version</translation>
    </message>
    <message>
        <source>no %1 step has the tag %2; the steps are: %3</source>
        <translation>no %1 step has the tag %2; the steps are: %3</translation>
    </message>
    <message>
        <source>-l %1: the stage has no volume %1 (its volumes: %2)</source>
        <translation>-l %1: the stage has no volume %1 (its volumes: %2)</translation>
    </message>
    <message>
        <source>-l %1: the stage has no network %1 (its networks: %2)</source>
        <translation>-l %1: the stage has no network %1 (its networks: %2)</translation>
    </message>
    <message>
        <source>-l %1: the stage has no service %1 (its services: %2)</source>
        <translation>-l %1: the stage has no service %1 (its services: %2)</translation>
    </message>
    <message>
        <source>%1&apos;s step %2 (tags %3) is missing from its outline: the early -T check would be wrong; please report this</source>
        <translation>%1&apos;s step %2 (tags %3) is missing from its outline: the early -T check would be wrong; please report this</translation>
    </message>
</context>
<context>
    <name>hive::PhaseCatalog</name>
    <message>
        <source>only these services (comma-separated)</source>
        <translation>only these services (comma-separated)</translation>
    </message>
    <message>
        <source>only these volumes (comma-separated)</source>
        <translation>only these volumes (comma-separated)</translation>
    </message>
    <message>
        <source>only these networks (comma-separated)</source>
        <translation>only these networks (comma-separated)</translation>
    </message>
    <message>
        <source>only these hosts or groups (comma-separated; !name excludes)</source>
        <translation>only these hosts or groups (comma-separated; !name excludes)</translation>
    </message>
    <message>
        <source>build the stage&apos;s servers and networks (or -H halt, -D destroy them)</source>
        <translation>build the stage&apos;s servers and networks (or -H halt, -D destroy them)</translation>
    </message>
    <message>
        <source>remove the servers, their volumes and the network</source>
        <translation>remove the servers, their volumes and the network</translation>
    </message>
    <message>
        <source>set up the servers: OS, firewall, TLS, Docker, registry, logs and the swarm</source>
        <translation>set up the servers: OS, firewall, TLS, Docker, registry, logs and the swarm</translation>
    </message>
    <message>
        <source>build the services&apos; images with their roles and push them to the hive registry</source>
        <translation>build the services&apos; images with their roles and push them to the hive registry</translation>
    </message>
    <message>
        <source>make the stage&apos;s volumes: DRBD-mirrored or by a driver (or -D remove them)</source>
        <translation>make the stage&apos;s volumes: DRBD-mirrored or by a driver (or -D remove them)</translation>
    </message>
    <message>
        <source>remove the volumes (refused while a service uses one)</source>
        <translation>remove the volumes (refused while a service uses one)</translation>
    </message>
    <message>
        <source>make the stage&apos;s swarm networks (or -D remove them)</source>
        <translation>make the stage&apos;s swarm networks (or -D remove them)</translation>
    </message>
    <message>
        <source>remove the networks (refused while a service uses one)</source>
        <translation>remove the networks (refused while a service uses one)</translation>
    </message>
    <message>
        <source>create or update the stage&apos;s swarm services and wait until they run (or -D remove them)</source>
        <translation>create or update the stage&apos;s swarm services and wait until they run (or -D remove them)</translation>
    </message>
    <message>
        <source>remove the services</source>
        <translation>remove the services</translation>
    </message>
    <message>
        <source>apply the services&apos; initialize_roles inside a running task of each</source>
        <translation>apply the services&apos; initialize_roles inside a running task of each</translation>
    </message>
    <message>
        <source>%1 has no tags: -T %2 selects nothing in it (phases with tags: %3)</source>
        <translation>%1 has no tags: -T %2 selects nothing in it (phases with tags: %3)</translation>
    </message>
</context>
<context>
    <name>hive::PhaseRequest</name>
    <message>
        <source>unknown phase &apos;%1&apos; (choose from all, %2)</source>
        <translation>unknown phase &apos;%1&apos; (choose from all, %2)</translation>
    </message>
    <message>
        <source>-H and -D cannot be used together</source>
        <translation>-H and -D cannot be used together</translation>
    </message>
    <message>
        <source>-H (halt) is for build-infra only</source>
        <translation>-H (halt) is for build-infra only</translation>
    </message>
    <message>
        <source>-D (destroy) is not available for %1</source>
        <translation>-D (destroy) is not available for %1</translation>
    </message>
    <message>
        <source>argument -S: invalid choice: &apos;%1&apos; (choose from %2)</source>
        <translation>argument -S: invalid choice: &apos;%1&apos; (choose from %2)</translation>
    </message>
</context>
<context>
    <name>hive::PhaseRunner</name>
    <message>
        <source>%1 is not available in this version of hive yet; start_phase stays at %1</source>
        <translation>%1 is not available in this version of hive yet; start_phase stays at %1</translation>
    </message>
    <message>
        <source>-T %1 selects nothing in %2: it has no tags</source>
        <translation>-T %1 selects nothing in %2: it has no tags</translation>
    </message>
    <message>
        <source>-T %1 selects nothing: none of the phases this runs (%2) has tags</source>
        <translation>-T %1 selects nothing: none of the phases this runs (%2) has tags</translation>
    </message>
    <message>
        <source>the saved files have errors; the first: %1</source>
        <translation>the saved files have errors; the first: %1</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>stage %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) of the inventory could not be rendered:
%1</source>
        <translation>
            <numerusform>%n template of the inventory could not be rendered:
%1</numerusform>
            <numerusform>%n templates of the inventory could not be rendered:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::PhaseScope</name>
    <message>
        <source>stage %1 of %2</source>
        <translation>stage %1 of %2</translation>
    </message>
</context>
<context>
    <name>hive::PhaseSession</name>
    <message>
        <source>an earlier run stopped without finishing: %1; continuing from start_phase</source>
        <translation>an earlier run stopped without finishing: %1; continuing from start_phase</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (by %2)</translation>
    </message>
    <message>
        <source>going ahead although an interrupted repair left: %1</source>
        <translation>going ahead although an interrupted repair left: %1</translation>
    </message>
    <message>
        <source>an interrupted repair left this on stage %1: %2. Put it back first: `hive recover resume` (`-n` shows what it runs), or Repair… on the finding in the Health tab. To go ahead anyway, run it with --force on the command line.</source>
        <translation>an interrupted repair left this on stage %1: %2. Put it back first: `hive recover resume` (`-n` shows what it runs), or Repair… on the finding in the Health tab. To go ahead anyway, run it with --force on the command line.</translation>
    </message>
</context>
<context>
    <name>hive::PlannedTopology</name>
    <message>
        <source>availability zone</source>
        <translation>availability zone</translation>
    </message>
    <message>
        <source>availability zone, subnet %1</source>
        <translation>availability zone, subnet %1</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>subnet</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>built from %1</source>
        <translation>built from %1</translation>
    </message>
    <message>
        <source>No swarm managers: the stage has no hives.</source>
        <translation>No swarm managers: the stage has no hives.</translation>
    </message>
    <message numerus="yes">
        <source>%n swarm manager(s); the swarm survives the loss of %1.</source>
        <translation>
            <numerusform>%n swarm manager; the swarm survives the loss of %1.</numerusform>
            <numerusform>%n swarm managers; the swarm survives the loss of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An even number of managers adds no fault tolerance over %1.</source>
        <translation>An even number of managers adds no fault tolerance over %1.</translation>
    </message>
    <message>
        <source>Losing any manager stops the swarm; use three hives.</source>
        <translation>Losing any manager stops the swarm; use three hives.</translation>
    </message>
    <message>
        <source>virtual machines bridged through a new bridge %1</source>
        <translation>virtual machines bridged through a new bridge %1</translation>
    </message>
    <message>
        <source>virtual machines bridged through %1</source>
        <translation>virtual machines bridged through %1</translation>
    </message>
    <message>
        <source>virtual machines on a network private to this machine</source>
        <translation>virtual machines on a network private to this machine</translation>
    </message>
    <message>
        <source> VLAN %1</source>
        <translation> VLAN %1</translation>
    </message>
    <message>
        <source> (hosts&apos; addresses)</source>
        <translation> (hosts&apos; addresses)</translation>
    </message>
    <message>
        <source>bare-metal servers; %1</source>
        <translation>bare-metal servers; %1</translation>
    </message>
    <message>
        <source>no networks set</source>
        <translation>no networks set</translation>
    </message>
</context>
<context>
    <name>hive::PreparedProvider</name>
    <message>
        <source>prepared machines are not stopped or removed by hive; they are yours</source>
        <translation>prepared machines are not stopped or removed by hive; they are yours</translation>
    </message>
    <message>
        <source>%1 logs in with the hive&apos;s key</source>
        <translation>%1 logs in with the hive&apos;s key</translation>
    </message>
    <message>
        <source>%1. Put the hive&apos;s public key (%2.pub) in ~%3/.ssh/authorized_keys there, or set root_password in the stage for a one-time set-up.</source>
        <translation>%1. Put the hive&apos;s public key (%2.pub) in ~%3/.ssh/authorized_keys there, or set root_password in the stage for a one-time set-up.</translation>
    </message>
    <message>
        <source>would log in as root by password and set up %1</source>
        <translation>would log in as root by password and set up %1</translation>
    </message>
    <message>
        <source>setting up %1 on %2 as root failed: %3</source>
        <translation>setting up %1 on %2 as root failed: %3</translation>
    </message>
    <message>
        <source>%1 was set up on %2 but still cannot log in with the key: %3</source>
        <translation>%1 was set up on %2 but still cannot log in with the key: %3</translation>
    </message>
    <message>
        <source>set up %1 with the hive&apos;s key (root password no longer needed)</source>
        <translation>set up %1 with the hive&apos;s key (root password no longer needed)</translation>
    </message>
    <message>
        <source>%1 (%2) is seen for the first time, with the host key %3. Before its root password is sent there, check that key on the host&apos;s console (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`), then run again with --trust-new-host-keys, or pin it in the stage (host_keys: {%2: %3}).</source>
        <translation>%1 (%2) is seen for the first time, with the host key %3. Before its root password is sent there, check that key on the host&apos;s console (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`), then run again with --trust-new-host-keys, or pin it in the stage (host_keys: {%2: %3}).</translation>
    </message>
</context>
<context>
    <name>hive::Project</name>
    <message>
        <source>stage &apos;%1&apos; is not private, staging or production</source>
        <translation>stage &apos;%1&apos; is not private, staging or production</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>%1: %2:%3 → %4</source>
        <translation>%1: %2:%3 → %4</translation>
    </message>
</context>
<context>
    <name>hive::ProjectLock</name>
    <message>
        <source>%1 (pid %2 on %3, since %4)</source>
        <translation>%1 (pid %2 on %3, since %4)</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>a run</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot open the lock %1: %2</source>
        <translation>cannot open the lock %1: %2</translation>
    </message>
    <message>
        <source>another run holds this stage: %1; wait for it to finish (lock file %2)</source>
        <translation>another run holds this stage: %1; wait for it to finish (lock file %2)</translation>
    </message>
    <message>
        <source>a run starting up</source>
        <translation>a run starting up</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>cannot lock %1: %2</translation>
    </message>
    <message>
        <source>cannot write the lock %1: %2</source>
        <translation>cannot write the lock %1: %2</translation>
    </message>
</context>
<context>
    <name>hive::ProjectScaffold</name>
    <message>
        <source>hive.yml does not read as YAML; fix it first</source>
        <translation>hive.yml does not read as YAML; fix it first</translation>
    </message>
    <message>
        <source>the stage %1 is defined already</source>
        <translation>the stage %1 is defined already</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Give the hive a name: a domain name such as pdns.example.jp.</source>
        <translation>Give the hive a name: a domain name such as pdns.example.jp.</translation>
    </message>
    <message>
        <source>The hive name is too long for host names (at most 200 characters).</source>
        <translation>The hive name is too long for host names (at most 200 characters).</translation>
    </message>
    <message>
        <source>%1 is not a domain name: use lower-case letters, digits and hyphens (not at either end) between dots.</source>
        <translation>%1 is not a domain name: use lower-case letters, digits and hyphens (not at either end) between dots.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (name@example.jp); leave it empty to set it later.</source>
        <translation>%1 is not an e-mail address (name@example.jp); leave it empty to set it later.</translation>
    </message>
    <message>
        <source>%1 is not a domain name (example.jp); leave it empty to set it later.</source>
        <translation>%1 is not a domain name (example.jp); leave it empty to set it later.</translation>
    </message>
</context>
<context>
    <name>hive::ProviderCatalog</name>
    <message>
        <source>this version cannot build hosts with provider %1 yet: a stage on it can be designed and edited, not built (providers that build: %2)</source>
        <translation>this version cannot build hosts with provider %1 yet: a stage on it can be designed and edited, not built (providers that build: %2)</translation>
    </message>
</context>
<context>
    <name>hive::ProxyForwards</name>
    <message>
        <source>the proxy %1:%2 does not reach %3: %4</source>
        <translation>the proxy %1:%2 does not reach %3: %4</translation>
    </message>
    <message>
        <source>the proxy %1:%2 reaches %3 at %4 while this phase runs</source>
        <translation>the proxy %1:%2 reaches %3 at %4 while this phase runs</translation>
    </message>
    <message>
        <source>containers reach the proxy at %1</source>
        <translation>containers reach the proxy at %1</translation>
    </message>
</context>
<context>
    <name>hive::ProxySettings</name>
    <message>
        <source>http_proxy_port is %1: give a port number from 1 to 65535 (`hive set http_proxy_port 3128`)</source>
        <translation>http_proxy_port is %1: give a port number from 1 to 65535 (`hive set http_proxy_port 3128`)</translation>
    </message>
    <message>
        <source>http_proxy is %1: give the proxy as host:port, as this machine reaches it (`hive set http_proxy localhost:3128`)</source>
        <translation>http_proxy is %1: give the proxy as host:port, as this machine reaches it (`hive set http_proxy localhost:3128`)</translation>
    </message>
    <message>
        <source>%1 is %2: give an http:// or https:// address</source>
        <translation>%1 is %2: give an http:// or https:// address</translation>
    </message>
    <message>
        <source>pip_trusted_host is %1: give a host name</source>
        <translation>pip_trusted_host is %1: give a host name</translation>
    </message>
</context>
<context>
    <name>hive::QuorumGuard</name>
    <message>
        <source>%1 would leave %2 of %3 managers up, but the swarm needs %4 (more than half) to keep a leader: services could no longer be changed or rescheduled (the outage where an automatic reboot took two of three control-plane nodes down at once).</source>
        <translation>%1 would leave %2 of %3 managers up, but the swarm needs %4 (more than half) to keep a leader: services could no longer be changed or rescheduled (the outage where an automatic reboot took two of three control-plane nodes down at once).</translation>
    </message>
    <message>
        <source>Already down or in maintenance: %1. Bring them back first (`hive doctor` shows them), then try again.</source>
        <translation>Already down or in maintenance: %1. Bring them back first (`hive doctor` shows them), then try again.</translation>
    </message>
    <message>
        <source>Add managers first, or do this one host at a time.</source>
        <translation>Add managers first, or do this one host at a time.</translation>
    </message>
</context>
<context>
    <name>hive::RecoveryContext</name>
    <message>
        <source>`%1` failed on %2: %3</source>
        <translation>`%1` failed on %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a hive of stage %2; the hives are: %3</source>
        <translation>%1 is not a hive of stage %2; the hives are: %3</translation>
    </message>
    <message>
        <source>the archive was made on %1 but could not be fetched: %2</source>
        <translation>the archive was made on %1 but could not be fetched: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>cannot make the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hive::RecoveryPlan</name>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source> (one at a time)</source>
        <translation> (one at a time)</translation>
    </message>
    <message>
        <source> (whatever happens)</source>
        <translation> (whatever happens)</translation>
    </message>
</context>
<context>
    <name>hive::RecoveryRequest</name>
    <message>
        <source>usage: hive maintenance HOST on|off [--rebalance] [-y] [-n]</source>
        <translation>usage: hive maintenance HOST on|off [--rebalance] [-y] [-n]</translation>
    </message>
    <message>
        <source>%1 needs a number of 1 or more</source>
        <translation>%1 needs a number of 1 or more</translation>
    </message>
    <message numerus="yes">
        <source>reading the failed units on %n host(s)</source>
        <translation>
            <numerusform>reading the failed units on %n host</numerusform>
            <numerusform>reading the failed units on %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer from %1: its units are left as they are</source>
        <translation>no answer from %1: its units are left as they are</translation>
    </message>
    <message numerus="yes">
        <source>reading DRBD volume %1 on %n hive(s)</source>
        <translation>
            <numerusform>reading DRBD volume %1 on %n hive</numerusform>
            <numerusform>reading DRBD volume %1 on %n hives</numerusform>
        </translation>
    </message>
    <message>
        <source>no DRBD status of %1 from %2</source>
        <translation>no DRBD status of %1 from %2</translation>
    </message>
    <message numerus="yes">
        <source>reading the swarm on %n hive(s): %1</source>
        <translation>
            <numerusform>reading the swarm on %n hive: %1</numerusform>
            <numerusform>reading the swarm on %n hives: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>--grow needs the new size (200M, 20G)</source>
        <translation>--grow needs the new size (200M, 20G)</translation>
    </message>
    <message>
        <source>finding where %1 holds its files</source>
        <translation>finding where %1 holds its files</translation>
    </message>
    <message>
        <source>usage: hive recover manager HOST | hive recover quorum [SURVIVOR] [--risk-split-brain] | hive recover node HOST | hive recover units [UNIT] [--restart|--disable] | hive recover disk [--all-images] [--no-registry] | hive recover drbd VOLUME [--fsck] [--discard HOST] | hive recover drbd VOLUME --grow SIZE | hive recover resume</source>
        <translation>usage: hive recover manager HOST | hive recover quorum [SURVIVOR] [--risk-split-brain] | hive recover node HOST | hive recover units [UNIT] [--restart|--disable] | hive recover disk [--all-images] [--no-registry] | hive recover drbd VOLUME [--fsck] [--discard HOST] | hive recover drbd VOLUME --grow SIZE | hive recover resume</translation>
    </message>
    <message>
        <source>--discard needs the host whose copy&apos;s changes are discarded</source>
        <translation>--discard needs the host whose copy&apos;s changes are discarded</translation>
    </message>
    <message>
        <source>usage: hive restore [ARCHIVE] [--risk-split-brain] | hive restore --data SERVICE [YYYYmmddHHMMSS]</source>
        <translation>usage: hive restore [ARCHIVE] [--risk-split-brain] | hive restore --data SERVICE [YYYYmmddHHMMSS]</translation>
    </message>
    <message>
        <source>usage: hive backup [--keep N] | hive backup --data [-l SERVICE,...]</source>
        <translation>usage: hive backup [--keep N] | hive backup --data [-l SERVICE,...]</translation>
    </message>
    <message>
        <source>--limit needs the services, comma-separated</source>
        <translation>--limit needs the services, comma-separated</translation>
    </message>
    <message>
        <source>reading the replicas of %1 on %2</source>
        <translation>reading the replicas of %1 on %2</translation>
    </message>
    <message>
        <source>%1 is not a service of the swarm, or no manager answers: %2</source>
        <translation>%1 is not a service of the swarm, or no manager answers: %2</translation>
    </message>
</context>
<context>
    <name>hive::RecoveryRunner</name>
    <message>
        <source>checking: %1</source>
        <translation>checking: %1</translation>
    </message>
    <message>
        <source>the changed definition does not load: %1</source>
        <translation>the changed definition does not load: %1</translation>
    </message>
    <message>
        <source>left on stage %1: %2. `hive recover resume` finishes it (`-n` shows what it runs first).</source>
        <translation>left on stage %1: %2. `hive recover resume` finishes it (`-n` shows what it runs first).</translation>
    </message>
</context>
<context>
    <name>hive::RemoteFileSync</name>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>cannot read %1 on %2: %3</translation>
    </message>
    <message>
        <source>cannot install %1 on %2: %3</source>
        <translation>cannot install %1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>hive::RepairJournal</name>
    <message>
        <source>a repair journal entry needs a name of a-z, 0-9, &apos;.&apos; and &apos;-&apos;, not &apos;%1&apos;</source>
        <translation>a repair journal entry needs a name of a-z, 0-9, &apos;.&apos; and &apos;-&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>cannot remove %1: %2</translation>
    </message>
</context>
<context>
    <name>hive::RepairJournalHealth</name>
    <message>
        <source>Run `hive recover resume` to put it back (`-n` shows what it will run first). Phases and repairs refuse to start until then.</source>
        <translation>Run `hive recover resume` to put it back (`-n` shows what it will run first). Phases and repairs refuse to start until then.</translation>
    </message>
    <message>
        <source>an interrupted %1 left %2 (since %3)</source>
        <translation>an interrupted %1 left %2 (since %3)</translation>
    </message>
    <message>
        <source>an interrupted repair left a journal entry that cannot be read</source>
        <translation>an interrupted repair left a journal entry that cannot be read</translation>
    </message>
    <message>
        <source>Look at the file: it names what a repair took away. Put it back by hand, then remove the file.</source>
        <translation>Look at the file: it names what a repair took away. Put it back by hand, then remove the file.</translation>
    </message>
    <message>
        <source>Run `hive recover resume` to finish it (`-n` shows what it will run first). Phases and repairs refuse to start until then.</source>
        <translation>Run `hive recover resume` to finish it (`-n` shows what it will run first). Phases and repairs refuse to start until then.</translation>
    </message>
</context>
<context>
    <name>hive::RepairResumeFlow</name>
    <message numerus="yes">
        <source>Put back what an interrupted repair took away (%n item(s))</source>
        <translation>
            <numerusform>Put back what an interrupted repair took away (%n item)</numerusform>
            <numerusform>Put back what an interrupted repair took away (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>these journal entries cannot be read: %1. Each names what a repair took away: put it back by hand, then remove the file.</source>
        <translation>these journal entries cannot be read: %1. Each names what a repair took away: put it back by hand, then remove the file.</translation>
    </message>
    <message>
        <source>No interrupted repair left anything to put back on stage %1</source>
        <translation>No interrupted repair left anything to put back on stage %1</translation>
    </message>
    <message>
        <source>the journal entry %1 names %2, which is not a host of stage %3</source>
        <translation>the journal entry %1 names %2, which is not a host of stage %3</translation>
    </message>
    <message>
        <source>%1: %2 (left by %3 at %4)</source>
        <translation>%1: %2 (left by %3 at %4)</translation>
    </message>
    <message>
        <source>ran `%1`, but it is not back yet: %2</source>
        <translation>ran `%1`, but it is not back yet: %2</translation>
    </message>
    <message>
        <source>already back: %1</source>
        <translation>already back: %1</translation>
    </message>
    <message>
        <source>put back: %1</source>
        <translation>put back: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more interrupted grow(s) are finished by the next `hive recover resume`.</source>
        <translation>
            <numerusform>%n more interrupted grow are finished by the next `hive recover resume`.</numerusform>
            <numerusform>%n more interrupted grows are finished by the next `hive recover resume`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::RunFailureAdvice</name>
    <message>
        <source>the stage</source>
        <translation>the stage</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is not the one recorded. If the host was rebuilt, remove its old key from the project&apos;s known_hosts (`hive ssh` names the file) and run again; if not, someone may be in the middle: do not go on.</source>
        <translation>The SSH host key of %1 is not the one recorded. If the host was rebuilt, remove its old key from the project&apos;s known_hosts (`hive ssh` names the file) and run again; if not, someone may be in the middle: do not go on.</translation>
    </message>
    <message>
        <source>The host key of %1 is not recorded yet, and unknown keys are refused. Run build-infra for it (it records the keys of the hosts it makes), or check the key with its administrator and add it to the project&apos;s known_hosts.</source>
        <translation>The host key of %1 is not recorded yet, and unknown keys are refused. Run build-infra for it (it records the keys of the hosts it makes), or check the key with its administrator and add it to the project&apos;s known_hosts.</translation>
    </message>
    <message>
        <source>%1 refused the SSH key. Check the user and key of the stage (`hive inventory --host %1`), or run build-infra again where the provider installs the key.</source>
        <translation>%1 refused the SSH key. Check the user and key of the stage (`hive inventory --host %1`), or run build-infra again where the provider installs the key.</translation>
    </message>
    <message>
        <source>A disk of %1 is full. `hive doctor` shows what fills it; `hive recover disk` frees space.</source>
        <translation>A disk of %1 is full. `hive doctor` shows what fills it; `hive recover disk` frees space.</translation>
    </message>
    <message>
        <source>The swarm has no leader. Run `hive doctor`: it tells whether one manager is lost (`hive recover manager`) or the quorum (`hive recover quorum`).</source>
        <translation>The swarm has no leader. Run `hive doctor`: it tells whether one manager is lost (`hive recover manager`) or the quorum (`hive recover quorum`).</translation>
    </message>
    <message>
        <source>Another run holds the stage&apos;s lock. Wait for it to end, or, if its process is gone, run again: a dead run&apos;s lock is taken over.</source>
        <translation>Another run holds the stage&apos;s lock. Wait for it to end, or, if its process is gone, run again: a dead run&apos;s lock is taken over.</translation>
    </message>
    <message>
        <source>The registry or Docker API refused the connection (credentials or TLS). Run setup-hosts again for %1 (`-T registry,registry-login,docker`).</source>
        <translation>The registry or Docker API refused the connection (credentials or TLS). Run setup-hosts again for %1 (`-T registry,registry-login,docker`).</translation>
    </message>
    <message>
        <source>An image was not found. Run build-images for the service, or check its `image` / `from` in the services file.</source>
        <translation>An image was not found. Run build-images for the service, or check its `image` / `from` in the services file.</translation>
    </message>
    <message>
        <source>Read what %1 printed on %2 (`-v` shows it; in the app, choose its cell). Fix the cause, then run again: every phase checks first and changes only what differs.</source>
        <translation>Read what %1 printed on %2 (`-v` shows it; in the app, choose its cell). Fix the cause, then run again: every phase checks first and changes only what differs.</translation>
    </message>
    <message>
        <source>%1 does not answer. Check that it is up (`hive build-infra -l %1` starts it where the provider can) and reachable, then run again (in the app: Retry Failed).</source>
        <translation>%1 does not answer. Check that it is up (`hive build-infra -l %1` starts it where the provider can) and reachable, then run again (in the app: Retry Failed).</translation>
    </message>
    <message>
        <source>-T names a step or tag that %1 does not have; the message lists its steps. Run again with the ones you mean, or without -T.</source>
        <translation>-T names a step or tag that %1 does not have; the message lists its steps. Run again with the ones you mean, or without -T.</translation>
    </message>
    <message>
        <source>Install %1 from the install medium (its entry &quot;Install hive host %1&quot;), start it when it has powered off, then run build-infra again.</source>
        <translation>Install %1 from the install medium (its entry &quot;Install hive host %1&quot;), start it when it has powered off, then run build-infra again.</translation>
    </message>
    <message>
        <source>Check the device named, then run build-infra again with --write-device and it (in the app: Write to…).</source>
        <translation>Check the device named, then run build-infra again with --write-device and it (in the app: Write to…).</translation>
    </message>
</context>
<context>
    <name>hive::RunLog</name>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot write the run log %1: %2</source>
        <translation>cannot write the run log %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: not a run event (the run may have been killed while writing it)</source>
        <translation>%1:%2: not a run event (the run may have been killed while writing it)</translation>
    </message>
</context>
<context>
    <name>hive::RunWording</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>check: would change</source>
        <translation>check: would change</translation>
    </message>
    <message>
        <source>check: nothing to change</source>
        <translation>check: nothing to change</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>check: %1</translation>
    </message>
</context>
<context>
    <name>hive::SchemaChecker</name>
    <message>
        <source>%1 must be a mapping (key: value), but it is a %2</source>
        <translation>%1 must be a mapping (key: value), but it is a %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>unknown key &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; did you mean &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>; allowed keys: %1</source>
        <translation>; allowed keys: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used with provider %2 (only with %3)</source>
        <translation>&apos;%1&apos; cannot be used with provider %2 (only with %3)</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos; (%3)</source>
        <translation>%1 needs &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, but it is a %3%4</source>
        <translation>&apos;%1&apos; must be %2, but it is a %3%4</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an integer or a string</source>
        <translation>an integer or a string</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; must be one of %2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <source>a network address such as 192.168.0.0/24</source>
        <translation>a network address such as 192.168.0.0/24</translation>
    </message>
    <message>
        <source>an IPv6 network such as fd00::/64</source>
        <translation>an IPv6 network such as fd00::/64</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid network: %2</source>
        <translation>&apos;%1&apos; is not a valid network: %2</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>a list of strings</translation>
    </message>
    <message>
        <source>a list of stages (private, staging, production)</source>
        <translation>a list of stages (private, staging, production)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stage; use private, staging or production</source>
        <translation>&apos;%1&apos; is not a stage; use private, staging or production</translation>
    </message>
    <message>
        <source>a list of IP addresses</source>
        <translation>a list of IP addresses</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; is not an IPv4 address</translation>
    </message>
    <message>
        <source>a string or a list of strings</source>
        <translation>a string or a list of strings</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a mapping (key: value)</source>
        <translation>a mapping (key: value)</translation>
    </message>
    <message>
        <source>a mapping or a list</source>
        <translation>a mapping or a list</translation>
    </message>
    <message>
        <source>an image tag or a build mapping (from, roles...)</source>
        <translation>an image tag or a build mapping (from, roles...)</translation>
    </message>
    <message>
        <source>; hive-builder takes it and ignores it, and so does hive: write %1 or remove the key</source>
        <translation>; hive-builder takes it and ignores it, and so does hive: write %1 or remove the key</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2, not %3</source>
        <translation>&apos;%1&apos; must be at least %2, not %3</translation>
    </message>
</context>
<context>
    <name>hive::ServiceConvergence</name>
    <message>
        <source>update %1: %2</source>
        <translation>update %1: %2</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>no node</translation>
    </message>
    <message>
        <source>%1 on %2: %3 — %4</source>
        <translation>%1 on %2: %3 — %4</translation>
    </message>
</context>
<context>
    <name>hive::ServiceHealth</name>
    <message>
        <source>the services cannot be read on %1</source>
        <translation>the services cannot be read on %1</translation>
    </message>
    <message>
        <source>See the swarm&apos;s findings above: services can be read again once the swarm has a leader.</source>
        <translation>See the swarm&apos;s findings above: services can be read again once the swarm has a leader.</translation>
    </message>
    <message>
        <source>: %1 (&quot;%2&quot;)</source>
        <translation>: %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>no task running (0 of %1)%2</source>
        <translation>no task running (0 of %1)%2</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running%3</source>
        <translation>%1 of %2 tasks running%3</translation>
    </message>
    <message>
        <source>restarting: a task failed %1 times in the last 10 minutes%2</source>
        <translation>restarting: a task failed %1 times in the last 10 minutes%2</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running (running steadily again after %3 failures in the last 10 minutes)</source>
        <translation>%1 of %2 tasks running (running steadily again after %3 failures in the last 10 minutes)</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running</source>
        <translation>%1 of %2 tasks running</translation>
    </message>
    <message>
        <source>defined but not deployed</source>
        <translation>defined but not deployed</translation>
    </message>
    <message>
        <source>`hive deploy-services -l %1`</source>
        <translation>`hive deploy-services -l %1`</translation>
    </message>
    <message>
        <source>runs but is not defined in the inventory (%1)</source>
        <translation>runs but is not defined in the inventory (%1)</translation>
    </message>
    <message>
        <source>If it is not wanted: `docker service rm %1` on the first hive.</source>
        <translation>If it is not wanted: `docker service rm %1` on the first hive.</translation>
    </message>
</context>
<context>
    <name>hive::ServiceLogReader</name>
    <message>
        <source>stage %1 has no repository server to keep service logs</source>
        <translation>stage %1 has no repository server to keep service logs</translation>
    </message>
    <message>
        <source>%1 has no log of %2 yet (%3)</source>
        <translation>%1 has no log of %2 yet (%3)</translation>
    </message>
</context>
<context>
    <name>hive::ServiceLogRecipes</name>
    <message>
        <source>service %1: %2 pattern &quot;%3&quot; cannot go into rsyslog&apos;s rules (empty, a &apos; quote, a line break or a closing backslash)</source>
        <translation>service %1: %2 pattern &quot;%3&quot; cannot go into rsyslog&apos;s rules (empty, a &apos; quote, a line break or a closing backslash)</translation>
    </message>
    <message>
        <source>no error lines watched for %1</source>
        <translation>no error lines watched for %1</translation>
    </message>
    <message>
        <source>error lines of %1 go to %2</source>
        <translation>error lines of %1 go to %2</translation>
    </message>
</context>
<context>
    <name>hive::ServicePause</name>
    <message>
        <source>%1 is a global service: it cannot be scaled to 0; remove it from the hosts by hand before repairing the volume</source>
        <translation>%1 is a global service: it cannot be scaled to 0; remove it from the hosts by hand before repairing the volume</translation>
    </message>
    <message>
        <source>their tasks are still running after 120 s: %1</source>
        <translation>their tasks are still running after 120 s: %1</translation>
    </message>
    <message>
        <source>scaled to 0: %1</source>
        <translation>scaled to 0: %1</translation>
    </message>
    <message>
        <source>could not scale back: %1; run `docker service scale` by hand</source>
        <translation>could not scale back: %1; run `docker service scale` by hand</translation>
    </message>
    <message>
        <source>nothing was scaled down</source>
        <translation>nothing was scaled down</translation>
    </message>
    <message>
        <source>scaled back: %1</source>
        <translation>scaled back: %1</translation>
    </message>
    <message>
        <source>service %1 scaled from %2 to 0 replicas</source>
        <translation>service %1 scaled from %2 to 0 replicas</translation>
    </message>
    <message>
        <source>%1 answered &apos;%2&apos; for the replicas of %3, not a number</source>
        <translation>%1 answered &apos;%2&apos; for the replicas of %3, not a number</translation>
    </message>
</context>
<context>
    <name>hive::ServiceSpecBuilder</name>
    <message>
        <source>service %1: %2 &apos;%3&apos; is not a duration (like 30s, 1m30s, 500ms)</source>
        <translation>service %1: %2 &apos;%3&apos; is not a duration (like 30s, 1m30s, 500ms)</translation>
    </message>
    <message>
        <source>service %1: %2 &apos;%3&apos; is not a size (like 512M, 1G, 1048576)</source>
        <translation>service %1: %2 &apos;%3&apos; is not a size (like 512M, 1G, 1048576)</translation>
    </message>
    <message>
        <source>service %1: network %2 does not exist on the swarm; run `hive build-networks` (or define it in the service file&apos;s networks)</source>
        <translation>service %1: network %2 does not exist on the swarm; run `hive build-networks` (or define it in the service file&apos;s networks)</translation>
    </message>
</context>
<context>
    <name>hive::ServiceTemplates</name>
    <message>
        <source>Web server</source>
        <translation>Web server</translation>
    </message>
    <message>
        <source>nginx 1.27 on every hive, published on port 8080 of each host.</source>
        <translation>nginx 1.27 on every hive, published on port 8080 of each host.</translation>
    </message>
    <message>
        <source>Database on a mirrored volume</source>
        <translation>Database on a mirrored volume</translation>
    </message>
    <message>
        <source>Redis 7.4 with its data on a DRBD volume mirrored between the hives: one replica, which moves with its data when a hive fails.</source>
        <translation>Redis 7.4 with its data on a DRBD volume mirrored between the hives: one replica, which moves with its data when a hive fails.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>A busybox 1.36 container that runs a command and publishes nothing.</source>
        <translation>A busybox 1.36 container that runs a command and publishes nothing.</translation>
    </message>
</context>
<context>
    <name>hive::ServicesReader</name>
    <message>
        <source>a service definition file</source>
        <translation>a service definition file</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; has the name of a service; both become the same inventory host and mix their variables</source>
        <translation>network &apos;%1&apos; has the name of a service; both become the same inventory host and mix their variables</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>network %1</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is already defined in %2; each service may be defined only once</source>
        <translation>service &apos;%1&apos; is already defined in %2; each service may be defined only once</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>volume %1 of service %2</source>
        <translation>volume %1 of service %2</translation>
    </message>
    <message>
        <source>short syntax &apos;%1&apos; is not supported in volumes; write {source: ..., target: ...}</source>
        <translation>short syntax &apos;%1&apos; is not supported in volumes; write {source: ..., target: ...}</translation>
    </message>
    <message>
        <source>&apos;drbd&apos; cannot be combined with &apos;%1&apos; in %2</source>
        <translation>&apos;drbd&apos; cannot be combined with &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>&apos;nfs&apos; cannot be combined with &apos;driver&apos; in %1</source>
        <translation>&apos;nfs&apos; cannot be combined with &apos;driver&apos; in %1</translation>
    </message>
    <message>
        <source>nfs of %1</source>
        <translation>nfs of %1</translation>
    </message>
    <message>
        <source>drbd of %1</source>
        <translation>drbd of %1</translation>
    </message>
    <message>
        <source>device_id must be between 1 and 255, not %1</source>
        <translation>device_id must be between 1 and 255, not %1</translation>
    </message>
    <message>
        <source>device_id %1 of volume %2 is already used by another volume (see drbd_device_map in .hive/persistents.yml)</source>
        <translation>device_id %1 of volume %2 is already used by another volume (see drbd_device_map in .hive/persistents.yml)</translation>
    </message>
    <message>
        <source>no DRBD device id is free for volume %1: all of 1-255 are taken in drbd_device_map; remove stale entries</source>
        <translation>no DRBD device id is free for volume %1: all of 1-255 are taken in drbd_device_map; remove stale entries</translation>
    </message>
    <message>
        <source>image of service %1</source>
        <translation>image of service %1</translation>
    </message>
    <message>
        <source>&apos;pull_from&apos; needs &apos;pull_on&apos; (the stages that pull instead of build)</source>
        <translation>&apos;pull_from&apos; needs &apos;pull_on&apos; (the stages that pull instead of build)</translation>
    </message>
    <message>
        <source>a port of service %1</source>
        <translation>a port of service %1</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not in the form &quot;PUBLISHED:TARGET[/PROTOCOL]&quot; or &quot;TARGET[/PROTOCOL]&quot;</source>
        <translation>port &apos;%1&apos; is not in the form &quot;PUBLISHED:TARGET[/PROTOCOL]&quot; or &quot;TARGET[/PROTOCOL]&quot;</translation>
    </message>
    <message>
        <source>a port must be a quoted string such as &quot;8080:80&quot; or a mapping, not the %1 %2; YAML reads unquoted 80 or 2222:22 as numbers</source>
        <translation>a port must be a quoted string such as &quot;8080:80&quot; or a mapping, not the %1 %2; YAML reads unquoted 80 or 2222:22 as numbers</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;; use tcp, udp or sctp</source>
        <translation>unknown protocol &apos;%1&apos;; use tcp, udp or sctp</translation>
    </message>
    <message>
        <source>target port %1 is outside 1-65535</source>
        <translation>target port %1 is outside 1-65535</translation>
    </message>
    <message>
        <source>port %1 of service %2 and port %3 of service %4 share the key &apos;%5&apos; in published_port_map, so they get the same published port; rename a service or publish one port explicitly</source>
        <translation>port %1 of service %2 and port %3 of service %4 share the key &apos;%5&apos; in published_port_map, so they get the same published port; rename a service or publish one port explicitly</translation>
    </message>
    <message>
        <source>published port %1 is outside 1-65535</source>
        <translation>published port %1 is outside 1-65535</translation>
    </message>
    <message>
        <source>published port %1 of %2 is already used by another port</source>
        <translation>published port %1 of %2 is already used by another port</translation>
    </message>
    <message>
        <source>no published port is free in 61001-65534 for %1; remove stale entries from published_port_map</source>
        <translation>no published port is free in 61001-65534 for %1; remove stale entries from published_port_map</translation>
    </message>
    <message>
        <source>network name</source>
        <translation>network name</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>service name</translation>
    </message>
    <message>
        <source>volume name</source>
        <translation>volume name</translation>
    </message>
    <message>
        <source>DRBD size</source>
        <translation>DRBD size</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>base image</source>
        <translation>base image</translation>
    </message>
    <message>
        <source>drbd of %1 needs &apos;size&apos; (a size with a unit, e.g. 500M or 20G); no service that mounts %2 gives one</source>
        <translation>drbd of %1 needs &apos;size&apos; (a size with a unit, e.g. 500M or 20G); no service that mounts %2 gives one</translation>
    </message>
</context>
<context>
    <name>hive::SetupHostsPhase</name>
    <message>
        <source>the hive CA</source>
        <translation>the hive CA</translation>
    </message>
    <message>
        <source>a certificate for %1</source>
        <translation>a certificate for %1</translation>
    </message>
    <message>
        <source>the client certificate of %1</source>
        <translation>the client certificate of %1</translation>
    </message>
    <message>
        <source>the registry password</source>
        <translation>the registry password</translation>
    </message>
    <message>
        <source>would make %1</source>
        <translation>would make %1</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>made %1</translation>
    </message>
    <message>
        <source>nothing to do for this host&apos;s settings</source>
        <translation>nothing to do for this host&apos;s settings</translation>
    </message>
    <message>
        <source>the project has no roles/addon</source>
        <translation>the project has no roles/addon</translation>
    </message>
    <message>
        <source>the client certificate of %1 on %2</source>
        <translation>the client certificate of %1 on %2</translation>
    </message>
    <message>
        <source>the registry&apos;s certificate</source>
        <translation>the registry&apos;s certificate</translation>
    </message>
    <message>
        <source> (%1: hive-builder&apos;s, not in this version yet)</source>
        <translation> (%1: hive-builder&apos;s, not in this version yet)</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>took %1</translation>
    </message>
    <message>
        <source>no drbd kernel module</source>
        <translation>no drbd kernel module</translation>
    </message>
    <message>
        <source>would install DRBD 9 (whether it loads shows once it is installed)</source>
        <translation>would install DRBD 9 (whether it loads shows once it is installed)</translation>
    </message>
    <message>
        <source>DRBD 9 cannot run on %1 (%2): the volumes of stage %3 must be mirrored; install DRBD 9 for this kernel (Debian: LINBIT&apos;s drbd-dkms) and run setup-hosts -T drbd again</source>
        <translation>DRBD 9 cannot run on %1 (%2): the volumes of stage %3 must be mirrored; install DRBD 9 for this kernel (Debian: LINBIT&apos;s drbd-dkms) and run setup-hosts -T drbd again</translation>
    </message>
    <message>
        <source>this kernel cannot run DRBD 9 (%1); mirrored volumes on %2 will be plain local volumes</source>
        <translation>this kernel cannot run DRBD 9 (%1); mirrored volumes on %2 will be plain local volumes</translation>
    </message>
    <message>
        <source>hive_monitoring is false: no Zabbix</source>
        <translation>hive_monitoring is false: no Zabbix</translation>
    </message>
    <message>
        <source>would set Admin&apos;s password (%1)</source>
        <translation>would set Admin&apos;s password (%1)</translation>
    </message>
    <message>
        <source>Admin&apos;s password set (%1)</source>
        <translation>Admin&apos;s password set (%1)</translation>
    </message>
    <message>
        <source>hive_zabbix_slack_channel is set but hive_zabbix_slack_token is not: Slack needs the bot&apos;s token (manual chapter 11)</source>
        <translation>hive_zabbix_slack_channel is set but hive_zabbix_slack_token is not: Slack needs the bot&apos;s token (manual chapter 11)</translation>
    </message>
    <message>
        <source>the server reads it within a minute (%1)</source>
        <translation>the server reads it within a minute (%1)</translation>
    </message>
    <message>
        <source>roles/addon: nothing it reads changed since it was applied (--force applies it again)</source>
        <translation>roles/addon: nothing it reads changed since it was applied (--force applies it again)</translation>
    </message>
    <message>
        <source>could not ask the next steps&apos; settings in one command: each step asks its own</source>
        <translation>could not ask the next steps&apos; settings in one command: each step asks its own</translation>
    </message>
</context>
<context>
    <name>hive::SshForward</name>
    <message>
        <source>cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>cannot listen on 127.0.0.1 port %1: %2</translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation>the socket path %1 is too long</translation>
    </message>
    <message>
        <source>%1 already exists: another forward (or an earlier run that was killed) holds it; remove it if no hive command is running</source>
        <translation>%1 already exists: another forward (or an earlier run that was killed) holds it; remove it if no hive command is running</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>%1 refused to listen on %2 port %3 for this machine (sshd&apos;s AllowTcpForwarding or GatewayPorts): %4</source>
        <translation>%1 refused to listen on %2 port %3 for this machine (sshd&apos;s AllowTcpForwarding or GatewayPorts): %4</translation>
    </message>
</context>
<context>
    <name>hive::SshKeyPair</name>
    <message>
        <source>%1 can be read by other users; run chmod 600 on it</source>
        <translation>%1 can be read by other users; run chmod 600 on it</translation>
    </message>
    <message>
        <source>%1 has no public key %2 next to it</source>
        <translation>%1 has no public key %2 next to it</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot generate an SSH key</source>
        <translation>cannot generate an SSH key</translation>
    </message>
    <message>
        <source>cannot write the SSH key pair %1</source>
        <translation>cannot write the SSH key pair %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
</context>
<context>
    <name>hive::SshPortMove</name>
    <message>
        <source>sshd answers on port %1</source>
        <translation>sshd answers on port %1</translation>
    </message>
    <message>
        <source>would move sshd from port %1 to %2</source>
        <translation>would move sshd from port %1 to %2</translation>
    </message>
    <message>
        <source>no host keys of %1 are pinned for port %2</source>
        <translation>no host keys of %1 are pinned for port %2</translation>
    </message>
    <message>
        <source>sshd does not answer on port %1 from here (%2); it stays on port %3 — open port %1 on the way to %4 and run setup-hosts again</source>
        <translation>sshd does not answer on port %1 from here (%2); it stays on port %3 — open port %1 on the way to %4 and run setup-hosts again</translation>
    </message>
    <message>
        <source>sshd moved from port %1 to %2; later connections, ssh_config and known_hosts use it</source>
        <translation>sshd moved from port %1 to %2; later connections, ssh_config and known_hosts use it</translation>
    </message>
    <message>
        <source>sshd did not answer on port %1 once it left port %2 (%3); it listens on both: look for another Port line in /etc/ssh/sshd_config on %4</source>
        <translation>sshd did not answer on port %1 once it left port %2 (%3); it listens on both: look for another Port line in /etc/ssh/sshd_config on %4</translation>
    </message>
</context>
<context>
    <name>hive::SshSession</name>
    <message>
        <source>cannot create an SSH session for %1</source>
        <translation>cannot create an SSH session for %1</translation>
    </message>
    <message>
        <source>cannot reach %1 at %2 port %3: %4</source>
        <translation>cannot reach %1 at %2 port %3: %4</translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation>%1 sent no host key: %2</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) has CHANGED: %3 knows %4, the host now shows %5. If the host was rebuilt, remove its line from that file and connect again; otherwise someone may be intercepting the connection. Refusing to connect.</source>
        <translation>the host key of %1 (%2) has CHANGED: %3 knows %4, the host now shows %5. If the host was rebuilt, remove its line from that file and connect again; otherwise someone may be intercepting the connection. Refusing to connect.</translation>
    </message>
    <message>
        <source>%1 (%2) is not in %3 and unknown hosts are refused (its key: %4)</source>
        <translation>%1 (%2) is not in %3 and unknown hosts are refused (its key: %4)</translation>
    </message>
    <message>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation>cannot record the host key of %1 in %2: %3</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation>cannot check the host key of %1 against %2: %3</translation>
    </message>
    <message>
        <source>cannot read the private key %1</source>
        <translation>cannot read the private key %1</translation>
    </message>
    <message>
        <source>%1 refused the key %2 for user %3</source>
        <translation>%1 refused the key %2 for user %3</translation>
    </message>
    <message>
        <source>%1 refused the password of user %2</source>
        <translation>%1 refused the password of user %2</translation>
    </message>
    <message>
        <source>no key or password to log in to %1 as %2</source>
        <translation>no key or password to log in to %1 as %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>not connected to %1</translation>
    </message>
    <message>
        <source>cannot start a command on %1: %2</source>
        <translation>cannot start a command on %1: %2</translation>
    </message>
    <message>
        <source>cancelled on %1: %2</source>
        <translation>cancelled on %1: %2</translation>
    </message>
    <message>
        <source>timed out after %1 s on %2: %3</source>
        <translation>timed out after %1 s on %2: %3</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while running: %2</source>
        <translation>the connection to %1 was lost while running: %2</translation>
    </message>
    <message>
        <source>%1 offers no SFTP: %2</source>
        <translation>%1 offers no SFTP: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: SFTP error %3</source>
        <translation>cannot write %1 on %2: SFTP error %3</translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: SFTP error %3</source>
        <translation>writing %1 on %2 failed: SFTP error %3</translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: %3</source>
        <translation>writing %1 on %2 failed: %3</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: SFTP error %3</source>
        <translation>cannot read %1 on %2: SFTP error %3</translation>
    </message>
    <message>
        <source>reading %1 on %2 failed: SFTP error %3</source>
        <translation>reading %1 on %2 failed: SFTP error %3</translation>
    </message>
    <message>
        <source>cannot send input to a command on %1: %2</source>
        <translation>cannot send input to a command on %1: %2</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) changed while it was being recorded (now %3). Refusing to connect.</source>
        <translation>the host key of %1 (%2) changed while it was being recorded (now %3). Refusing to connect.</translation>
    </message>
    <message>
        <source>reading %1 on %2 failed: cannot write here: %3</source>
        <translation>reading %1 on %2 failed: cannot write here: %3</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: something is already there</source>
        <translation>cannot write %1 on %2: something is already there</translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: cannot read here: %3</source>
        <translation>writing %1 on %2 failed: cannot read here: %3</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) is %3, not the one pinned for it (%4, by the stage&apos;s host_keys or --host-key). Check the key on the host&apos;s console (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`); if the host was rebuilt, change the pin. Refusing to connect.</source>
        <translation>the host key of %1 (%2) is %3, not the one pinned for it (%4, by the stage&apos;s host_keys or --host-key). Check the key on the host&apos;s console (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`); if the host was rebuilt, change the pin. Refusing to connect.</translation>
    </message>
</context>
<context>
    <name>hive::StageDraft</name>
    <message>
        <source>Runs every host as a container on this machine. Needs Docker Engine and root (or the docker group). Best for trying things out and for tests.</source>
        <translation>Runs every host as a container on this machine. Needs Docker Engine and root (or the docker group). Best for trying things out and for tests.</translation>
    </message>
    <message>
        <source>Virtual machines on this machine with Vagrant (VirtualBox or libvirt). Needs Vagrant and enough memory for every host.</source>
        <translation>Virtual machines on this machine with Vagrant (VirtualBox or libvirt). Needs Vagrant and enough memory for every host.</translation>
    </message>
    <message>
        <source>Servers you already have, reachable with ssh. Needs their IP addresses and the root password once (or an admin user with your key).</source>
        <translation>Servers you already have, reachable with ssh. Needs their IP addresses and the root password once (or an admin user with your key).</translation>
    </message>
    <message>
        <source>Amazon Web Services EC2 in one region, hosts spread over three availability zones. Needs an access key (stored with hive set, mode 0600).</source>
        <translation>Amazon Web Services EC2 in one region, hosts spread over three availability zones. Needs an access key (stored with hive set, mode 0600).</translation>
    </message>
    <message>
        <source>Bare-metal servers installed from a kickstart ISO. Needs their IP addresses, name servers and console access to boot the ISO.</source>
        <translation>Bare-metal servers installed from a kickstart ISO. Needs their IP addresses, name servers and console access to boot the ISO.</translation>
    </message>
    <message>
        <source>Some OpenStack provider (not implemented by hive-builder).</source>
        <translation>Some OpenStack provider (not implemented by hive-builder).</translation>
    </message>
    <message>
        <source>Your own development site, usually on this machine. Build and break it freely.</source>
        <translation>Your own development site, usually on this machine. Build and break it freely.</translation>
    </message>
    <message>
        <source>A copy of production for testing changes and rehearsing upgrades and recovery before doing them for real.</source>
        <translation>A copy of production for testing changes and rehearsing upgrades and recovery before doing them for real.</translation>
    </message>
    <message>
        <source>The site your users depend on. Changes here should have been tried on staging.</source>
        <translation>The site your users depend on. Changes here should have been tried on staging.</translation>
    </message>
    <message>
        <source>No host is left for the swarm: the repository server takes the only one. Add hosts (three hives survive the loss of one) or clear Separate repository server.</source>
        <translation>No host is left for the swarm: the repository server takes the only one. Add hosts (three hives survive the loss of one) or clear Separate repository server.</translation>
    </message>
    <message>
        <source>One hive: when that host fails, the swarm, its services and the data on it stop. Three hives survive the loss of one.</source>
        <translation>One hive: when that host fails, the swarm, its services and the data on it stop. Three hives survive the loss of one.</translation>
    </message>
    <message>
        <source>Two hives: when either fails, the swarm loses its majority. Services keep running where they are, but nothing is moved or changed until it is back. Three hives survive the loss of one.</source>
        <translation>Two hives: when either fails, the swarm loses its majority. Services keep running where they are, but nothing is moved or changed until it is back. Three hives survive the loss of one.</translation>
    </message>
    <message>
        <source>Choose the OS&apos;s install medium (an ISO file of AlmaLinux, Rocky Linux or RHEL 8 or 9) to start from.</source>
        <translation>Choose the OS&apos;s install medium (an ISO file of AlmaLinux, Rocky Linux or RHEL 8 or 9) to start from.</translation>
    </message>
    <message>
        <source>Choose where the new install medium goes: an ISO file, or a USB stick.</source>
        <translation>Choose where the new install medium goes: an ISO file, or a USB stick.</translation>
    </message>
    <message>
        <source>Each network needs its interface (eth0, bond0…).</source>
        <translation>Each network needs its interface (eth0, bond0…).</translation>
    </message>
    <message>
        <source>Name the bridge to make (e.g. brHive), or choose a private network.</source>
        <translation>Name the bridge to make (e.g. brHive), or choose a private network.</translation>
    </message>
    <message>
        <source>Choose this machine&apos;s bridge to connect to (e.g. br0), or a private network.</source>
        <translation>Choose this machine&apos;s bridge to connect to (e.g. br0), or a private network.</translation>
    </message>
    <message>
        <source>Tick, in the network table, the network that carries the hosts&apos; addresses.</source>
        <translation>Tick, in the network table, the network that carries the hosts&apos; addresses.</translation>
    </message>
    <message>
        <source>Only one network carries the hosts&apos; addresses: untick the others in the network table.</source>
        <translation>Only one network carries the hosts&apos; addresses: untick the others in the network table.</translation>
    </message>
    <message>
        <source>Google Cloud Compute Engine across three zones of a region. Needs a service account&apos;s key: gcp_credential.json in the project folder (or the file GOOGLE_APPLICATION_CREDENTIALS names).</source>
        <translation>Google Cloud Compute Engine across three zones of a region. Needs a service account&apos;s key: gcp_credential.json in the project folder (or the file GOOGLE_APPLICATION_CREDENTIALS names).</translation>
    </message>
    <message>
        <source>Microsoft Azure virtual machines across three availability zones of a region, in a resource group named after the hive. Needs a service principal (azure_client_id, azure_secret, azure_subscription_id, azure_tenant: stored with hive set, mode 0600, or the AZURE_* variables).</source>
        <translation>Microsoft Azure virtual machines across three availability zones of a region, in a resource group named after the hive. Needs a service principal (azure_client_id, azure_secret, azure_subscription_id, azure_tenant: stored with hive set, mode 0600, or the AZURE_* variables).</translation>
    </message>
</context>
<context>
    <name>hive::StageFiles</name>
    <message>
        <source>stage %1 has not been built yet (%2 is missing): run build-infra — `hive -s %1 all`, or Run from Here on build-infra in the Build tab</source>
        <translation>stage %1 has not been built yet (%2 is missing): run build-infra — `hive -s %1 all`, or Run from Here on build-infra in the Build tab</translation>
    </message>
    <message>
        <source>the hosts of stage %1 are not set up yet (%2 is missing): run setup-hosts — `hive -s %1 setup-hosts`, or Run Phase on setup-hosts in the Build tab</source>
        <translation>the hosts of stage %1 are not set up yet (%2 is missing): run setup-hosts — `hive -s %1 setup-hosts`, or Run Phase on setup-hosts in the Build tab</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
</context>
<context>
    <name>hive::StageScope</name>
    <message>
        <source>the inventory has errors; run `hive check` and fix them first</source>
        <translation>the inventory has errors; run `hive check` and fix them first</translation>
    </message>
    <message>
        <source>the hive definition has no stage %1</source>
        <translation>the hive definition has no stage %1</translation>
    </message>
</context>
<context>
    <name>hive::StepSequence</name>
    <message>
        <source>cancelled before this step</source>
        <translation>cancelled before this step</translation>
    </message>
    <message>
        <source>not run: %1 failed in step %2</source>
        <translation>not run: %1 failed in step %2</translation>
    </message>
    <message>
        <source>%1 failed and the rest of the phase depends on it: stopping</source>
        <translation>%1 failed and the rest of the phase depends on it: stopping</translation>
    </message>
</context>
<context>
    <name>hive::SwarmBackupFlow</name>
    <message>
        <source>Back up the swarm state of the managers that are not the leader</source>
        <translation>Back up the swarm state of the managers that are not the leader</translation>
    </message>
    <message>
        <source>the swarm has no leader; a backup now would keep a broken state. Recover it first (`hive doctor`, `hive recover quorum`)</source>
        <translation>the swarm has no leader; a backup now would keep a broken state. Recover it first (`hive doctor`, `hive recover quorum`)</translation>
    </message>
    <message>
        <source>Stopping docker on %1</source>
        <translation>Stopping docker on %1</translation>
    </message>
    <message>
        <source>the swarm has a single manager (%1): it cannot be stopped for a backup without stopping the swarm. Add managers first.</source>
        <translation>the swarm has a single manager (%1): it cannot be stopped for a backup without stopping the swarm. Add managers first.</translation>
    </message>
    <message>
        <source>no manager other than the leader %1 can be stopped now without losing the quorum%2</source>
        <translation>no manager other than the leader %1 can be stopped now without losing the quorum%2</translation>
    </message>
    <message>
        <source>Not backed up now (down or not ready): %1</source>
        <translation>Not backed up now (down or not ready): %1</translation>
    </message>
    <message>
        <source>Docker stops on each of them for a few seconds: its tasks are restarted elsewhere, the swarm keeps its leader (%1).</source>
        <translation>Docker stops on each of them for a few seconds: its tasks are restarted elsewhere, the swarm keeps its leader (%1).</translation>
    </message>
    <message>
        <source>%1 is the leader now (or there is none); not stopped</source>
        <translation>%1 is the leader now (or there is none); not stopped</translation>
    </message>
    <message>
        <source>saved %1, but %2 is not back as a reachable manager yet (%3); check `hive doctor` before stopping another manager</source>
        <translation>saved %1, but %2 is not back as a reachable manager yet (%3); check `hive doctor` before stopping another manager</translation>
    </message>
    <message>
        <source>saved %1 (%2 KiB); %3 was back as a reachable manager after %4 s</source>
        <translation>saved %1 (%2 KiB); %3 was back as a reachable manager after %4 s</translation>
    </message>
    <message numerus="yes">
        <source>; removed %n older archive(s)</source>
        <translation>
            <numerusform>; removed %n older archive</numerusform>
            <numerusform>; removed %n older archives</numerusform>
        </translation>
    </message>
    <message>
        <source>stored the unlock key in %1</source>
        <translation>stored the unlock key in %1</translation>
    </message>
    <message>
        <source>the stored unlock key is current</source>
        <translation>the stored unlock key is current</translation>
    </message>
    <message>
        <source>Restore the swarm from a backup</source>
        <translation>Restore the swarm from a backup</translation>
    </message>
    <message>
        <source>there is no swarm backup in %1 (`hive backup` makes them)</source>
        <translation>there is no swarm backup in %1 (`hive backup` makes them)</translation>
    </message>
    <message>
        <source>%1 is not a swarm backup of a hive of stage %2 (expected swarm-&lt;host&gt;-&lt;engine&gt;-&lt;time&gt;.tar.gz for one of %3)</source>
        <translation>%1 is not a swarm backup of a hive of stage %2 (expected swarm-&lt;host&gt;-&lt;engine&gt;-&lt;time&gt;.tar.gz for one of %3)</translation>
    </message>
    <message>
        <source>Restore the swarm from %1 onto %2, then rejoin the other hives</source>
        <translation>Restore the swarm from %1 onto %2, then rejoin the other hives</translation>
    </message>
    <message>
        <source>%1 still holds the swarm&apos;s manager state (%2), newer than any backup: recover from it with `hive recover quorum`</source>
        <translation>%1 still holds the swarm&apos;s manager state (%2), newer than any backup: recover from it with `hive recover quorum`</translation>
    </message>
    <message>
        <source>%1, the host the backup belongs to, does not answer (%2); rebuild it with the same address first: `hive build-infra -l %1 &amp;&amp; hive setup-hosts -l %1`</source>
        <translation>%1, the host the backup belongs to, does not answer (%2); rebuild it with the same address first: `hive build-infra -l %1 &amp;&amp; hive setup-hosts -l %1`</translation>
    </message>
    <message>
        <source>The backup was written by Docker %1 and %2 runs %3; Docker supports restoring with the same version only.</source>
        <translation>The backup was written by Docker %1 and %2 runs %3; Docker supports restoring with the same version only.</translation>
    </message>
    <message>
        <source>Whatever swarm state %1 has now is moved aside to /var/lib/docker/swarm.before-restore-&lt;time&gt;, not deleted.</source>
        <translation>Whatever swarm state %1 has now is moved aside to /var/lib/docker/swarm.before-restore-&lt;time&gt;, not deleted.</translation>
    </message>
    <message>
        <source>put back the swarm state of %1 (%2 KiB); docker started</source>
        <translation>put back the swarm state of %1 (%2 KiB); docker started</translation>
    </message>
    <message>
        <source>%1 does not answer (%2)</source>
        <translation>%1 does not answer (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, manager status %3</source>
        <translation>%1 is %2, manager status %3</translation>
    </message>
    <message>
        <source>Wait until `hive doctor` finds them back, then run it again.</source>
        <translation>Wait until `hive doctor` finds them back, then run it again.</translation>
    </message>
    <message>
        <source>the swarm answers (on %1): restoring would replace a working swarm with an older copy. For lost managers use `hive recover manager`; if a restore already ran and only rejoining the other hives failed, run `hive setup-hosts` to rejoin them.</source>
        <translation>the swarm answers (on %1): restoring would replace a working swarm with an older copy. For lost managers use `hive recover manager`; if a restore already ran and only rejoining the other hives failed, run `hive setup-hosts` to rejoin them.</translation>
    </message>
    <message>
        <source>docker stopped on %1</source>
        <translation>docker stopped on %1</translation>
    </message>
    <message>
        <source>docker did not start again on %1 (%2); `hive recover resume` starts it</source>
        <translation>docker did not start again on %1 (%2); `hive recover resume` starts it</translation>
    </message>
    <message>
        <source>Restoring an older swarm</source>
        <translation>Restoring an older swarm</translation>
    </message>
    <message>
        <source>cancelled before docker was stopped on %1</source>
        <translation>cancelled before docker was stopped on %1</translation>
    </message>
    <message>
        <source>The restore stopped before its end. If it had put back the swarm state on %1, `hive recover quorum` finishes it; if not, run `hive restore` again. `hive doctor` says which.</source>
        <translation>The restore stopped before its end. If it had put back the swarm state on %1, `hive recover quorum` finishes it; if not, run `hive restore` again. `hive doctor` says which.</translation>
    </message>
</context>
<context>
    <name>hive::SwarmExtensionHealth</name>
    <message>
        <source>See what follow-swarm-service says on those hives (`hive ssh -t HOST journalctl -u follow-swarm-service`), and restart it there (`sudo systemctl restart follow-swarm-service`): it reads the swarm again before acting. setup-hosts (-T follow-swarm-service) installs it where it is missing.</source>
        <translation>See what follow-swarm-service says on those hives (`hive ssh -t HOST journalctl -u follow-swarm-service`), and restart it there (`sudo systemctl restart follow-swarm-service`): it reads the swarm again before acting. setup-hosts (-T follow-swarm-service) installs it where it is missing.</translation>
    </message>
    <message>
        <source>label %1=true on: %2</source>
        <translation>label %1=true on: %2</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>no node</translation>
    </message>
    <message>
        <source>address %1 (%2)</source>
        <translation>address %1 (%2)</translation>
    </message>
    <message>
        <source>node label %1 (HIVE_MARK)</source>
        <translation>node label %1 (HIVE_MARK)</translation>
    </message>
    <message>
        <source>%1 of service %2 is on %3, where no task of it runs</source>
        <translation>%1 of service %2 is on %3, where no task of it runs</translation>
    </message>
    <message>
        <source>%1 of service %2 is on %3, with its task</source>
        <translation>%1 of service %2 is on %3, with its task</translation>
    </message>
    <message numerus="yes">
        <source>%1 of service %2 is on %n nodes at once (%3): its traffic goes to whichever answers ARP last</source>
        <translation>
            <numerusform>%1 of service %2 is on %n nodes at once (%3): its traffic goes to whichever answers ARP last</numerusform>
            <numerusform>%1 of service %2 is on %n nodes at once (%3): its traffic goes to whichever answers ARP last</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of service %2 is on %n nodes at once (%3): its members may run away from it</source>
        <translation>
            <numerusform>%1 of service %2 is on %n nodes at once (%3): its members may run away from it</numerusform>
            <numerusform>%1 of service %2 is on %n nodes at once (%3): its members may run away from it</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of service %2 is on no hive that answered; %3 did not answer</source>
        <translation>%1 of service %2 is on no hive that answered; %3 did not answer</translation>
    </message>
    <message>
        <source>%1 of service %2 is on %3, but its task runs on %4</source>
        <translation>%1 of service %2 is on %3, but its task runs on %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 of service %2 is left alone: it has %n tasks, and HIVE_VIP and HIVE_MARK need one replica</source>
        <translation>
            <numerusform>%1 of service %2 is left alone: it has %n tasks, and HIVE_VIP and HIVE_MARK need one replica</numerusform>
            <numerusform>%1 of service %2 is left alone: it has %n tasks, and HIVE_VIP and HIVE_MARK need one replica</numerusform>
        </translation>
    </message>
    <message>
        <source>Give service %1 one replica (replicas: 1), or take the label away.</source>
        <translation>Give service %1 one replica (replicas: 1), or take the label away.</translation>
    </message>
    <message>
        <source>%1 of service %2 is moving: its task is starting on %3 (now on %4); run doctor again in a minute</source>
        <translation>%1 of service %2 is moving: its task is starting on %3 (now on %4); run doctor again in a minute</translation>
    </message>
</context>
<context>
    <name>hive::SwarmHealth</name>
    <message>
        <source>%1 is not in the swarm (state: %2)</source>
        <translation>%1 is not in the swarm (state: %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Run `hive setup-hosts -l %1`: it joins the host to the swarm again.</source>
        <translation>Run `hive setup-hosts -l %1`: it joins the host to the swarm again.</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 does not answer</translation>
    </message>
    <message>
        <source>Check that the host is running and reachable (`hive ssh -t %1`). If it is lost, rebuild it: `hive build-infra -l %1`, then `hive setup-hosts -l %1`.</source>
        <translation>Check that the host is running and reachable (`hive ssh -t %1`). If it is lost, rebuild it: `hive build-infra -l %1`, then `hive setup-hosts -l %1`.</translation>
    </message>
    <message numerus="yes">
        <source>the swarm has no leader: too few of its %n manager(s) are online, services cannot be changed or rescheduled</source>
        <translation>
            <numerusform>the swarm has no leader: too few of its %n manager are online, services cannot be changed or rescheduled</numerusform>
            <numerusform>the swarm has no leader: too few of its %n managers are online, services cannot be changed or rescheduled</numerusform>
        </translation>
    </message>
    <message>
        <source>no hive answers: the swarm cannot be checked</source>
        <translation>no hive answers: the swarm cannot be checked</translation>
    </message>
    <message>
        <source>Check the hosts and the network from this machine first.</source>
        <translation>Check the hosts and the network from this machine first.</translation>
    </message>
    <message>
        <source>the swarm has no leader: %1 of %2 managers reachable, %3 needed</source>
        <translation>the swarm has no leader: %1 of %2 managers reachable, %3 needed</translation>
    </message>
    <message>
        <source>%1 of %2 managers unreachable (%3): fault tolerance %4 (designed %5)%6</source>
        <translation>%1 of %2 managers unreachable (%3): fault tolerance %4 (designed %5)%6</translation>
    </message>
    <message>
        <source>; losing one more manager stops the swarm</source>
        <translation>; losing one more manager stops the swarm</translation>
    </message>
    <message>
        <source>%1 managers, leader %2, fault tolerance %3</source>
        <translation>%1 managers, leader %2, fault tolerance %3</translation>
    </message>
    <message>
        <source>A hive needs at least 3 hives (managers) to survive the loss of one.</source>
        <translation>A hive needs at least 3 hives (managers) to survive the loss of one.</translation>
    </message>
    <message>
        <source>an even number of managers (%1) tolerates no more failures than %2</source>
        <translation>an even number of managers (%1) tolerates no more failures than %2</translation>
    </message>
    <message>
        <source>Use an odd number of hives (3 or 5).</source>
        <translation>Use an odd number of hives (3 or 5).</translation>
    </message>
    <message>
        <source>node %1 is %2</source>
        <translation>node %1 is %2</translation>
    </message>
    <message>
        <source>node %1 is drained: no tasks run there</source>
        <translation>node %1 is drained: no tasks run there</translation>
    </message>
    <message>
        <source>node %1 is paused: no new tasks start there</source>
        <translation>node %1 is paused: no new tasks start there</translation>
    </message>
    <message>
        <source>`docker node update --availability active %1`</source>
        <translation>`docker node update --availability active %1`</translation>
    </message>
    <message>
        <source>Docker Engine versions differ between nodes: %1</source>
        <translation>Docker Engine versions differ between nodes: %1</translation>
    </message>
    <message>
        <source>Start the stopped managers again if they can be: the swarm recovers by itself once more than half are back. If they are lost, recover quorum from a surviving manager: `hive recover quorum` (shows the plan first: `docker swarm init --force-new-cluster` there, then the others rejoin as managers; Docker&apos;s swarm guide, Recover from losing the quorum).</source>
        <translation>Start the stopped managers again if they can be: the swarm recovers by itself once more than half are back. If they are lost, recover quorum from a surviving manager: `hive recover quorum` (shows the plan first: `docker swarm init --force-new-cluster` there, then the others rejoin as managers; Docker&apos;s swarm guide, Recover from losing the quorum).</translation>
    </message>
    <message>
        <source>Start the stopped managers again (%1); if they are lost, recover quorum from %2: `hive recover quorum %2` (force-new-cluster, then the others rejoin; Docker&apos;s swarm guide, Recover from losing the quorum).</source>
        <translation>Start the stopped managers again (%1); if they are lost, recover quorum from %2: `hive recover quorum %2` (force-new-cluster, then the others rejoin; Docker&apos;s swarm guide, Recover from losing the quorum).</translation>
    </message>
    <message>
        <source>Start %1 again. If it is lost, replace it: `hive recover manager %2` (removes its dead entry, rebuilds it, joins it again); do not take any other manager down meanwhile.</source>
        <translation>Start %1 again. If it is lost, replace it: `hive recover manager %2` (removes its dead entry, rebuilds it, joins it again); do not take any other manager down meanwhile.</translation>
    </message>
    <message>
        <source>%1 is a worker, but every hive should be a manager</source>
        <translation>%1 is a worker, but every hive should be a manager</translation>
    </message>
    <message>
        <source>Run `hive setup-hosts -l %1`: it promotes the node, or replaces stale swarm state and joins it again.</source>
        <translation>Run `hive setup-hosts -l %1`: it promotes the node, or replaces stale swarm state and joins it again.</translation>
    </message>
    <message>
        <source>Start the host again, or replace it: `hive recover manager %1`.</source>
        <translation>Start the host again, or replace it: `hive recover manager %1`.</translation>
    </message>
    <message>
        <source>If its maintenance is over: `hive maintenance %1 off`.</source>
        <translation>If its maintenance is over: `hive maintenance %1 off`.</translation>
    </message>
    <message>
        <source>Upgrade the older engines one host at a time, each in maintenance first (`hive maintenance HOST on`, then off).</source>
        <translation>Upgrade the older engines one host at a time, each in maintenance first (`hive maintenance HOST on`, then off).</translation>
    </message>
    <message>
        <source>The whole swarm is lost: repair it first (the finding on &quot;swarm&quot;).</source>
        <translation>The whole swarm is lost: repair it first (the finding on &quot;swarm&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>the swarm is lost: none of the %n hive(s) that answer is an active manager</source>
        <translation>
            <numerusform>the swarm is lost: none of the %n hive that answer is an active manager</numerusform>
            <numerusform>the swarm is lost: none of the %n hives that answer is an active manager</numerusform>
        </translation>
    </message>
    <message>
        <source>No hive holds the swarm&apos;s state any more: restore it from the newest backup with `hive restore` (Docker&apos;s swarm guide, Recover from losing the quorum), then the others rejoin.</source>
        <translation>No hive holds the swarm&apos;s state any more: restore it from the newest backup with `hive restore` (Docker&apos;s swarm guide, Recover from losing the quorum), then the others rejoin.</translation>
    </message>
    <message>
        <source>%1 still holds a manager&apos;s copy of the swarm: recover from it with `hive recover quorum %1` (force-new-cluster there, then the others rejoin; Docker&apos;s swarm guide, Recover from losing the quorum).</source>
        <translation>%1 still holds a manager&apos;s copy of the swarm: recover from it with `hive recover quorum %1` (force-new-cluster there, then the others rejoin; Docker&apos;s swarm guide, Recover from losing the quorum).</translation>
    </message>
    <message>
        <source>node %1 is %2 although its engine answers: it no longer reports to the leader, so no task is placed on it</source>
        <translation>node %1 is %2 although its engine answers: it no longer reports to the leader, so no task is placed on it</translation>
    </message>
    <message>
        <source>A node that has just started is down for a few seconds. If it stays down for more than a minute, restart its Docker Engine: `hive recover node %1` (one host at a time; its containers restart). If it is still down then, read `journalctl -u docker` on it.</source>
        <translation>A node that has just started is down for a few seconds. If it stays down for more than a minute, restart its Docker Engine: `hive recover node %1` (one host at a time; its containers restart). If it is still down then, read `journalctl -u docker` on it.</translation>
    </message>
</context>
<context>
    <name>hive::SwarmSteps</name>
    <message>
        <source>`%1` failed on %2: %3</source>
        <translation>`%1` failed on %2: %3</translation>
    </message>
    <message>
        <source>docker_gwbridge on %1 has %2, not %3 from internal_cidr; it can only be changed before the host joins the swarm</source>
        <translation>docker_gwbridge on %1 has %2, not %3 from internal_cidr; it can only be changed before the host joins the swarm</translation>
    </message>
    <message>
        <source>%1 is a worker of swarm %2, but the first hive must be a manager; promote it from a manager or leave that swarm</source>
        <translation>%1 is a worker of swarm %2, but the first hive must be a manager; promote it from a manager or leave that swarm</translation>
    </message>
    <message>
        <source>manager of swarm %1</source>
        <translation>manager of swarm %1</translation>
    </message>
    <message>
        <source>the swarm state of %1 is %2; it needs attention by hand (see `docker info`)</source>
        <translation>the swarm state of %1 is %2; it needs attention by hand (see `docker info`)</translation>
    </message>
    <message>
        <source>would initialise the swarm advertising %1</source>
        <translation>would initialise the swarm advertising %1</translation>
    </message>
    <message>
        <source>initialised the swarm advertising %1</source>
        <translation>initialised the swarm advertising %1</translation>
    </message>
    <message>
        <source>the first hive</source>
        <translation>the first hive</translation>
    </message>
    <message>
        <source>would join the swarm of %1 as a manager</source>
        <translation>would join the swarm of %1 as a manager</translation>
    </message>
    <message>
        <source>%1 has no swarm to join</source>
        <translation>%1 has no swarm to join</translation>
    </message>
    <message>
        <source>%1 is already in another swarm (cluster %2, not %3 of %4); it was left as it is: if that swarm is not needed, run `docker swarm leave --force` on %1 and run setup-hosts again</source>
        <translation>%1 is already in another swarm (cluster %2, not %3 of %4); it was left as it is: if that swarm is not needed, run `docker swarm leave --force` on %1 and run setup-hosts again</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>would promote this worker to a manager</source>
        <translation>would promote this worker to a manager</translation>
    </message>
    <message>
        <source>promoted to a manager</source>
        <translation>promoted to a manager</translation>
    </message>
    <message>
        <source>joining the swarm of %1 failed on %2: %3</source>
        <translation>joining the swarm of %1 failed on %2: %3</translation>
    </message>
    <message>
        <source>joined the swarm of %1 as a manager</source>
        <translation>joined the swarm of %1 as a manager</translation>
    </message>
    <message>
        <source>would label the node: %1</source>
        <translation>would label the node: %1</translation>
    </message>
    <message>
        <source>%1 is not in the swarm</source>
        <translation>%1 is not in the swarm</translation>
    </message>
    <message>
        <source>would add the labels %1</source>
        <translation>would add the labels %1</translation>
    </message>
    <message>
        <source>added the labels %1</source>
        <translation>added the labels %1</translation>
    </message>
    <message>
        <source>%1 (the swarm already runs there; no second swarm was started)</source>
        <translation>%1 (the swarm already runs there; no second swarm was started)</translation>
    </message>
    <message>
        <source>the swarm state of %1 is %2 and no other hive runs the swarm; if its managers are lost, run `hive recover quorum` (see `docker info`)</source>
        <translation>the swarm state of %1 is %2 and no other hive runs the swarm; if its managers are lost, run `hive recover quorum` (see `docker info`)</translation>
    </message>
    <message>
        <source>%1 was made a manager but is not reachable as one yet (%2)</source>
        <translation>%1 was made a manager but is not reachable as one yet (%2)</translation>
    </message>
    <message>
        <source>would replace the stale swarm state of %1 (%2: its node was removed or its managers replaced) and join the swarm of %3 as a manager</source>
        <translation>would replace the stale swarm state of %1 (%2: its node was removed or its managers replaced) and join the swarm of %3 as a manager</translation>
    </message>
    <message>
        <source>, replacing its stale node %1</source>
        <translation>, replacing its stale node %1</translation>
    </message>
    <message>
        <source>still %1 after Docker&apos;s own time limit (%2)</source>
        <translation>still %1 after Docker&apos;s own time limit (%2)</translation>
    </message>
    <message>
        <source>joined the swarm of %1 as a manager (after %2 s: the swarm was slow to admit it)</source>
        <translation>joined the swarm of %1 as a manager (after %2 s: the swarm was slow to admit it)</translation>
    </message>
    <message>
        <source>curl is needed on the host to join the swarm (setup-hosts installs it with the base packages): %1</source>
        <translation>curl is needed on the host to join the swarm (setup-hosts installs it with the base packages): %1</translation>
    </message>
    <message>
        <source>the engine answered %1: %2</source>
        <translation>the engine answered %1: %2</translation>
    </message>
    <message>
        <source>; its overlay traffic uses UDP port %1, not data_path_port %2: the port is chosen when the swarm is made (hive-builder&apos;s manual 13.13: remove the services, leave the swarm on every hive, run setup-hosts)</source>
        <translation>; its overlay traffic uses UDP port %1, not data_path_port %2: the port is chosen when the swarm is made (hive-builder&apos;s manual 13.13: remove the services, leave the swarm on every hive, run setup-hosts)</translation>
    </message>
    <message>
        <source>would join the swarm of %1 as a worker</source>
        <translation>would join the swarm of %1 as a worker</translation>
    </message>
    <message>
        <source>manager of swarm %1; hive_swarm_mode: worker applies when a host joins: `docker node demote %2` makes it a worker while the other managers keep a majority</source>
        <translation>manager of swarm %1; hive_swarm_mode: worker applies when a host joins: `docker node demote %2` makes it a worker while the other managers keep a majority</translation>
    </message>
    <message>
        <source>worker of swarm %1 (hive_swarm_mode)</source>
        <translation>worker of swarm %1 (hive_swarm_mode)</translation>
    </message>
    <message>
        <source>joined the swarm of %1 as a worker (hive_swarm_mode)</source>
        <translation>joined the swarm of %1 as a worker (hive_swarm_mode)</translation>
    </message>
</context>
<context>
    <name>hive::TaskErrorClassifier</name>
    <message>
        <source>the file system of volume %1 (%2) is damaged</source>
        <translation>the file system of volume %1 (%2) is damaged</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>device unknown</source>
        <translation>device unknown</translation>
    </message>
    <message>
        <source>On the first hive: `docker service scale %1=0`, repair the file system (`xfs_repair %2` for xfs, `fsck -y %2` otherwise), then `docker service scale %1=&lt;replicas&gt;` (hive-builder manual, chapter 12).</source>
        <translation>On the first hive: `docker service scale %1=0`, repair the file system (`xfs_repair %2` for xfs, `fsck -y %2` otherwise), then `docker service scale %1=&lt;replicas&gt;` (hive-builder manual, chapter 12).</translation>
    </message>
    <message>
        <source>volume %1 cannot be mounted</source>
        <translation>volume %1 cannot be mounted</translation>
    </message>
    <message>
        <source>Check the volume&apos;s DRBD state (`drbdadm status %1`) and that it is primary where the task runs; `hive build-volumes -l %1` recreates a missing one.</source>
        <translation>Check the volume&apos;s DRBD state (`drbdadm status %1`) and that it is primary where the task runs; `hive build-volumes -l %1` recreates a missing one.</translation>
    </message>
    <message>
        <source>the image cannot be pulled</source>
        <translation>the image cannot be pulled</translation>
    </message>
    <message>
        <source>Check that the image exists in the hive registry and the hosts are logged in: `hive build-images -l %1`, then `hive deploy-services -l %1`.</source>
        <translation>Check that the image exists in the hive registry and the hosts are logged in: `hive build-images -l %1`, then `hive deploy-services -l %1`.</translation>
    </message>
    <message>
        <source>a published port is already taken on the node</source>
        <translation>a published port is already taken on the node</translation>
    </message>
    <message>
        <source>Find what holds the port on that node (`ss -ltnp`) and stop it, or publish %1 on another port.</source>
        <translation>Find what holds the port on that node (`ss -ltnp`) and stop it, or publish %1 on another port.</translation>
    </message>
    <message>
        <source>no node satisfies the service&apos;s placement (constraints, resources or a drained node)</source>
        <translation>no node satisfies the service&apos;s placement (constraints, resources or a drained node)</translation>
    </message>
    <message>
        <source>the process was killed (exit 137: out of memory or killed)</source>
        <translation>the process was killed (exit 137: out of memory or killed)</translation>
    </message>
    <message>
        <source>Raise the memory limit of %1 or find what uses the memory on the node.</source>
        <translation>Raise the memory limit of %1 or find what uses the memory on the node.</translation>
    </message>
    <message>
        <source>the service&apos;s process exits with an error</source>
        <translation>the service&apos;s process exits with an error</translation>
    </message>
    <message>
        <source>Read its log: `docker service logs --tail 50 %1` on the first hive, or /var/log/services/%1.log on the repository server.</source>
        <translation>Read its log: `docker service logs --tail 50 %1` on the first hive, or /var/log/services/%1.log on the repository server.</translation>
    </message>
    <message>
        <source>the task fails</source>
        <translation>the task fails</translation>
    </message>
    <message>
        <source>Read the error above and the service&apos;s log (`docker service logs %1`).</source>
        <translation>Read the error above and the service&apos;s log (`docker service logs %1`).</translation>
    </message>
    <message>
        <source>Check the placement of %1 against the nodes&apos; labels and availability (`docker node ls`); a drained node takes tasks again after `docker node update --availability active HOST`.</source>
        <translation>Check the placement of %1 against the nodes&apos; labels and availability (`docker node ls`); a drained node takes tasks again after `docker node update --availability active HOST`.</translation>
    </message>
</context>
<context>
    <name>hive::TextDifference</name>
    <message>
        <source>the differences cannot be shown: diff is not installed (Debian: apt install diffutils)</source>
        <translation>the differences cannot be shown: diff is not installed (Debian: apt install diffutils)</translation>
    </message>
    <message>
        <source>the differences cannot be shown: cannot write a temporary file (%1)</source>
        <translation>the differences cannot be shown: cannot write a temporary file (%1)</translation>
    </message>
    <message>
        <source>the differences cannot be shown: diff did not finish</source>
        <translation>the differences cannot be shown: diff did not finish</translation>
    </message>
    <message>
        <source>the differences cannot be shown: %1</source>
        <translation>the differences cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>hive::TextTemplate</name>
    <message>
        <source>%1:%2: a placeholder must look like {{ name }}, {{ name | json }} or {{ name | default(text) }}</source>
        <translation>%1:%2: a placeholder must look like {{ name }}, {{ name | json }} or {{ name | default(text) }}</translation>
    </message>
    <message>
        <source>%1:%2: the variable %3 is not defined</source>
        <translation>%1:%2: the variable %3 is not defined</translation>
    </message>
</context>
<context>
    <name>hive::TreeBuilder</name>
    <message>
        <source>this alias stands for the value it is inside of, which would never end</source>
        <translation>this alias stands for the value it is inside of, which would never end</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>values are nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>the document expands to more than %1 values (an alias bomb?)</source>
        <translation>the document expands to more than %1 values (an alias bomb?)</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted string that starts here is never closed; add the closing %1</source>
        <translation>YAML syntax error: the quoted string that starts here is never closed; add the closing %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as !!%2</source>
        <translation>&apos;%1&apos; cannot be read as !!%2</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation>a merge key (&lt;&lt;) takes a mapping or a list of mappings</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a list or mapping</source>
        <translation>a mapping key must be a plain value, not a list or mapping</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined on line %2); YAML keeps only one of them, so one definition would be silently lost</source>
        <translation>duplicate key &apos;%1&apos; (first defined on line %2); YAML keeps only one of them, so one definition would be silently lost</translation>
    </message>
</context>
<context>
    <name>hive::UnitRepairFlow</name>
    <message>
        <source>%1 is not a unit name</source>
        <translation>%1 is not a unit name</translation>
    </message>
    <message>
        <source>name the unit to restart or disable</source>
        <translation>name the unit to restart or disable</translation>
    </message>
    <message>
        <source>No unit has failed on the hosts that answered</source>
        <translation>No unit has failed on the hosts that answered</translation>
    </message>
    <message>
        <source>%1 has not failed on any host that answered</source>
        <translation>%1 has not failed on any host that answered</translation>
    </message>
    <message>
        <source>the failed units</source>
        <translation>the failed units</translation>
    </message>
    <message numerus="yes">
        <source>Reset the failed state of %1 on %n host(s)</source>
        <translation>
            <numerusform>Reset the failed state of %1 on %n host</numerusform>
            <numerusform>Reset the failed state of %1 on %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is started or stopped: systemd forgets that these units failed, so that the next failure shows. If a unit keeps failing, read why first (`journalctl -u UNIT`).</source>
        <translation>Nothing is started or stopped: systemd forgets that these units failed, so that the next failure shows. If a unit keeps failing, read why first (`journalctl -u UNIT`).</translation>
    </message>
    <message numerus="yes">
        <source>Restart %1 on %n host(s)</source>
        <translation>
            <numerusform>Restart %1 on %n host</numerusform>
            <numerusform>Restart %1 on %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %1 for good on %n host(s)</source>
        <translation>
            <numerusform>Disable %1 for good on %n host</numerusform>
            <numerusform>Disable %1 for good on %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit is stopped and no longer started at boot; `systemctl enable --now %1` undoes it. Do this for units of resources that no longer exist (e.g. a removed DRBD volume), not for host services the hive needs.</source>
        <translation>The unit is stopped and no longer started at boot; `systemctl enable --now %1` undoes it. Do this for units of resources that no longer exist (e.g. a removed DRBD volume), not for host services the hive needs.</translation>
    </message>
    <message>
        <source>done for %1</source>
        <translation>done for %1</translation>
    </message>
    <message>
        <source>still failed: %1; read why with `journalctl -u %2 -n 50`</source>
        <translation>still failed: %1; read why with `journalctl -u %2 -n 50`</translation>
    </message>
    <message>
        <source>no unit of these is failed</source>
        <translation>no unit of these is failed</translation>
    </message>
</context>
<context>
    <name>hive::VagrantMachineOutput</name>
    <message>
        <source>This machine cannot run KVM virtual machines: turn on virtualization (VT-x or AMD-V) in its firmware, or nested virtualization when it is a VM itself, and add your user to the kvm group.</source>
        <translation>This machine cannot run KVM virtual machines: turn on virtualization (VT-x or AMD-V) in its firmware, or nested virtualization when it is a VM itself, and add your user to the kvm group.</translation>
    </message>
    <message>
        <source>The box is not on Vagrant Cloud under that name: check the stage&apos;s image_name (or hive_vagrant_box_name), and that it is published for this provider.</source>
        <translation>The box is not on Vagrant Cloud under that name: check the stage&apos;s image_name (or hive_vagrant_box_name), and that it is published for this provider.</translation>
    </message>
    <message>
        <source>Vagrant cannot reach libvirt: start it (`sudo systemctl start libvirtd`) and add your user to the libvirt group (`sudo adduser $USER libvirt`, then log in again).</source>
        <translation>Vagrant cannot reach libvirt: start it (`sudo systemctl start libvirtd`) and add your user to the libvirt group (`sudo adduser $USER libvirt`, then log in again).</translation>
    </message>
    <message>
        <source>Vagrant has no usable provider: install vagrant-libvirt (`sudo apt install vagrant-libvirt libvirt-daemon-system`) or VirtualBox.</source>
        <translation>Vagrant has no usable provider: install vagrant-libvirt (`sudo apt install vagrant-libvirt libvirt-daemon-system`) or VirtualBox.</translation>
    </message>
    <message>
        <source>VirtualBox allows host-only networks in 192.168.56.0/21 only: give the stage a cidr there, or list its range in /etc/vbox/networks.conf (`* %1`).</source>
        <translation>VirtualBox allows host-only networks in 192.168.56.0/21 only: give the stage a cidr there, or list its range in /etc/vbox/networks.conf (`* %1`).</translation>
    </message>
    <message>
        <source>A virtual machine of that name is already there that Vagrant does not know from this folder (made elsewhere, or left by a run that was cut short): remove it (`virsh destroy` and `virsh undefine`, or VirtualBox&apos;s manager), then run build-infra again.</source>
        <translation>A virtual machine of that name is already there that Vagrant does not know from this folder (made elsewhere, or left by a run that was cut short): remove it (`virsh destroy` and `virsh undefine`, or VirtualBox&apos;s manager), then run build-infra again.</translation>
    </message>
</context>
<context>
    <name>hive::VagrantPlan</name>
    <message>
        <source>stage %1: the box &apos;%2&apos; is not a Vagrant box name (as almalinux/9)</source>
        <translation>stage %1: the box &apos;%2&apos; is not a Vagrant box name (as almalinux/9)</translation>
    </message>
    <message>
        <source>stage %1: &apos;%2&apos; %3 is not a network interface name (%4)</source>
        <translation>stage %1: &apos;%2&apos; %3 is not a network interface name (%4)</translation>
    </message>
    <message>
        <source>stage %1: give &apos;bridge&apos; (a new bridge) or &apos;dev&apos; (an existing one), not both</source>
        <translation>stage %1: give &apos;bridge&apos; (a new bridge) or &apos;dev&apos; (an existing one), not both</translation>
    </message>
    <message>
        <source>stage %1: the proxy &apos;%2&apos; is not an http:// or https:// address</source>
        <translation>stage %1: the proxy &apos;%2&apos; is not an http:// or https:// address</translation>
    </message>
    <message>
        <source>stage %1: %2 has no address (hive_private_ip)</source>
        <translation>stage %1: %2 has no address (hive_private_ip)</translation>
    </message>
    <message>
        <source>stage %1: the memory size &apos;%2&apos; of %3 is not a size (4096 MB, or 4G)</source>
        <translation>stage %1: the memory size &apos;%2&apos; of %3 is not a size (4096 MB, or 4G)</translation>
    </message>
    <message>
        <source>stage %1: cpus &apos;%2&apos; of %3 is not a number of CPUs</source>
        <translation>stage %1: cpus &apos;%2&apos; of %3 is not a number of CPUs</translation>
    </message>
    <message>
        <source>stage %1: the disk size &apos;%2&apos; of %3 is not a size (40 GB, or 40G)</source>
        <translation>stage %1: the disk size &apos;%2&apos; of %3 is not a size (40 GB, or 40G)</translation>
    </message>
    <message>
        <source>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 GB, or 20G)</source>
        <translation>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 GB, or 20G)</translation>
    </message>
</context>
<context>
    <name>hive::VagrantProvider</name>
    <message>
        <source>%1: Vagrant is not installed here (`sudo apt install vagrant vagrant-libvirt libvirt-daemon-system`, or Vagrant and VirtualBox from their makers)</source>
        <translation>%1: Vagrant is not installed here (`sudo apt install vagrant vagrant-libvirt libvirt-daemon-system`, or Vagrant and VirtualBox from their makers)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>`vagrant --version`</source>
        <translation>`vagrant --version`</translation>
    </message>
    <message>
        <source>`vagrant plugin list`</source>
        <translation>`vagrant plugin list`</translation>
    </message>
    <message>
        <source>Vagrant has no provider to run the machines: install vagrant-libvirt (`sudo apt install vagrant-libvirt libvirt-daemon-system`) or VirtualBox</source>
        <translation>Vagrant has no provider to run the machines: install vagrant-libvirt (`sudo apt install vagrant-libvirt libvirt-daemon-system`) or VirtualBox</translation>
    </message>
    <message>
        <source>VAGRANT_DEFAULT_PROVIDER is %1: the stage&apos;s Vagrantfile is written for libvirt and virtualbox</source>
        <translation>VAGRANT_DEFAULT_PROVIDER is %1: the stage&apos;s Vagrantfile is written for libvirt and virtualbox</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>would write %1</source>
        <translation>would write %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>`vagrant box list`</source>
        <translation>`vagrant box list`</translation>
    </message>
    <message>
        <source>box %1 for %2 is here</source>
        <translation>box %1 for %2 is here</translation>
    </message>
    <message>
        <source>would add box %1 for %2</source>
        <translation>would add box %1 for %2</translation>
    </message>
    <message>
        <source>adding box %1 for %2</source>
        <translation>adding box %1 for %2</translation>
    </message>
    <message>
        <source>added box %1 for %2</source>
        <translation>added box %1 for %2</translation>
    </message>
    <message>
        <source>%1 is not in the stage&apos;s Vagrantfile</source>
        <translation>%1 is not in the stage&apos;s Vagrantfile</translation>
    </message>
    <message>
        <source>`vagrant status %1`</source>
        <translation>`vagrant status %1`</translation>
    </message>
    <message>
        <source>`vagrant status %1` did not say its state</source>
        <translation>`vagrant status %1` did not say its state</translation>
    </message>
    <message>
        <source>would create it</source>
        <translation>would create it</translation>
    </message>
    <message>
        <source>would start it (%1)</source>
        <translation>would start it (%1)</translation>
    </message>
    <message>
        <source>creating it (vagrant up)</source>
        <translation>creating it (vagrant up)</translation>
    </message>
    <message>
        <source>starting it (vagrant up; it was %1)</source>
        <translation>starting it (vagrant up; it was %1)</translation>
    </message>
    <message>
        <source>`vagrant up %1`</source>
        <translation>`vagrant up %1`</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>setting up %1 through `vagrant ssh %2` failed: %3</source>
        <translation>setting up %1 through `vagrant ssh %2` failed: %3</translation>
    </message>
    <message>
        <source>%1 showed no SSH host key in /etc/ssh</source>
        <translation>%1 showed no SSH host key in /etc/ssh</translation>
    </message>
    <message>
        <source>up (%1)</source>
        <translation>up (%1)</translation>
    </message>
    <message>
        <source>reached at %1</source>
        <translation>reached at %1</translation>
    </message>
    <message>
        <source>%1 set up with the hive&apos;s key</source>
        <translation>%1 set up with the hive&apos;s key</translation>
    </message>
    <message>
        <source>not running (%1)</source>
        <translation>not running (%1)</translation>
    </message>
    <message>
        <source>would halt it</source>
        <translation>would halt it</translation>
    </message>
    <message>
        <source>`vagrant halt %1`</source>
        <translation>`vagrant halt %1`</translation>
    </message>
    <message>
        <source>halted</source>
        <translation>halted</translation>
    </message>
    <message>
        <source>no machine</source>
        <translation>no machine</translation>
    </message>
    <message>
        <source>would destroy it and its disks (%1)</source>
        <translation>would destroy it and its disks (%1)</translation>
    </message>
    <message>
        <source>`vagrant destroy %1`</source>
        <translation>`vagrant destroy %1`</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>kept the Vagrantfile: the stage&apos;s other machines still use it</source>
        <translation>kept the Vagrantfile: the stage&apos;s other machines still use it</translation>
    </message>
    <message>
        <source>`vagrant status`</source>
        <translation>`vagrant status`</translation>
    </message>
    <message>
        <source>kept the Vagrantfile: %1 is still there (%2)</source>
        <translation>kept the Vagrantfile: %1 is still there (%2)</translation>
    </message>
    <message>
        <source>no files of Vagrant&apos;s left</source>
        <translation>no files of Vagrant&apos;s left</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>would remove %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>%1 is no longer in the stage, but its virtual machine is still there: remove it first with `vagrant destroy -f %1` in %2 (the Vagrantfile there still defines it), then run build-infra again</source>
        <translation>%1 is no longer in the stage, but its virtual machine is still there: remove it first with `vagrant destroy -f %1` in %2 (the Vagrantfile there still defines it), then run build-infra again</translation>
    </message>
    <message>
        <source>This machine has no %1: the machines will not start unless libvirt emulates them. %2</source>
        <translation>This machine has no %1: the machines will not start unless libvirt emulates them. %2</translation>
    </message>
</context>
<context>
    <name>hive::ValueGrammar</name>
    <message>
        <source>letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at most 63 characters (Docker&apos;s names)</source>
        <translation>letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at most 63 characters (Docker&apos;s names)</translation>
    </message>
    <message>
        <source>a DNS name: labels of letters, digits and inner hyphens, joined by dots</source>
        <translation>a DNS name: labels of letters, digits and inner hyphens, joined by dots</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;, at most 32 characters (user and group names on the hosts)</source>
        <translation>lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;, at most 32 characters (user and group names on the hosts)</translation>
    </message>
    <message>
        <source>a number with an optional unit, such as 512M, 1.5G or 4096</source>
        <translation>a number with an optional unit, such as 512M, 1.5G or 4096</translation>
    </message>
    <message>
        <source>a time zone such as Asia/Tokyo, UTC or Etc/GMT+9</source>
        <translation>a time zone such as Asia/Tokyo, UTC or Etc/GMT+9</translation>
    </message>
    <message>
        <source>a locale such as ja_JP.UTF-8, en_US.UTF-8 or C.UTF-8</source>
        <translation>a locale such as ja_JP.UTF-8, en_US.UTF-8 or C.UTF-8</translation>
    </message>
    <message>
        <source>an image reference such as nginx:1.25, registry.example.jp:5000/web:latest or name@sha256:…</source>
        <translation>an image reference such as nginx:1.25, registry.example.jp:5000/web:latest or name@sha256:…</translation>
    </message>
    <message>
        <source>a network interface name such as eth1 or ens5 (at most 15 characters)</source>
        <translation>a network interface name such as eth1 or ens5 (at most 15 characters)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not allowed: it must be %3</source>
        <translation>%1 &apos;%2&apos; is not allowed: it must be %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, but it is a %3</source>
        <translation>&apos;%1&apos; must be %2, but it is a %3</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 must be a number</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>group name</translation>
    </message>
    <message>
        <source>the gid of group %1</source>
        <translation>the gid of group %1</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>the uid of user %1</source>
        <translation>the uid of user %1</translation>
    </message>
    <message>
        <source>the group of user %1</source>
        <translation>the group of user %1</translation>
    </message>
    <message>
        <source>letters and digits, with &apos;-&apos; or &apos;_&apos; only between them, at most 63 characters (Docker Swarm&apos;s names of services and networks)</source>
        <translation>letters and digits, with &apos;-&apos; or &apos;_&apos; only between them, at most 63 characters (Docker Swarm&apos;s names of services and networks)</translation>
    </message>
    <message>
        <source>a host key fingerprint as `ssh-keygen -lf` prints it on the host: SHA256: and 43 characters</source>
        <translation>a host key fingerprint as `ssh-keygen -lf` prints it on the host: SHA256: and 43 characters</translation>
    </message>
    <message>
        <source>registry user name</source>
        <translation>registry user name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a port number from 1 to 65535</source>
        <translation>&apos;%1&apos; must be a port number from 1 to 65535</translation>
    </message>
    <message>
        <source>&apos;hive_yum_url&apos; must be an http:// or https:// address of a mirror (letters, digits and . _ ~ % + - in its path), e.g. https://ftp.riken.jp/Linux/almalinux</source>
        <translation>&apos;hive_yum_url&apos; must be an http:// or https:// address of a mirror (letters, digits and . _ ~ % + - in its path), e.g. https://ftp.riken.jp/Linux/almalinux</translation>
    </message>
    <message>
        <source>&apos;hive_swarm_mode&apos; is manager or worker (how a hive joins the swarm)</source>
        <translation>&apos;hive_swarm_mode&apos; is manager or worker (how a hive joins the swarm)</translation>
    </message>
    <message>
        <source>&apos;hive_backup_time&apos; is the time of the nightly backups as HH:MM (01:00)</source>
        <translation>&apos;hive_backup_time&apos; is the time of the nightly backups as HH:MM (01:00)</translation>
    </message>
    <message>
        <source>&apos;hive_log_rotate_days&apos; is how many days of the services&apos; logs are kept, from 1 to 3650 (14)</source>
        <translation>&apos;hive_log_rotate_days&apos; is how many days of the services&apos; logs are kept, from 1 to 3650 (14)</translation>
    </message>
    <message>
        <source>&apos;hive_zabbix_interval&apos; is how often Zabbix reads the swarm&apos;s services, as Zabbix writes it (30s, 1m, 1h)</source>
        <translation>&apos;hive_zabbix_interval&apos; is how often Zabbix reads the swarm&apos;s services, as Zabbix writes it (30s, 1m, 1h)</translation>
    </message>
</context>
<context>
    <name>hive::VariableCatalog</name>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 must be one of %2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 takes true/yes/1 or false/no/0, not &apos;%2&apos;</source>
        <translation>%1 takes true/yes/1 or false/no/0, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 takes an integer, not &apos;%2&apos;</source>
        <translation>%1 takes an integer, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 is not a directory</translation>
    </message>
    <message>
        <source>%1 takes a JSON object such as {&quot;web80&quot;: 61001}</source>
        <translation>%1 takes a JSON object such as {&quot;web80&quot;: 61001}</translation>
    </message>
</context>
<context>
    <name>hive::XmlNode</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the document ends early</source>
        <translation>the document ends early</translation>
    </message>
</context>
<context>
    <name>hive::YamlReader</name>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>file is %1 bytes; files over %2 bytes are not read</source>
        <translation>file is %1 bytes; files over %2 bytes are not read</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes and is not read</source>
        <translation>file is larger than %1 bytes and is not read</translation>
    </message>
    <message>
        <source>file contains NUL bytes: this is binary data, not YAML</source>
        <translation>file contains NUL bytes: this is binary data, not YAML</translation>
    </message>
    <message>
        <source>file is not UTF-8 text; save it as UTF-8</source>
        <translation>file is not UTF-8 text; save it as UTF-8</translation>
    </message>
    <message>
        <source>brackets are nested more than %1 levels deep</source>
        <translation>brackets are nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>a second YAML document starts here; a file may hold only one</source>
        <translation>a second YAML document starts here; a file may hold only one</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML syntax error: %1</translation>
    </message>
    <message>
        <source>YAML cannot be read: %1</source>
        <translation>YAML cannot be read: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: unexpected &apos;%1&apos;</source>
        <translation>YAML syntax error: unexpected &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>hive::YamlTextEditor</name>
    <message>
        <source>the edit of %1 would make the file unreadable; it was not made</source>
        <translation>the edit of %1 would make the file unreadable; it was not made</translation>
    </message>
    <message>
        <source>%1 cannot be changed in place without rewriting other lines; change it in the source view</source>
        <translation>%1 cannot be changed in place without rewriting other lines; change it in the source view</translation>
    </message>
    <message>
        <source>the file does not read as YAML; fix it in the source view first</source>
        <translation>the file does not read as YAML; fix it in the source view first</translation>
    </message>
    <message>
        <source>%1 comes from an alias or a merge (&lt;&lt;); change it where it is defined, in the source view</source>
        <translation>%1 comes from an alias or a merge (&lt;&lt;); change it where it is defined, in the source view</translation>
    </message>
    <message>
        <source>cannot find the &apos;:&apos; after the key %1</source>
        <translation>cannot find the &apos;:&apos; after the key %1</translation>
    </message>
    <message>
        <source>%1 comes from an alias; change it where it is defined, in the source view</source>
        <translation>%1 comes from an alias; change it where it is defined, in the source view</translation>
    </message>
    <message>
        <source>the whole document cannot be replaced here</source>
        <translation>the whole document cannot be replaced here</translation>
    </message>
    <message>
        <source>%1 is a %2, not a mapping; %3 cannot be added to it</source>
        <translation>%1 is a %2, not a mapping; %3 cannot be added to it</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>the document</translation>
    </message>
    <message>
        <source>%1 is built with an alias or a merge (&lt;&lt;); add %2 in the source view</source>
        <translation>%1 is built with an alias or a merge (&lt;&lt;); add %2 in the source view</translation>
    </message>
    <message>
        <source>%1 is a %2, not a list</source>
        <translation>%1 is a %2, not a list</translation>
    </message>
    <message>
        <source>%1 ends with an alias; add the item in the source view</source>
        <translation>%1 ends with an alias; add the item in the source view</translation>
    </message>
    <message>
        <source>%1 is not in the file</source>
        <translation>%1 is not in the file</translation>
    </message>
    <message>
        <source>%1 cannot be removed in place; remove it in the source view</source>
        <translation>%1 cannot be removed in place; remove it in the source view</translation>
    </message>
    <message>
        <source>%1 is not a key in the file</source>
        <translation>%1 is not a key in the file</translation>
    </message>
    <message>
        <source>%1 already exists next to %2</source>
        <translation>%1 already exists next to %2</translation>
    </message>
    <message>
        <source>%1 comes from a merge (&lt;&lt;); rename it where it is defined</source>
        <translation>%1 comes from a merge (&lt;&lt;); rename it where it is defined</translation>
    </message>
    <message>
        <source>renaming %1 would make the file unreadable</source>
        <translation>renaming %1 would make the file unreadable</translation>
    </message>
    <message>
        <source>%1 cannot be renamed in place</source>
        <translation>%1 cannot be renamed in place</translation>
    </message>
</context>
<context>
    <name>hive::ZabbixConsole</name>
    <message>
        <source>the Zabbix console on %1 does not answer: %2</source>
        <translation>the Zabbix console on %1 does not answer: %2</translation>
    </message>
    <message>
        <source>Zabbix refused %1: %2 %3</source>
        <translation>Zabbix refused %1: %2 %3</translation>
    </message>
    <message>
        <source>the Zabbix console on %1 answered %2 with no result: %3</source>
        <translation>the Zabbix console on %1 answered %2 with no result: %3</translation>
    </message>
    <message>
        <source>Admin cannot log in to Zabbix with the hive&apos;s password (%1) nor with Zabbix&apos;s first one; set hive_zabbix_admin_password to Admin&apos;s password</source>
        <translation>Admin cannot log in to Zabbix with the hive&apos;s password (%1) nor with Zabbix&apos;s first one; set hive_zabbix_admin_password to Admin&apos;s password</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>Zabbix has no template &quot;%1&quot;</source>
        <translation>Zabbix has no template &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the stock host &quot;Zabbix server&quot; removed</source>
        <translation>the stock host &quot;Zabbix server&quot; removed</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) monitored</source>
        <translation>
            <numerusform>%n server monitored</numerusform>
            <numerusform>%n servers monitored</numerusform>
        </translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation>would add %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>template %1</translation>
    </message>
    <message>
        <source>its discovery of the services</source>
        <translation>its discovery of the services</translation>
    </message>
    <message>
        <source>its problem when a service runs fewer tasks</source>
        <translation>its problem when a service runs fewer tasks</translation>
    </message>
    <message>
        <source>%1 as defined</source>
        <translation>%1 as defined</translation>
    </message>
    <message>
        <source>%1 linked to %2</source>
        <translation>%1 linked to %2</translation>
    </message>
    <message>
        <source>would import %1</source>
        <translation>would import %1</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>imported %1</translation>
    </message>
    <message>
        <source>Zabbix has no media type &quot;%1&quot;</source>
        <translation>Zabbix has no media type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>media type %1 set up</source>
        <translation>media type %1 set up</translation>
    </message>
    <message>
        <source>Admin&apos;s media removed</source>
        <translation>Admin&apos;s media removed</translation>
    </message>
    <message>
        <source>Admin alerted by %1</source>
        <translation>Admin alerted by %1</translation>
    </message>
    <message>
        <source>Zabbix has no action &quot;Report problems to Zabbix administrators&quot;</source>
        <translation>Zabbix has no action &quot;Report problems to Zabbix administrators&quot;</translation>
    </message>
    <message>
        <source>problems and recoveries reported</source>
        <translation>problems and recoveries reported</translation>
    </message>
    <message>
        <source>no alerts set (hive_zabbix_slack_channel, hive_zabbix_email_to, hive_zabbix_webhook_url)</source>
        <translation>no alerts set (hive_zabbix_slack_channel, hive_zabbix_email_to, hive_zabbix_webhook_url)</translation>
    </message>
    <message>
        <source>alerts by %1</source>
        <translation>alerts by %1</translation>
    </message>
    <message>
        <source>Admin still has Zabbix&apos;s first password: run `hive setup-hosts -T zabbix`</source>
        <translation>Admin still has Zabbix&apos;s first password: run `hive setup-hosts -T zabbix`</translation>
    </message>
</context>
<context>
    <name>hive::ZabbixCredentials</name>
    <message>
        <source>hive_zabbix_admin_password in the inventory</source>
        <translation>hive_zabbix_admin_password in the inventory</translation>
    </message>
    <message>
        <source>%1 must hold 12 to 128 letters and digits only; remove it and run again to make a new one</source>
        <translation>%1 must hold 12 to 128 letters and digits only; remove it and run again to make a new one</translation>
    </message>
</context>
<context>
    <name>hive::ZabbixHealth</name>
    <message>
        <source>Zabbix answers and has no open problem</source>
        <translation>Zabbix answers and has no open problem</translation>
    </message>
    <message>
        <source>Zabbix: %1 (since %2, acknowledged)</source>
        <translation>Zabbix: %1 (since %2, acknowledged)</translation>
    </message>
    <message>
        <source>Zabbix: %1 (since %2)</source>
        <translation>Zabbix: %1 (since %2)</translation>
    </message>
    <message>
        <source>Zabbix does not answer on %1: nothing watches the hive</source>
        <translation>Zabbix does not answer on %1: nothing watches the hive</translation>
    </message>
    <message>
        <source>Run `hive setup-hosts -T zabbix-agent,zabbix`.</source>
        <translation>Run `hive setup-hosts -T zabbix-agent,zabbix`.</translation>
    </message>
    <message>
        <source>Acknowledge it once someone is on it (the Health tab&apos;s Acknowledge, or the Zabbix console: `hive ssh -z`, then http://localhost:10052/); the console has its history.</source>
        <translation>Acknowledge it once someone is on it (the Health tab&apos;s Acknowledge, or the Zabbix console: `hive ssh -z`, then http://localhost:10052/); the console has its history.</translation>
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
        <translation>hive, stage, subnet, services-file, service, image, volume, drbd, nfs, port or network (default: all)</translation>
    </message>
    <message>
        <source>unknown scope %1</source>
        <translation>unknown scope %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>DEFAULT</translation>
    </message>
    <message>
        <source>PROVIDERS</source>
        <translation>PROVIDERS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>describe the attributes of hive and service definitions</source>
        <translation>describe the attributes of hive and service definitions</translation>
    </message>
</context>
<context>
    <name>hive::cli::CheckCommand</name>
    <message>
        <source>print the problems as JSON</source>
        <translation>print the problems as JSON</translation>
    </message>
    <message>
        <source>treat warnings as errors</source>
        <translation>treat warnings as errors</translation>
    </message>
    <message>
        <source>%1: stage %2, %3 hosts, %4 services, %5 networks — OK</source>
        <translation>%1: stage %2, %3 hosts, %4 services, %5 networks — OK</translation>
    </message>
    <message>
        <source>validate the project and print every problem (writes nothing)</source>
        <translation>validate the project and print every problem (writes nothing)</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
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
        <translation>usage: hive [-h] [--version] [-r ROOT_DIR] [-s {production,staging,private}]
            [-i INVENTORY_PATH] [-c CONTEXT_DIR] [-W TEMP_DIR] [-v]
            SUBCOMMAND [options]

Hive Studio command line: design, build, run and repair a hive.

subcommands:
</translation>
    </message>
    <message>
        <source>
Run &apos;hive SUBCOMMAND --help&apos; for the options of a subcommand.
</source>
        <translation>
Run &apos;hive SUBCOMMAND --help&apos; for the options of a subcommand.
</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>directory where hold project inventory/settings (default: current directory)</source>
        <translation>directory where hold project inventory/settings (default: current directory)</translation>
    </message>
    <message>
        <source>stage: production, staging or private</source>
        <translation>stage: production, staging or private</translation>
    </message>
    <message>
        <source>path of inventory</source>
        <translation>path of inventory</translation>
    </message>
    <message>
        <source>directory where save context (ex. CA key, ssh_config)</source>
        <translation>directory where save context (ex. CA key, ssh_config)</translation>
    </message>
    <message>
        <source>directory where save temporary files</source>
        <translation>directory where save temporary files</translation>
    </message>
    <message>
        <source>accepted for hive-builder compatibility; not used</source>
        <translation>accepted for hive-builder compatibility; not used</translation>
    </message>
    <message>
        <source>output verbose log</source>
        <translation>output verbose log</translation>
    </message>
    <message>
        <source>argument -s/--stage: invalid choice: &apos;%1&apos; (choose from &apos;production&apos;, &apos;staging&apos;, &apos;private&apos;)</source>
        <translation>argument -s/--stage: invalid choice: &apos;%1&apos; (choose from &apos;production&apos;, &apos;staging&apos;, &apos;private&apos;)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>unknown subcommand &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>hive::cli::DoctorCommand</name>
    <message>
        <source>print the findings as JSON</source>
        <translation>print the findings as JSON</translation>
    </message>
    <message>
        <source>show the evidence of the findings that are ok too</source>
        <translation>show the evidence of the findings that are ok too</translation>
    </message>
    <message>
        <source>Exit status: 0 all ok, 3 a warning, 4 something critical, 1 the checks could not run.</source>
        <translation>Exit status: 0 all ok, 3 a warning, 4 something critical, 1 the checks could not run.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>AREA</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>FINDING</translation>
    </message>
    <message>
        <source>  evidence:</source>
        <translation>  evidence:</translation>
    </message>
    <message>
        <source>  what to do:</source>
        <translation>  what to do:</translation>
    </message>
    <message>
        <source>stage %1: %2 (%3 critical, %4 warning(s), %5 ok) in %6 s</source>
        <translation>stage %1: %2 (%3 critical, %4 warning(s), %5 ok) in %6 s</translation>
    </message>
    <message>
        <source>check the swarm, services, DRBD, disks, units and backups of the stage</source>
        <translation>check the swarm, services, DRBD, disks, units and backups of the stage</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>SWARM</source>
        <translation>SWARM</translation>
    </message>
    <message>
        <source>LOAD</source>
        <translation>LOAD</translation>
    </message>
    <message>
        <source>MEMORY USED</source>
        <translation>MEMORY USED</translation>
    </message>
    <message>
        <source>FULLEST DISK</source>
        <translation>FULLEST DISK</translation>
    </message>
    <message>
        <source>UP FOR</source>
        <translation>UP FOR</translation>
    </message>
</context>
<context>
    <name>hive::cli::InitCommand</name>
    <message>
        <source>Success to initialize hive context on %1</source>
        <translation>Success to initialize hive context on %1</translation>
    </message>
    <message>
        <source>hive context on %1 is already initialized</source>
        <translation>hive context on %1 is already initialized</translation>
    </message>
    <message>
        <source>initialize hive environment (create .hive/)</source>
        <translation>initialize hive environment (create .hive/)</translation>
    </message>
</context>
<context>
    <name>hive::cli::InventoryCommand</name>
    <message>
        <source>print the whole inventory (the default)</source>
        <translation>print the whole inventory (the default)</translation>
    </message>
    <message>
        <source>keep variables on the groups that hold them instead of flattening them into the hosts</source>
        <translation>keep variables on the groups that hold them instead of flattening them into the hosts</translation>
    </message>
    <message>
        <source>print the variables of one host</source>
        <translation>print the variables of one host</translation>
    </message>
    <message>
        <source>--host and --list cannot be used together</source>
        <translation>--host and --list cannot be used together</translation>
    </message>
    <message>
        <source>no host named %1 in the inventory</source>
        <translation>no host named %1 in the inventory</translation>
    </message>
    <message>
        <source>list ansible inventory (the JSON of ansible-inventory --list)</source>
        <translation>list ansible inventory (the JSON of ansible-inventory --list)</translation>
    </message>
    <message>
        <source>with --host: render the Jinja2 templates of its variables with Ansible, as a phase of the stage sees them (secrets as ********)</source>
        <translation>with --host: render the Jinja2 templates of its variables with Ansible, as a phase of the stage sees them (secrets as ********)</translation>
    </message>
    <message>
        <source>with --render: print secret values instead of ********</source>
        <translation>with --render: print secret values instead of ********</translation>
    </message>
    <message>
        <source>--render and --show-secrets go with --host HOST</source>
        <translation>--render and --show-secrets go with --host HOST</translation>
    </message>
    <message>
        <source>--render and --export cannot be used together</source>
        <translation>--render and --export cannot be used together</translation>
    </message>
</context>
<context>
    <name>hive::cli::ListHostsCommand</name>
    <message>
        <source>one host per line with role, address, subnet and zone</source>
        <translation>one host per line with role, address, subnet and zone</translation>
    </message>
    <message>
        <source>stage %1 is not defined in the hive definition</source>
        <translation>stage %1 is not defined in the hive definition</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>SUBNET</source>
        <translation>SUBNET</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>return hive hosts list of the stage</source>
        <translation>return hive hosts list of the stage</translation>
    </message>
</context>
<context>
    <name>hive::cli::ListServicesCommand</name>
    <message>
        <source>one service per line with stages, image and published ports</source>
        <translation>one service per line with stages, image and published ports</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>STAGES</source>
        <translation>STAGES</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <source>build from %1</source>
        <translation>build from %1</translation>
    </message>
    <message>
        <source>return services list</source>
        <translation>return services list</translation>
    </message>
</context>
<context>
    <name>hive::cli::ListVolumesCommand</name>
    <message>
        <source>one volume per line with kind, device id, size and service</source>
        <translation>one volume per line with kind, device id, size and service</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>return the volumes build-volumes creates (drbd, nfs, driver)</source>
        <translation>return the volumes build-volumes creates (drbd, nfs, driver)</translation>
    </message>
</context>
<context>
    <name>hive::cli::PhaseCommand</name>
    <message>
        <source>run every phase from start_phase (or -S PHASE) to the end</source>
        <translation>run every phase from start_phase (or -S PHASE) to the end</translation>
    </message>
    <message>
        <source>start at this phase instead of the persisted start_phase (%1)</source>
        <translation>start at this phase instead of the persisted start_phase (%1)</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>stop the servers</source>
        <translation>stop the servers</translation>
    </message>
    <message>
        <source>report what would change without changing anything</source>
        <translation>report what would change without changing anything</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <source>only the steps with these tags (comma-separated)</source>
        <translation>only the steps with these tags (comma-separated)</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>print the raw event stream as JSON lines</source>
        <translation>print the raw event stream as JSON lines</translation>
    </message>
    <message>
        <source>interrupted during %1; run the same command again to continue</source>
        <translation>interrupted during %1; run the same command again to continue</translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: %n phase(s) found the stage as defined.</source>
        <translation>
            <numerusform>Nothing changed: %n phase found the stage as defined.</numerusform>
            <numerusform>Nothing changed: %n phases found the stage as defined.</numerusform>
        </translation>
    </message>
    <message>
        <source>send a stage&apos;s root_password to hosts seen for the first time (check the host keys it prints first)</source>
        <translation>send a stage&apos;s root_password to hosts seen for the first time (check the host keys it prints first)</translation>
    </message>
    <message>
        <source>a host key you checked on the host&apos;s console, for this run: ADDRESS=SHA256:… (as host_keys in the stage; repeatable)</source>
        <translation>a host key you checked on the host&apos;s console, for this run: ADDRESS=SHA256:… (as host_keys in the stage; repeatable)</translation>
    </message>
    <message>
        <source>ADDRESS=FINGERPRINT</source>
        <translation>ADDRESS=FINGERPRINT</translation>
    </message>
    <message>
        <source>(this phase has no tags: -T is refused)</source>
        <translation>(this phase has no tags: -T is refused)</translation>
    </message>
    <message>
        <source>write a kickstart stage&apos;s install medium to this device (its iso_dest), erasing it</source>
        <translation>write a kickstart stage&apos;s install medium to this device (its iso_dest), erasing it</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>apply the project&apos;s roles again although nothing they read changed, and run although an interrupted repair left something to put back (`hive recover resume` puts it back)</source>
        <translation>apply the project&apos;s roles again although nothing they read changed, and run although an interrupted repair left something to put back (`hive recover resume` puts it back)</translation>
    </message>
</context>
<context>
    <name>hive::cli::RecoveryCommand</name>
    <message>
        <source>drain a host for maintenance and wait until its tasks moved (on), or make it active again (off); refused when it would cost the swarm its quorum</source>
        <translation>drain a host for maintenance and wait until its tasks moved (on), or make it active again (off); refused when it would cost the swarm its quorum</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>the host</translation>
    </message>
    <message>
        <source>start or end the maintenance</source>
        <translation>start or end the maintenance</translation>
    </message>
    <message>
        <source>with off: restart the replicated services so that tasks spread onto the host again</source>
        <translation>with off: restart the replicated services so that tasks spread onto the host again</translation>
    </message>
    <message>
        <source>with on: how long to wait for the tasks to move (default 180)</source>
        <translation>with on: how long to wait for the tasks to move (default 180)</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>archives to keep per host (default 7)</source>
        <translation>archives to keep per host (default 7)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>what to recover</source>
        <translation>what to recover</translation>
    </message>
    <message>
        <source>run the plan without asking</source>
        <translation>run the plan without asking</translation>
    </message>
    <message>
        <source>only show the plan</source>
        <translation>only show the plan</translation>
    </message>
    <message>
        <source>print the raw event stream as JSON lines</source>
        <translation>print the raw event stream as JSON lines</translation>
    </message>
    <message>
        <source>not confirmed: run it again with --yes to go ahead without a question</source>
        <translation>not confirmed: run it again with --yes to go ahead without a question</translation>
    </message>
    <message>
        <source>Go ahead? [y/N] </source>
        <translation>Go ahead? [y/N] </translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>nothing was changed</translation>
    </message>
    <message>
        <source>interrupted during %1; `hive doctor` shows where the swarm is now</source>
        <translation>interrupted during %1; `hive doctor` shows where the swarm is now</translation>
    </message>
    <message>
        <source>units: restart the unit</source>
        <translation>units: restart the unit</translation>
    </message>
    <message>
        <source>units: stop and disable the unit for good</source>
        <translation>units: stop and disable the unit for good</translation>
    </message>
    <message>
        <source>disk: remove every image no container uses, not only dangling ones</source>
        <translation>disk: remove every image no container uses, not only dangling ones</translation>
    </message>
    <message>
        <source>disk: leave the registry as it is (no garbage collection)</source>
        <translation>disk: leave the registry as it is (no garbage collection)</translation>
    </message>
    <message>
        <source>drbd: also repair the volume&apos;s file system (xfs_repair or fsck)</source>
        <translation>drbd: also repair the volume&apos;s file system (xfs_repair or fsck)</translation>
    </message>
    <message>
        <source>manager: the lost host; quorum: the surviving manager to lead (default: the first that answers); node: the host whose engine to restart; units: the unit (default: every failed one); drbd: the volume</source>
        <translation>manager: the lost host; quorum: the surviving manager to lead (default: the first that answers); node: the host whose engine to restart; units: the unit (default: every failed one); drbd: the volume</translation>
    </message>
    <message>
        <source>drbd: make the volume this large (hive-builder manual, chapter 12: its files are archived, the volume rebuilt at the new size, the files put back)</source>
        <translation>drbd: make the volume this large (hive-builder manual, chapter 12: its files are archived, the volume rebuilt at the new size, the files put back)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>recover lost managers: `recover manager HOST` replaces one, `recover quorum` rebuilds the swarm from a surviving manager; `recover node HOST` restarts the engine of a node the swarm lists as down though it answers; `recover units` resets, restarts or disables failed host services; `recover disk` frees disk space; `recover drbd VOLUME` repairs a DRBD volume; `recover resume` puts back what an interrupted repair took away</source>
        <translation>recover lost managers: `recover manager HOST` replaces one, `recover quorum` rebuilds the swarm from a surviving manager; `recover node HOST` restarts the engine of a node the swarm lists as down though it answers; `recover units` resets, restarts or disables failed host services; `recover disk` frees disk space; `recover drbd VOLUME` repairs a DRBD volume; `recover resume` puts back what an interrupted repair took away</translation>
    </message>
    <message>
        <source>run although an interrupted repair left something to put back (`hive recover resume` puts it back)</source>
        <translation>run although an interrupted repair left something to put back (`hive recover resume` puts it back)</translation>
    </message>
    <message>
        <source>quorum, restore: force a new cluster although a manager this machine cannot reach still answers from another host (the swarm may then run twice)</source>
        <translation>quorum, restore: force a new cluster although a manager this machine cannot reach still answers from another host (the swarm may then run twice)</translation>
    </message>
    <message>
        <source>drbd, split brain: the hive whose copy&apos;s changes since the split are discarded (the other copies are kept)</source>
        <translation>drbd, split brain: the hive whose copy&apos;s changes since the split are discarded (the other copies are kept)</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>back up the swarm state of the managers that are not the leader, one at a time, into the context dir; with --data, the services&apos; data on the repository server</source>
        <translation>back up the swarm state of the managers that are not the leader, one at a time, into the context dir; with --data, the services&apos; data on the repository server</translation>
    </message>
    <message>
        <source>restore the swarm from a backup after every manager was lost; with --data, a service&apos;s data from its backup</source>
        <translation>restore the swarm from a backup after every manager was lost; with --data, a service&apos;s data from its backup</translation>
    </message>
    <message>
        <source>back up the services&apos; data (their backup_scripts) and the registry on the repository server instead, as the nightly run does</source>
        <translation>back up the services&apos; data (their backup_scripts) and the registry on the repository server instead, as the nightly run does</translation>
    </message>
    <message>
        <source>with --data: only these services, comma-separated</source>
        <translation>with --data: only these services, comma-separated</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>the backup to restore (default: the newest); with --data: the service, then the time of its backup as YYYYmmddHHMMSS (default: its latest)</source>
        <translation>the backup to restore (default: the newest); with --data: the service, then the time of its backup as YYYYmmddHHMMSS (default: its latest)</translation>
    </message>
    <message>
        <source>restore a service&apos;s data from its backup on the repository server instead</source>
        <translation>restore a service&apos;s data from its backup on the repository server instead</translation>
    </message>
</context>
<context>
    <name>hive::cli::RunEventPrinter</name>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>CHANGED</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>SKIPPED</translation>
    </message>
    <message>
        <source>FAILED %1%2: %3</source>
        <translation>FAILED %1%2: %3</translation>
    </message>
    <message>
        <source>what to try: %1</source>
        <translation>what to try: %1</translation>
    </message>
</context>
<context>
    <name>hive::cli::SetCommand</name>
    <message>
        <source>variable name</source>
        <translation>variable name</translation>
    </message>
    <message>
        <source>variable value</source>
        <translation>variable value</translation>
    </message>
    <message>
        <source>usage: hive set VARIABLE_NAME VALUE</source>
        <translation>usage: hive set VARIABLE_NAME VALUE</translation>
    </message>
    <message>
        <source>unknown variable %1; known variables: %2</source>
        <translation>unknown variable %1; known variables: %2</translation>
    </message>
    <message>
        <source>variable %1 can not be saved persistently</source>
        <translation>variable %1 can not be saved persistently</translation>
    </message>
    <message>
        <source>set persistently %1 to %2 on %3</source>
        <translation>set persistently %1 to %2 on %3</translation>
    </message>
    <message>
        <source>set hive variable persistently</source>
        <translation>set hive variable persistently</translation>
    </message>
</context>
<context>
    <name>hive::cli::SshCommand</name>
    <message>
        <source>target host</source>
        <translation>target host</translation>
    </message>
    <message>
        <source>SSH_HOST</source>
        <translation>SSH_HOST</translation>
    </message>
    <message>
        <source>forward the zabbix web console to localhost</source>
        <translation>forward the zabbix web console to localhost</translation>
    </message>
    <message>
        <source>local port for the zabbix web console (default 10052)</source>
        <translation>local port for the zabbix web console (default 10052)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>port forwarding, as ssh -L takes it</source>
        <translation>port forwarding, as ssh -L takes it</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>command to run instead of a login shell</source>
        <translation>command to run instead of a login shell</translation>
    </message>
    <message>
        <source>[-- command...]</source>
        <translation>[-- command...]</translation>
    </message>
    <message>
        <source>%1 does not exist: run `hive build-infra` for stage %2 first</source>
        <translation>%1 does not exist: run `hive build-infra` for stage %2 first</translation>
    </message>
    <message>
        <source>host %1 is not in %2 (hosts: %3)</source>
        <translation>host %1 is not in %2 (hosts: %3)</translation>
    </message>
    <message>
        <source>the ssh command is not installed: install openssh-client</source>
        <translation>the ssh command is not installed: install openssh-client</translation>
    </message>
    <message>
        <source>-Z %1 is not a port number</source>
        <translation>-Z %1 is not a port number</translation>
    </message>
    <message>
        <source>cannot run %1</source>
        <translation>cannot run %1</translation>
    </message>
    <message>
        <source>ssh to hive server</source>
        <translation>ssh to hive server</translation>
    </message>
    <message>
        <source>Zabbix console: http://localhost:%1/ (user Admin, password in %2)</source>
        <translation>Zabbix console: http://localhost:%1/ (user Admin, password in %2)</translation>
    </message>
    <message>
        <source>-z forwards the Zabbix console of the repository server %1, not of %2: run `hive ssh -z` (or `hive ssh -z %1`)</source>
        <translation>-z forwards the Zabbix console of the repository server %1, not of %2: run `hive ssh -z` (or `hive ssh -z %1`)</translation>
    </message>
</context>
<context>
    <name>hive::gui::AddServiceDialog</name>
    <message>
        <source>Add Service</source>
        <translation>Add Service</translation>
    </message>
    <message>
        <source>&amp;Add Service</source>
        <translation>&amp;Add Service</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Start from:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;What will be added:</source>
        <translation>&amp;What will be added:</translation>
    </message>
    <message>
        <source>The project has no services file yet: inventory/services.yml is created for it.</source>
        <translation>The project has no services file yet: inventory/services.yml is created for it.</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>Give the service a name.</translation>
    </message>
    <message>
        <source>%1 cannot name a service: use %2.</source>
        <translation>%1 cannot name a service: use %2.</translation>
    </message>
    <message>
        <source>%1 is already a service of this project.</source>
        <translation>%1 is already a service of this project.</translation>
    </message>
</context>
<context>
    <name>hive::gui::AttributeForm</name>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(default: %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>not set: %1</source>
        <translation>not set: %1</translation>
    </message>
    <message>
        <source>every stage</source>
        <translation>every stage</translation>
    </message>
    <message numerus="yes">
        <source>More settings (%n)</source>
        <translation>
            <numerusform>More settings (%n)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings a first hive seldom needs: encryption keys, internal address ranges, download URLs…</source>
        <translation>Settings a first hive seldom needs: encryption keys, internal address ranges, download URLs…</translation>
    </message>
</context>
<context>
    <name>hive::gui::BackupScheduler</name>
    <message>
        <source>Scheduled backup: the newest is from %1, starting `hive backup`</source>
        <translation>Scheduled backup: the newest is from %1, starting `hive backup`</translation>
    </message>
    <message>
        <source>Scheduled backup: there is none yet, starting `hive backup`</source>
        <translation>Scheduled backup: there is none yet, starting `hive backup`</translation>
    </message>
    <message>
        <source>Scheduled backup not taken: %1</source>
        <translation>Scheduled backup not taken: %1</translation>
    </message>
    <message>
        <source>Scheduled backup taken (run log: %1)</source>
        <translation>Scheduled backup taken (run log: %1)</translation>
    </message>
    <message>
        <source>Scheduled backup failed during %1; the run log in %2 says why</source>
        <translation>Scheduled backup failed during %1; the run log in %2 says why</translation>
    </message>
</context>
<context>
    <name>hive::gui::BuildPage</name>
    <message>
        <source>Retr&amp;y Failed</source>
        <translation>Retr&amp;y Failed</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancel Run</translation>
    </message>
    <message>
        <source>Search the Log</source>
        <translation>Search the Log</translation>
    </message>
    <message>
        <source>Cancel Run (Esc)</source>
        <translation>Cancel Run (Esc)</translation>
    </message>
    <message>
        <source>Back to the Live Run</source>
        <translation>Back to the Live Run</translation>
    </message>
    <message>
        <source>Position in the saved run</source>
        <translation>Position in the saved run</translation>
    </message>
    <message>
        <source>Move through the saved run: the views show it as it was then</source>
        <translation>Move through the saved run: the views show it as it was then</translation>
    </message>
    <message>
        <source>Re&amp;play:</source>
        <translation>Re&amp;play:</translation>
    </message>
    <message>
        <source>Hosts and steps of the phase</source>
        <translation>Hosts and steps of the phase</translation>
    </message>
    <message>
        <source>Choose a cell to see what that step did on that host.</source>
        <translation>Choose a cell to see what that step did on that host.</translation>
    </message>
    <message>
        <source>L&amp;og</source>
        <translation>L&amp;og</translation>
    </message>
    <message>
        <source>the run was not started: the open files were not saved</source>
        <translation>the run was not started: the open files were not saved</translation>
    </message>
    <message>
        <source>Cancel the Run</source>
        <translation>Cancel the Run</translation>
    </message>
    <message>
        <source>Cancel %1?

It stops at the next safe point: steps that run now end on their hosts first. Running the same phase again continues where it stopped.</source>
        <translation>Cancel %1?

It stops at the next safe point: steps that run now end on their hosts first. Running the same phase again continues where it stopped.</translation>
    </message>
    <message>
        <source>A Run Is Going On</source>
        <translation>A Run Is Going On</translation>
    </message>
    <message>
        <source>%1 is running. Cancel it and close? It stops at the next safe point, which can take a moment.</source>
        <translation>%1 is running. Cancel it and close? It stops at the next safe point, which can take a moment.</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>Stopping at the next safe point…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>… still running (%1)</source>
        <translation>… still running (%1)</translation>
    </message>
    <message>
        <source>%1 printed nothing for %2.</source>
        <translation>%1 printed nothing for %2.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>the stage</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>Could not run: %1</translation>
    </message>
    <message>
        <source>Cancelling %1: stopping at the next safe point…</source>
        <translation>Cancelling %1: stopping at the next safe point…</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message>
        <source>Running %1 — %2 (%3 of %4)</source>
        <translation>Running %1 — %2 (%3 of %4)</translation>
    </message>
    <message>
        <source>elapsed %1 · about %2 left</source>
        <translation>elapsed %1 · about %2 left</translation>
    </message>
    <message>
        <source>elapsed %1 · no earlier run to estimate from</source>
        <translation>elapsed %1 · no earlier run to estimate from</translation>
    </message>
    <message>
        <source>Choose a phase and an action: Run Phase (F5), Run from Here (Shift+F5) or Check Only (F6).</source>
        <translation>Choose a phase and an action: Run Phase (F5), Run from Here (Shift+F5) or Check Only (F6).</translation>
    </message>
    <message>
        <source>Finished %1: changes made</source>
        <translation>Finished %1: changes made</translation>
    </message>
    <message>
        <source>Finished %1: nothing changed</source>
        <translation>Finished %1: nothing changed</translation>
    </message>
    <message>
        <source>Cancelled %1 during %2; run it again to continue</source>
        <translation>Cancelled %1 during %2; run it again to continue</translation>
    </message>
    <message>
        <source>%1 failed in %2</source>
        <translation>%1 failed in %2</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>took %1</translation>
    </message>
    <message>
        <source>Saved run: %1 of %2 — %3</source>
        <translation>Saved run: %1 of %2 — %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>as it was at %1</source>
        <translation>as it was at %1</translation>
    </message>
    <message>
        <source>it never finished (the run was killed)</source>
        <translation>it never finished (the run was killed)</translation>
    </message>
    <message>
        <source>Open a project to build its hive.</source>
        <translation>Open a project to build its hive.</translation>
    </message>
    <message>
        <source>%1 has not run on stage %2 yet. Run Phase (F5) runs it.</source>
        <translation>%1 has not run on stage %2 yet. Run Phase (F5) runs it.</translation>
    </message>
    <message>
        <source>Still running on: %1</source>
        <translation>Still running on: %1</translation>
    </message>
    <message>
        <source>An Interrupted Repair</source>
        <translation>An Interrupted Repair</translation>
    </message>
    <message>
        <source>%1 did not start: an interrupted repair left this on stage %2:</source>
        <translation>%1 did not start: an interrupted repair left this on stage %2:</translation>
    </message>
    <message>
        <source>Put it back first: Repair… on its finding in the Health tab (`hive recover resume`). Running anyway leaves it as it is, as --force does.</source>
        <translation>Put it back first: Repair… on its finding in the Health tab (`hive recover resume`). Running anyway leaves it as it is, as --force does.</translation>
    </message>
    <message>
        <source>Run Anyway</source>
        <translation>Run Anyway</translation>
    </message>
    <message>
        <source>Nothing runs on stage %1 in this version: design it in the editor and the topology.</source>
        <translation>Nothing runs on stage %1 in this version: design it in the editor and the topology.</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Keep Running</translation>
    </message>
    <message>
        <source>&amp;Cancel Run and Close</source>
        <translation>&amp;Cancel Run and Close</translation>
    </message>
    <message>
        <source>elapsed %1 · at least %2 left</source>
        <translation>elapsed %1 · at least %2 left</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Pro&amp;gress</translation>
    </message>
    <message>
        <source>Checked %1: it would change things</source>
        <translation>Checked %1: it would change things</translation>
    </message>
    <message>
        <source>Checked %1: nothing would change</source>
        <translation>Checked %1: nothing would change</translation>
    </message>
    <message>
        <source>Timeli&amp;ne</source>
        <translation>Timeli&amp;ne</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>H&amp;istory</translation>
    </message>
</context>
<context>
    <name>hive::gui::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Command Palette</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Type a command…</translation>
    </message>
    <message>
        <source>(unavailable now)</source>
        <translation>(unavailable now)</translation>
    </message>
</context>
<context>
    <name>hive::gui::EditableFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Reload from disk</translation>
    </message>
</context>
<context>
    <name>hive::gui::FileEditor</name>
    <message>
        <source>This file was changed on disk by another program.</source>
        <translation>This file was changed on disk by another program.</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Reload from Disk</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Keep My Changes</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <source>Show &amp;Differences…</source>
        <translation>Show &amp;Differences…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>%1 (on disk, changed by another program)</source>
        <translation>%1 (on disk, changed by another program)</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (saved)</translation>
    </message>
    <message>
        <source>%1 (here)</source>
        <translation>%1 (here)</translation>
    </message>
    <message>
        <source>%1 here is the same as on disk.</source>
        <translation>%1 here is the same as on disk.</translation>
    </message>
    <message>
        <source>Differences — %1</source>
        <translation>Differences — %1</translation>
    </message>
    <message>
        <source>Lines marked - are on disk (another program&apos;s change), lines marked + are here (your edits, not saved).</source>
        <translation>Lines marked - are on disk (another program&apos;s change), lines marked + are here (your edits, not saved).</translation>
    </message>
    <message>
        <source>Lines marked - are in the saved file, lines marked + are your edits that are not saved yet.</source>
        <translation>Lines marked - are in the saved file, lines marked + are your edits that are not saved yet.</translation>
    </message>
</context>
<context>
    <name>hive::gui::GuideDialog</name>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Guide to the app</source>
        <translation>Guide to the app</translation>
    </message>
    <message>
        <source>Guide to the app in Japanese (日本語)</source>
        <translation>Guide to the app in Japanese (日本語)</translation>
    </message>
    <message>
        <source>README (English)</source>
        <translation>README (English)</translation>
    </message>
    <message>
        <source>Find (Ctrl+F; Enter: next, Shift+Enter: previous)</source>
        <translation>Find (Ctrl+F; Enter: next, Shift+Enter: previous)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of the guide shown first: &quot;ja&quot; in the Japanese translation.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>%1 is missing from this build.</source>
        <translation>%1 is missing from this build.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>hive::gui::HealthBadge</name>
    <message>
        <source>Health: not checked</source>
        <translation>Health: not checked</translation>
    </message>
    <message>
        <source>Open the Health tab to check the hive</source>
        <translation>Open the Health tab to check the hive</translation>
    </message>
    <message>
        <source>Health: checking…</source>
        <translation>Health: checking…</translation>
    </message>
    <message>
        <source>Reading the hosts of the stage</source>
        <translation>Reading the hosts of the stage</translation>
    </message>
    <message>
        <source>Health: could not check</source>
        <translation>Health: could not check</translation>
    </message>
    <message numerus="yes">
        <source>Health: %n critical</source>
        <translation>
            <numerusform>Health: %n critical</numerusform>
            <numerusform>Health: %n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Health: %n warning(s)</source>
        <translation>
            <numerusform>Health: %n warning</numerusform>
            <numerusform>Health: %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Health: ok</source>
        <translation>Health: ok</translation>
    </message>
    <message>
        <source>Stage %1 checked at %2; click to see the findings</source>
        <translation>Stage %1 checked at %2; click to see the findings</translation>
    </message>
</context>
<context>
    <name>hive::gui::HealthPage</name>
    <message>
        <source>Check Now</source>
        <translation>Check Now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>only on demand</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>How often the checks run while the project is open</source>
        <translation>How often the checks run while the project is open</translation>
    </message>
    <message>
        <source>Show &amp;ok findings</source>
        <translation>Show &amp;ok findings</translation>
    </message>
    <message>
        <source>Filter (host, service, text)</source>
        <translation>Filter (host, service, text)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Choose a finding to see its evidence and what to do.</source>
        <translation>Choose a finding to see its evidence and what to do.</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Checking: %1</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the hosts being read to answer…</source>
        <translation>Cancelling: waiting for the hosts being read to answer…</translation>
    </message>
    <message>
        <source>The checks were cancelled.</source>
        <translation>The checks were cancelled.</translation>
    </message>
    <message>
        <source>Not checked yet. Check Now reads every host of the stage over SSH and changes nothing.</source>
        <translation>Not checked yet. Check Now reads every host of the stage over SSH and changes nothing.</translation>
    </message>
    <message>
        <source>Open a project to check its hive.</source>
        <translation>Open a project to check its hive.</translation>
    </message>
    <message>
        <source>Checking the hosts of stage %1…</source>
        <translation>Checking the hosts of stage %1…</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>The checks could not run: %1</translation>
    </message>
    <message>
        <source>Stage %1: %2 — %3 critical, %4 warning(s), %5 ok. Checked at %6 in %7 s.</source>
        <translation>Stage %1: %2 — %3 critical, %4 warning(s), %5 ok. Checked at %6 in %7 s.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Evidence (what the check read)</source>
        <translation>Evidence (what the check read)</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Repair…</translation>
    </message>
    <message>
        <source>Repair… (%1): plan, then run `hive %2`</source>
        <translation>Repair… (%1): plan, then run `hive %2`</translation>
    </message>
    <message>
        <source>The chosen finding has no guided repair</source>
        <translation>The chosen finding has no guided repair</translation>
    </message>
    <message>
        <source>Guided repair (Repair…, Ctrl+R):</source>
        <translation>Guided repair (Repair…, Ctrl+R):</translation>
    </message>
    <message>
        <source>Back Up Now…</source>
        <translation>Back Up Now…</translation>
    </message>
    <message>
        <source>&amp;Scheduled:</source>
        <translation>&amp;Scheduled:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>every week</translation>
    </message>
    <message>
        <source>While the app has this project open, run `hive backup` when the newest swarm backup is older than this</source>
        <translation>While the app has this project open, run `hive backup` when the newest swarm backup is older than this</translation>
    </message>
    <message>
        <source>Prepare the Fix</source>
        <translation>Prepare the Fix</translation>
    </message>
    <message>
        <source>Choose %1 in the Build tab%2, to look at it and run it</source>
        <translation>Choose %1 in the Build tab%2, to look at it and run it</translation>
    </message>
    <message>
        <source> with -l %1</source>
        <translation> with -l %1</translation>
    </message>
    <message>
        <source>Prepare the Fix (Ctrl+Shift+F) chooses %1 in the Build tab%2: look at it, then Run Phase.</source>
        <translation>Prepare the Fix (Ctrl+Shift+F) chooses %1 in the Build tab%2: look at it, then Run Phase.</translation>
    </message>
    <message>
        <source>Plan `hive backup`: the swarm state of the managers that are not the leader, one at a time; or the services&apos; data</source>
        <translation>Plan `hive backup`: the swarm state of the managers that are not the leader, one at a time; or the services&apos; data</translation>
    </message>
    <message>
        <source>&amp;Swarm State…</source>
        <translation>&amp;Swarm State…</translation>
    </message>
    <message>
        <source>Plan `hive backup`: the swarm state of the managers that are not the leader, one at a time, into the context dir</source>
        <translation>Plan `hive backup`: the swarm state of the managers that are not the leader, one at a time, into the context dir</translation>
    </message>
    <message>
        <source>Service &amp;Data…</source>
        <translation>Service &amp;Data…</translation>
    </message>
    <message>
        <source>Plan `hive backup --data`: every service with backup_scripts and the registry, on the repository server, as the nightly run does</source>
        <translation>Plan `hive backup --data`: every service with backup_scripts and the registry, on the repository server, as the nightly run does</translation>
    </message>
    <message>
        <source>Acknowledged in Zabbix; checking again…</source>
        <translation>Acknowledged in Zabbix; checking again…</translation>
    </message>
    <message>
        <source>Zabbix did not take the acknowledgement: %1</source>
        <translation>Zabbix did not take the acknowledgement: %1</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Tell Zabbix, and so everyone it alerts, that someone is on the chosen problem, with a note</source>
        <translation>Tell Zabbix, and so everyone it alerts, that someone is on the chosen problem, with a note</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>%1

A note for the others (optional), e.g. who is on it:</source>
        <translation>%1

A note for the others (optional), e.g. who is on it:</translation>
    </message>
    <message>
        <source>Acknowledging in Zabbix…</source>
        <translation>Acknowledging in Zabbix…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>hive::gui::HiveForm</name>
    <message>
        <source>The hive&apos;s name: a domain name, used in host names and certificates</source>
        <translation>The hive&apos;s name: a domain name, used in host names and certificates</translation>
    </message>
    <message>
        <source>Hive &amp;name:</source>
        <translation>Hive &amp;name:</translation>
    </message>
    <message>
        <source>Add &amp;Stage…</source>
        <translation>Add &amp;Stage…</translation>
    </message>
    <message>
        <source>Change the hive name</source>
        <translation>Change the hive name</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Planned hosts (computed as you type):</source>
        <translation>Planned hosts (computed as you type):</translation>
    </message>
    <message>
        <source>Change the provider of %1</source>
        <translation>Change the provider of %1</translation>
    </message>
    <message>
        <source>Every stage (private, staging, production) is defined already</source>
        <translation>Every stage (private, staging, production) is defined already</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Add a stage</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>Add stage %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::HostKeysDialog</name>
    <message>
        <source>Check the Host Keys</source>
        <translation>Check the Host Keys</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Host key (SHA256)</source>
        <translation>Host key (SHA256)</translation>
    </message>
    <message>
        <source>Hosts and the keys they show</source>
        <translation>Hosts and the keys they show</translation>
    </message>
    <message>
        <source>no key shown: %1</source>
        <translation>no key shown: %1</translation>
    </message>
    <message>
        <source>&amp;Trust and Run Again</source>
        <translation>&amp;Trust and Run Again</translation>
    </message>
    <message>
        <source>These hosts are contacted for the first time. Before the stage&apos;s root password is sent to them, compare each fingerprint below with what the host&apos;s own console shows:&lt;br&gt;&lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/code&gt;&lt;br&gt;Trust them only if every one matches. A key that differs may mean that another machine answers at that address.&lt;br&gt;Only the keys shown here are trusted, for this run: a host that showed none, or shows another one by then, gets nothing. To skip this check next time, pin the keys in the stage (host_keys).</source>
        <translation>These hosts are contacted for the first time. Before the stage&apos;s root password is sent to them, compare each fingerprint below with what the host&apos;s own console shows:&lt;br&gt;&lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/code&gt;&lt;br&gt;Trust them only if every one matches. A key that differs may mean that another machine answers at that address.&lt;br&gt;Only the keys shown here are trusted, for this run: a host that showed none, or shows another one by then, gets nothing. To skip this check next time, pin the keys in the stage (host_keys).</translation>
    </message>
</context>
<context>
    <name>hive::gui::HostPlanView</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Instance type</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>system: the image&apos;s size</source>
        <translation>system: the image&apos;s size</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>system: %1</translation>
    </message>
    <message>
        <source>mirrored: %1</source>
        <translation>mirrored: %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::HostTerminal</name>
    <message>
        <source>Open Terminal</source>
        <translation>Open Terminal</translation>
    </message>
    <message>
        <source>The terminal program could not be started (%1; Preferences can name another). Run this in a terminal:</source>
        <translation>The terminal program could not be started (%1; Preferences can name another). Run this in a terminal:</translation>
    </message>
</context>
<context>
    <name>hive::gui::HostsPage</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>Load / CPUs</source>
        <translation>Load / CPUs</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Memory used</translation>
    </message>
    <message>
        <source>Fullest disk</source>
        <translation>Fullest disk</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>Up for</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Reads every host of the stage over SSH, as `hive doctor` does</source>
        <translation>Reads every host of the stage over SSH, as `hive doctor` does</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>Open &amp;Terminal</translation>
    </message>
    <message>
        <source>`hive ssh -t` to the chosen host</source>
        <translation>`hive ssh -t` to the chosen host</translation>
    </message>
    <message>
        <source>The Health tab&apos;s findings about the chosen host (Enter or double-click)</source>
        <translation>The Health tab&apos;s findings about the chosen host (Enter or double-click)</translation>
    </message>
    <message>
        <source>Set &amp;Up This Host Again…</source>
        <translation>Set &amp;Up This Host Again…</translation>
    </message>
    <message>
        <source>Prepares setup-hosts limited to the chosen host in the Build tab, to look at and run</source>
        <translation>Prepares setup-hosts limited to the chosen host in the Build tab, to look at and run</translation>
    </message>
    <message>
        <source>&amp;Copy Host Name</source>
        <translation>&amp;Copy Host Name</translation>
    </message>
    <message>
        <source>Checking the hosts… (the figures below are from %1)</source>
        <translation>Checking the hosts… (the figures below are from %1)</translation>
    </message>
    <message>
        <source>Checking the hosts…</source>
        <translation>Checking the hosts…</translation>
    </message>
    <message>
        <source>The hosts could not be checked: %1</source>
        <translation>The hosts could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) up, as checked at %2. The Health tab checks again on its schedule and after every run.</source>
        <translation>
            <numerusform>%1 of %n host up, as checked at %2. The Health tab checks again on its schedule and after every run.</numerusform>
            <numerusform>%1 of %n hosts up, as checked at %2. The Health tab checks again on its schedule and after every run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet. Check Now reads every host over SSH (load, memory, disks, the swarm); nothing is changed.</source>
        <translation>Not checked yet. Check Now reads every host over SSH (load, memory, disks, the swarm); nothing is changed.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>Docker Engine %1</source>
        <translation>Docker Engine %1</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Check &amp;Now</translation>
    </message>
    <message>
        <source>Show Fin&amp;dings</source>
        <translation>Show Fin&amp;dings</translation>
    </message>
    <message>
        <source>The 1-minute load average and the processors. Container hosts (the docker provider) share their machine&apos;s kernel, so they show the machine&apos;s load.</source>
        <translation>The 1-minute load average and the processors. Container hosts (the docker provider) share their machine&apos;s kernel, so they show the machine&apos;s load.</translation>
    </message>
</context>
<context>
    <name>hive::gui::LiveTopologyPage</name>
    <message>
        <source>Live topology diagram</source>
        <translation>Live topology diagram</translation>
    </message>
    <message>
        <source>Open &amp;Logs…</source>
        <translation>Open &amp;Logs…</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>Open &amp;Terminal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dense</source>
        <translation>&amp;Dense</translation>
    </message>
    <message>
        <source>One line per service on each node, with counts</source>
        <translation>One line per service on each node, with counts</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;able</translation>
    </message>
    <message>
        <source>Nodes × services as a table</source>
        <translation>Nodes × services as a table</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Filter nodes and services</source>
        <translation>Filter nodes and services</translation>
    </message>
    <message>
        <source>Choose a node or a task (click, or Tab to the diagram and use the arrow keys) to see its details.</source>
        <translation>Choose a node or a task (click, or Tab to the diagram and use the arrow keys) to see its details.</translation>
    </message>
    <message>
        <source>Open a built project to see its hive as it runs.</source>
        <translation>Open a built project to see its hive as it runs.</translation>
    </message>
    <message>
        <source>Reading the swarm of stage %1…</source>
        <translation>Reading the swarm of stage %1…</translation>
    </message>
    <message>
        <source>Updated %1 from %2 (%3).</source>
        <translation>Updated %1 from %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) DOWN: %1. </source>
        <translation>
            <numerusform>%n node DOWN: %1. </numerusform>
            <numerusform>%n nodes DOWN: %1. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the definition.</source>
        <translation>
            <numerusform>%n difference from the definition.</numerusform>
            <numerusform>%n differences from the definition.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — DOWN</source>
        <translation>%1 — DOWN</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not running</source>
        <translation>
            <numerusform>%n not running</numerusform>
            <numerusform>%n not running</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>manager, leader</source>
        <translation>manager, leader</translation>
    </message>
    <message>
        <source>DOWN (%1)</source>
        <translation>DOWN (%1)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Node id</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>%1 of %2 running%3</source>
        <translation>%1 of %2 running%3</translation>
    </message>
    <message>
        <source> (global)</source>
        <translation> (global)</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Task history</source>
        <translation>Task history</translation>
    </message>
    <message>
        <source>only on changes and F5</source>
        <translation>only on changes and F5</translation>
    </message>
    <message>
        <source>Reads also come at once when a manager reports a change</source>
        <translation>Reads also come at once when a manager reports a change</translation>
    </message>
    <message>
        <source>Following changes on %1.</source>
        <translation>Following changes on %1.</translation>
    </message>
    <message>
        <source>Not following changes: %1.</source>
        <translation>Not following changes: %1.</translation>
    </message>
    <message>
        <source>%1 (desired: %2)</source>
        <translation>%1 (desired: %2)</translation>
    </message>
    <message>
        <source>Cannot read the swarm: %1.</source>
        <translation>Cannot read the swarm: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Start them with build-infra (Run on build-infra in the Build tab).</source>
        <translation>Start them with build-infra (Run on build-infra in the Build tab).</translation>
    </message>
    <message>
        <source>Open &amp;Metrics</source>
        <translation>Open &amp;Metrics</translation>
    </message>
    <message>
        <source>What Zabbix recorded for the chosen service, or node</source>
        <translation>What Zabbix recorded for the chosen service, or node</translation>
    </message>
    <message>
        <source>%1 says: %2.</source>
        <translation>%1 says: %2.</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2.</source>
        <translation>%1 could not be asked: %2.</translation>
    </message>
    <message>
        <source>Virtual addresses (its tasks&apos;)</source>
        <translation>Virtual addresses (its tasks&apos;)</translation>
    </message>
</context>
<context>
    <name>hive::gui::LiveTopologyScene</name>
    <message>
        <source>Live topology</source>
        <translation>Live topology</translation>
    </message>
    <message>
        <source>no manager answered at %1</source>
        <translation>no manager answered at %1</translation>
    </message>
    <message numerus="yes">
        <source>read from %1 at %2 · %n node(s)</source>
        <translation>
            <numerusform>read from %1 at %2 · %n node</numerusform>
            <numerusform>read from %1 at %2 · %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the swarm: %1</source>
        <translation>Cannot read the swarm: %1</translation>
    </message>
    <message>
        <source>Planned vs actual</source>
        <translation>Planned vs actual</translation>
    </message>
    <message>
        <source> (host)</source>
        <translation> (host)</translation>
    </message>
    <message>
        <source>Published ports: %1</source>
        <translation>Published ports: %1</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>drained</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>down: its engine does not answer</source>
        <translation>down: its engine does not answer</translation>
    </message>
    <message>
        <source>down: manager unreachable</source>
        <translation>down: manager unreachable</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>down: %1</translation>
    </message>
    <message>
        <source>%1 · Docker %2</source>
        <translation>%1 · Docker %2</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>labels: %1</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>no tasks</translation>
    </message>
    <message>
        <source>no task matches the filter</source>
        <translation>no task matches the filter</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Networks: %1</translation>
    </message>
    <message>
        <source>Repository server %1</source>
        <translation>Repository server %1</translation>
    </message>
    <message>
        <source>Repository server %1 DOES NOT ANSWER</source>
        <translation>Repository server %1 DOES NOT ANSWER</translation>
    </message>
    <message>
        <source>registry %1 serves</source>
        <translation>registry %1 serves</translation>
    </message>
    <message>
        <source>registry %1 DOES NOT ANSWER</source>
        <translation>registry %1 DOES NOT ANSWER</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>VIP %1 · labels: %2</source>
        <translation>VIP %1 · labels: %2</translation>
    </message>
    <message>
        <source>virtual addresses of the services whose task runs here (HIVE_VIP; hive doctor checks they are): %1</source>
        <translation>virtual addresses of the services whose task runs here (HIVE_VIP; hive doctor checks they are): %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::MainWindow</name>
    <message>
        <source>Hive Studio</source>
        <translation>Hive Studio</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Stage (-s): private, staging or production</source>
        <translation>Stage (-s): private, staging or production</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation>Re&amp;load Project</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Close Tab</translation>
    </message>
    <message>
        <source>Close &amp;Project</source>
        <translation>Close &amp;Project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Command &amp;Palette…</translation>
    </message>
    <message>
        <source>Go to Project &amp;Tree</source>
        <translation>Go to Project &amp;Tree</translation>
    </message>
    <message>
        <source>Go to &amp;Editors</source>
        <translation>Go to &amp;Editors</translation>
    </message>
    <message>
        <source>Choose &amp;Stage</source>
        <translation>Choose &amp;Stage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Hive Studio</source>
        <translation>&amp;About Hive Studio</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>%1 — %2 — Hive Studio</source>
        <translation>%1 — %2 — Hive Studio</translation>
    </message>
    <message>
        <source>Hosts — %1</source>
        <translation>Hosts — %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>Open a hive project (the folder that holds inventory/)</source>
        <translation>Open a hive project (the folder that holds inventory/)</translation>
    </message>
    <message>
        <source>Open a file first (double-click a problem or an item in the project tree)</source>
        <translation>Open a file first (double-click a problem or an item in the project tree)</translation>
    </message>
    <message>
        <source>About Hive Studio</source>
        <translation>About Hive Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hive Studio %1&lt;/h3&gt;&lt;p&gt;Design, build, run and repair a highly available Docker Swarm site. Opens hive-builder projects unchanged.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hive Studio %1&lt;/h3&gt;&lt;p&gt;Design, build, run and repair a highly available Docker Swarm site. Opens hive-builder projects unchanged.&lt;/p&gt;</translation>
    </message>
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
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>Add S&amp;tage…</source>
        <translation>Add S&amp;tage…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Show &amp;Form</source>
        <translation>Show &amp;Form</translation>
    </message>
    <message>
        <source>Show &amp;YAML Source</source>
        <translation>Show &amp;YAML Source</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>YAML files (*.yml *.yaml);;All files (*)</source>
        <translation>YAML files (*.yml *.yaml);;All files (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topology</translation>
    </message>
    <message>
        <source>Go to Planned T&amp;opology</source>
        <translation>Go to Planned T&amp;opology</translation>
    </message>
    <message>
        <source>Topology — %1</source>
        <translation>Topology — %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Go to &amp;Health</source>
        <translation>Go to &amp;Health</translation>
    </message>
    <message>
        <source>Health — %1</source>
        <translation>Health — %1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <source>Go to &amp;Build</source>
        <translation>Go to &amp;Build</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <source>Build — %1</source>
        <translation>Build — %1</translation>
    </message>
    <message>
        <source>Live — %1</source>
        <translation>Live — %1</translation>
    </message>
    <message>
        <source>A run uses the files on disk. Save %1 first?</source>
        <translation>A run uses the files on disk. Save %1 first?</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Discard Changes</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Keep Editing</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Save with Errors</source>
        <translation>Save with Errors</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s), the first: %2

Runs refuse the project until they are fixed.</source>
        <translation>
            <numerusform>%1 has %n error, the first: %2

Runs refuse the project until they are fixed.</numerusform>
            <numerusform>%1 has %n errors, the first: %2

Runs refuse the project until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Save Anyway</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Saved…</source>
        <translation>Co&amp;mpare with Saved…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <source>Go to P&amp;roblems</source>
        <translation>Go to P&amp;roblems</translation>
    </message>
    <message>
        <source>Topolo&amp;gy</source>
        <translation>Topolo&amp;gy</translation>
    </message>
    <message>
        <source>He&amp;alth</source>
        <translation>He&amp;alth</translation>
    </message>
    <message>
        <source>Go to &amp;Live</source>
        <translation>Go to &amp;Live</translation>
    </message>
    <message>
        <source>L&amp;ive</source>
        <translation>L&amp;ive</translation>
    </message>
    <message>
        <source>Show Form and Source Side by Si&amp;de</source>
        <translation>Show Form and Source Side by Si&amp;de</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins the counts of errors and warnings (&quot;、&quot; in Japanese).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Go to Hosts</source>
        <translation>Go to Hosts</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Go to &amp;Metrics</source>
        <translation>Go to &amp;Metrics</translation>
    </message>
    <message>
        <source>Metri&amp;cs</source>
        <translation>Metri&amp;cs</translation>
    </message>
    <message>
        <source>Metrics — %1</source>
        <translation>Metrics — %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::MapListTable</name>
    <message>
        <source>Short syntax</source>
        <translation>Short syntax</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Add a row (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Remove the selected row (Delete)</translation>
    </message>
</context>
<context>
    <name>hive::gui::MetricsPage</name>
    <message>
        <source>%1 in</source>
        <translation>%1 in</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 out</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>wanted</source>
        <translation>wanted</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>The host or service whose history is shown (Open Metrics in the Live tab chooses its node or service)</source>
        <translation>The host or service whose history is shown (Open Metrics in the Live tab chooses its node or service)</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation>the last hour</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>the last 24 hours</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>the last 7 days</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the history again (F5); it is read every minute while this tab is shown</source>
        <translation>Read the history again (F5); it is read every minute while this tab is shown</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>Open a project to see what its Zabbix recorded.</source>
        <translation>Open a project to see what its Zabbix recorded.</translation>
    </message>
    <message>
        <source>Reading what Zabbix recorded for %1…</source>
        <translation>Reading what Zabbix recorded for %1…</translation>
    </message>
    <message>
        <source>The read was cancelled.</source>
        <translation>The read was cancelled.</translation>
    </message>
    <message>
        <source>Zabbix could not be read: %1</source>
        <translation>Zabbix could not be read: %1</translation>
    </message>
    <message>
        <source>Zabbix has recorded nothing for %1 in this period yet (it reads every minute).</source>
        <translation>Zabbix has recorded nothing for %1 in this period yet (it reads every minute).</translation>
    </message>
    <message>
        <source>%1, %2: read at %3.</source>
        <translation>%1, %2: read at %3.</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU busy</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Memory used</translation>
    </message>
    <message>
        <source>Load average (1 minute)</source>
        <translation>Load average (1 minute)</translation>
    </message>
    <message>
        <source>File systems used</source>
        <translation>File systems used</translation>
    </message>
    <message>
        <source>Network traffic</source>
        <translation>Network traffic</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <source>Zabbix has not found this service yet (it looks every minute)</source>
        <translation>Zabbix has not found this service yet (it looks every minute)</translation>
    </message>
    <message>
        <source>Nothing read yet: Zabbix is asked to look for it now</source>
        <translation>Nothing read yet: Zabbix is asked to look for it now</translation>
    </message>
</context>
<context>
    <name>hive::gui::PhaseActionBar</name>
    <message>
        <source>&amp;Run Phase</source>
        <translation>&amp;Run Phase</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Destroy…</translation>
    </message>
    <message>
        <source>&amp;Limit (-l):</source>
        <translation>&amp;Limit (-l):</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Tags (-T):</source>
        <translation>&amp;Tags (-T):</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>all steps</translation>
    </message>
    <message>
        <source>Halt the Servers</source>
        <translation>Halt the Servers</translation>
    </message>
    <message>
        <source> (only %1)</source>
        <translation> (only %1)</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>Remove %1%2?</source>
        <translation>Remove %1%2?</translation>
    </message>
    <message>
        <source># start_phase is %1: this runs %2</source>
        <translation># start_phase is %1: this runs %2</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>stage %1</translation>
    </message>
    <message>
        <source>stage %1 of hive %2</source>
        <translation>stage %1 of hive %2</translation>
    </message>
    <message>
        <source>Run on the Hive</source>
        <translation>Run on the Hive</translation>
    </message>
    <message>
        <source>Run %1 on %2?</source>
        <translation>Run %1 on %2?</translation>
    </message>
    <message>
        <source>the phases from %1 on</source>
        <translation>the phases from %1 on</translation>
    </message>
    <message numerus="yes">
        <source>It changes %n host(s):</source>
        <translation>
            <numerusform>It changes %n host:</numerusform>
            <numerusform>It changes %n hosts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences can turn this question off for the private stage.</source>
        <translation>Preferences can turn this question off for the private stage.</translation>
    </message>
    <message>
        <source>Stop the servers of %1%2?

%3

They keep their disks; Run Phase on build-infra starts them again.</source>
        <translation>Stop the servers of %1%2?

%3

They keep their disks; Run Phase on build-infra starts them again.</translation>
    </message>
    <message>
        <source>the servers of %1, their disks and their network: everything on them is lost</source>
        <translation>the servers of %1, their disks and their network: everything on them is lost</translation>
    </message>
    <message>
        <source>the networks of %1</source>
        <translation>the networks of %1</translation>
    </message>
    <message>
        <source>the volumes of %1 and the data in them</source>
        <translation>the volumes of %1 and the data in them</translation>
    </message>
    <message>
        <source>the services of %1</source>
        <translation>the services of %1</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>Hosts: %1</translation>
    </message>
    <message>
        <source>Stage %1 is design only: %2.</source>
        <translation>Stage %1 is design only: %2.</translation>
    </message>
    <message>
        <source>Run fro&amp;m Here</source>
        <translation>Run fro&amp;m Here</translation>
    </message>
    <message>
        <source>Chec&amp;k Only</source>
        <translation>Chec&amp;k Only</translation>
    </message>
    <message>
        <source>H&amp;alt Servers…</source>
        <translation>H&amp;alt Servers…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>start_phase is %1: the phases before %2 run first (where the hive is as defined, they change nothing).</source>
        <translation>start_phase is %1: the phases before %2 run first (where the hive is as defined, they change nothing).</translation>
    </message>
    <message>
        <source>-T: only the steps with these tags (comma-separated)</source>
        <translation>-T: only the steps with these tags (comma-separated)</translation>
    </message>
    <message>
        <source>%1 has no tags: -T chooses steps of setup-hosts only</source>
        <translation>%1 has no tags: -T chooses steps of setup-hosts only</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>no tags</translation>
    </message>
    <message>
        <source>the instances of %1 with their disks and Elastic IPs, its EFS file system, key pair, subnets, internet gateway and VPC (only what is tagged for this hive): everything on them is lost</source>
        <translation>the instances of %1 with their disks and Elastic IPs, its EFS file system, key pair, subnets, internet gateway and VPC (only what is tagged for this hive): everything on them is lost</translation>
    </message>
</context>
<context>
    <name>hive::gui::PhaseDurationChart</name>
    <message>
        <source>Durations of the phase across runs</source>
        <translation>Durations of the phase across runs</translation>
    </message>
    <message>
        <source>%1: seconds per run</source>
        <translation>%1: seconds per run</translation>
    </message>
    <message>
        <source>%1: seconds per run (log scale)</source>
        <translation>%1: seconds per run (log scale)</translation>
    </message>
</context>
<context>
    <name>hive::gui::PhasePipeline</name>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <source>%1 — start_phase: `hive all` starts here</source>
        <translation>%1 — start_phase: `hive all` starts here</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>some removed</source>
        <translation>some removed</translation>
    </message>
    <message>
        <source>some stopped</source>
        <translation>some stopped</translation>
    </message>
</context>
<context>
    <name>hive::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the chosen language at once; open files and unsaved edits are kept.</source>
        <translation>The window is rebuilt in the chosen language at once; open files and unsaved edits are kept.</translation>
    </message>
    <message>
        <source>&amp;Ask before a run changes the private stage</source>
        <translation>&amp;Ask before a run changes the private stage</translation>
    </message>
    <message>
        <source>A run on any other stage always asks first, naming the hive, the stage and the hosts.</source>
        <translation>A run on any other stage always asks first, naming the hive, the stage and the hosts.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>As the desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>only on demand</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Language and look</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>Hosts and runs</source>
        <translation>Hosts and runs</translation>
    </message>
    <message>
        <source>T&amp;erminal:</source>
        <translation>T&amp;erminal:</translation>
    </message>
    <message>
        <source>&amp;Health checks:</source>
        <translation>&amp;Health checks:</translation>
    </message>
    <message>
        <source>Open Terminal (the Hosts and Live tabs) runs “hive ssh” in it; the command is added at the end. Empty: the desktop&apos;s terminal (%1).</source>
        <translation>Open Terminal (the Hosts and Live tabs) runs “hive ssh” in it; the command is added at the end. Empty: the desktop&apos;s terminal (%1).</translation>
    </message>
</context>
<context>
    <name>hive::gui::ProblemsView</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>stage %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::ProjectDocument</name>
    <message>
        <source>%1 is not a hive project: it has no inventory folder</source>
        <translation>%1 is not a hive project: it has no inventory folder</translation>
    </message>
    <message>
        <source>Opened %1 (stage %2)</source>
        <translation>Opened %1 (stage %2)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the inventory in %1 ms: %n problem(s)</source>
        <translation>
            <numerusform>Loaded the inventory in %1 ms: %n problem</numerusform>
            <numerusform>Loaded the inventory in %1 ms: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::gui::ProjectTree</name>
    <message>
        <source>Hive %1</source>
        <translation>Hive %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n host(s))</source>
        <translation>
            <numerusform>%1 (%2, %n host)</numerusform>
            <numerusform>%1 (%2, %n hosts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>Services (%1)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>%1 (built from %2)</source>
        <translation>%1 (built from %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>DRBD, device %1</source>
        <translation>DRBD, device %1</translation>
    </message>
    <message>
        <source>NFS</source>
        <translation>NFS</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>driver</translation>
    </message>
    <message>
        <source>%1 → %2:%3 (%4)</source>
        <translation>%1 → %2:%3 (%4)</translation>
    </message>
    <message>
        <source>Networks (%1)</source>
        <translation>Networks (%1)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Add &amp;Service…</source>
        <translation>Add &amp;Service…</translation>
    </message>
    <message>
        <source>New Services &amp;File…</source>
        <translation>New Services &amp;File…</translation>
    </message>
    <message>
        <source>local on each host</source>
        <translation>local on each host</translation>
    </message>
    <message>
        <source>Volumes (%1)</source>
        <translation>Volumes (%1)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
</context>
<context>
    <name>hive::gui::RepairDialog</name>
    <message>
        <source>Repair — %1</source>
        <translation>Repair — %1</translation>
    </message>
    <message>
        <source>Same as: %1</source>
        <translation>Same as: %1</translation>
    </message>
    <message>
        <source>Step / host</source>
        <translation>Step / host</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What the commands print appears here.</source>
        <translation>What the commands print appears here.</translation>
    </message>
    <message>
        <source>&amp;Run Repair</source>
        <translation>&amp;Run Repair</translation>
    </message>
    <message>
        <source>Reading the hosts…</source>
        <translation>Reading the hosts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The hosts could not be read: %1</source>
        <translation>The hosts could not be read: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Nothing to do: %1</source>
        <translation>Nothing to do: %1</translation>
    </message>
    <message>
        <source>Read the plan. Nothing has changed yet; Run Repair runs exactly these commands on these hosts.</source>
        <translation>Read the plan. Nothing has changed yet; Run Repair runs exactly these commands on these hosts.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Running: %1</translation>
    </message>
    <message>
        <source>Nothing ran: %1</source>
        <translation>Nothing ran: %1</translation>
    </message>
    <message>
        <source>Repaired and verified: %1</source>
        <translation>Repaired and verified: %1</translation>
    </message>
    <message>
        <source>Cancelled during %1. The Health tab shows where the hive is now.</source>
        <translation>Cancelled during %1. The Health tab shows where the hive is now.</translation>
    </message>
    <message>
        <source>Failed during %1: the failed step above says why; the Health tab shows where the hive is now.</source>
        <translation>Failed during %1: the failed step above says why; the Health tab shows where the hive is now.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the hosts being read…</source>
        <translation>Cancelling: waiting for the hosts being read…</translation>
    </message>
    <message>
        <source>Cancel the repair?</source>
        <translation>Cancel the repair?</translation>
    </message>
    <message>
        <source>The repair stops at the next safe point (between steps); what ran so far stays done. Cancel it?</source>
        <translation>The repair stops at the next safe point (between steps); what ran so far stays done. Cancel it?</translation>
    </message>
    <message>
        <source>Cancelling at the next safe point…</source>
        <translation>Cancelling at the next safe point…</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>C&amp;hoose:</source>
        <translation>C&amp;hoose:</translation>
    </message>
    <message>
        <source>&amp;Plan This</source>
        <translation>&amp;Plan This</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(choose one)</translation>
    </message>
    <message>
        <source>&amp;Cancel Repair</source>
        <translation>&amp;Cancel Repair</translation>
    </message>
    <message>
        <source>&amp;Keep Repairing</source>
        <translation>&amp;Keep Repairing</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunController</name>
    <message>
        <source>a run is going on; cancel it or wait for it to end</source>
        <translation>a run is going on; cancel it or wait for it to end</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>no project is open</translation>
    </message>
    <message>
        <source>%1: nothing ran: %2</source>
        <translation>%1: nothing ran: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: done</translation>
    </message>
    <message>
        <source>%1: nothing changed</source>
        <translation>%1: nothing changed</translation>
    </message>
    <message>
        <source>%1: cancelled during %2</source>
        <translation>%1: cancelled during %2</translation>
    </message>
    <message>
        <source>%1: failed in %2</source>
        <translation>%1: failed in %2</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunFailurePanel</name>
    <message>
        <source>&lt;b&gt;%1 failed&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 failed&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed on %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;&lt;i&gt;What to try: %4&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 failed on %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;&lt;i&gt;What to try: %4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>the stage</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Retry Failed</translation>
    </message>
    <message>
        <source>Retry Failed (%1)</source>
        <translation>Retry Failed (%1)</translation>
    </message>
    <message>
        <source>Check the Host Keys</source>
        <translation>Check the Host Keys</translation>
    </message>
    <message>
        <source>No host of this stage is waiting for its key to be checked: each one is known or pinned. Run build-infra again.</source>
        <translation>No host of this stage is waiting for its key to be checked: each one is known or pinned. Run build-infra again.</translation>
    </message>
    <message>
        <source>Reading the Host Keys…</source>
        <translation>Reading the Host Keys…</translation>
    </message>
    <message>
        <source>Check Host Keys…</source>
        <translation>Check Host Keys…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; on %1: the run stopped at a safe point. Continue runs %2 there again, from where it stopped.</source>
        <translation>&lt;b&gt;Cancelled&lt;/b&gt; on %1: the run stopped at a safe point. Continue runs %2 there again, from where it stopped.</translation>
    </message>
    <message>
        <source>Continue (%1)</source>
        <translation>Continue (%1)</translation>
    </message>
    <message>
        <source>Write to %1…</source>
        <translation>Write to %1…</translation>
    </message>
    <message>
        <source>Write the Install Medium</source>
        <translation>Write the Install Medium</translation>
    </message>
    <message>
        <source>Write the install medium to %1 (%2)?</source>
        <translation>Write the install medium to %1 (%2)?</translation>
    </message>
    <message>
        <source>Everything on %1 is erased.</source>
        <translation>Everything on %1 is erased.</translation>
    </message>
    <message>
        <source>Erase and &amp;Write</source>
        <translation>Erase and &amp;Write</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunGridModel</name>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n step done</numerusform>
            <numerusform>%n steps done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not reached %2 yet</source>
        <translation>%1 has not reached %2 yet</translation>
    </message>
    <message>
        <source>%1 does not take part in %2</source>
        <translation>%1 does not take part in %2</translation>
    </message>
    <message>
        <source>(the stage)</source>
        <translation>(the stage)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>not reached yet in this run (the previous run had this step)</source>
        <translation>not reached yet in this run (the previous run had this step)</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunHistoryView</name>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Saved runs</translation>
    </message>
    <message>
        <source>never finished</source>
        <translation>never finished</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunLogView</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Search the log (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>&amp;Wrap</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Wrap long lines</translation>
    </message>
    <message>
        <source>Copy the lines shown</source>
        <translation>Copy the lines shown</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>All hosts</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunStatusStyle</name>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunTimelineChart</name>
    <message>
        <source>Timeline of the steps on each host</source>
        <translation>Timeline of the steps on each host</translation>
    </message>
    <message>
        <source>seconds since the phase began</source>
        <translation>seconds since the phase began</translation>
    </message>
    <message>
        <source>(the stage)</source>
        <translation>(the stage)</translation>
    </message>
</context>
<context>
    <name>hive::gui::ServiceActions</name>
    <message>
        <source>New Services &amp;File…</source>
        <translation>New Services &amp;File…</translation>
    </message>
    <message>
        <source>Add a service from a template: web server, database, worker</source>
        <translation>Add a service from a template: web server, database, worker</translation>
    </message>
    <message>
        <source>Start another services file in the project&apos;s inventory</source>
        <translation>Start another services file in the project&apos;s inventory</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>%1 exists but does not define services (it has no `plugin: hive_services`); add the service to it by hand or start a new services file</source>
        <translation>%1 exists but does not define services (it has no `plugin: hive_services`); add the service to it by hand or start a new services file</translation>
    </message>
    <message>
        <source>%1 is not a services file</source>
        <translation>%1 is not a services file</translation>
    </message>
    <message>
        <source>Add service %1</source>
        <translation>Add service %1</translation>
    </message>
    <message>
        <source>Added service %1 to %2: save the file to keep it</source>
        <translation>Added service %1 to %2: save the file to keep it</translation>
    </message>
    <message>
        <source>New Services File</source>
        <translation>New Services File</translation>
    </message>
    <message>
        <source>File name in inventory/ (.yml is added):</source>
        <translation>File name in inventory/ (.yml is added):</translation>
    </message>
    <message>
        <source>%1 cannot name a services file: use letters, digits, ., _ and -</source>
        <translation>%1 cannot name a services file: use letters, digits, ., _ and -</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 exists already</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>Add Service</translation>
    </message>
    <message>
        <source>%1 cannot be read (Problems says why): fix it first, or start a new services file</source>
        <translation>%1 cannot be read (Problems says why): fix it first, or start a new services file</translation>
    </message>
    <message>
        <source>The published ports of %1 could not be kept for %2: %3</source>
        <translation>The published ports of %1 could not be kept for %2: %3</translation>
    </message>
    <message>
        <source>%1 keeps the published ports %2 had (%3)</source>
        <translation>%1 keeps the published ports %2 had (%3)</translation>
    </message>
    <message>
        <source>Add Ser&amp;vice…</source>
        <translation>Add Ser&amp;vice…</translation>
    </message>
</context>
<context>
    <name>hive::gui::ServiceForm</name>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvice:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <source>Copy this service under a new name</source>
        <translation>Copy this service under a new name</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Rename this service (shows where the name is used)</source>
        <translation>Rename this service (shows where the name is used)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete this service (shows where the name is used)</source>
        <translation>Delete this service (shows where the name is used)</translation>
    </message>
    <message>
        <source>This file has no services yet: use Add…</source>
        <translation>This file has no services yet: use Add…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>&amp;Tag (pull an existing image)</source>
        <translation>&amp;Tag (pull an existing image)</translation>
    </message>
    <message>
        <source>&amp;Build (from an image, with roles)</source>
        <translation>&amp;Build (from an image, with roles)</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>Image tag</translation>
    </message>
    <message>
        <source>Change image</source>
        <translation>Change image</translation>
    </message>
    <message>
        <source>Use an image tag</source>
        <translation>Use an image tag</translation>
    </message>
    <message>
        <source>Build the image</source>
        <translation>Build the image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Resources and restart</source>
        <translation>Resources and restart</translation>
    </message>
    <message>
        <source>Initialize</source>
        <translation>Initialize</translation>
    </message>
    <message>
        <source>Backup scripts</source>
        <translation>Backup scripts</translation>
    </message>
    <message>
        <source>Log monitoring</source>
        <translation>Log monitoring</translation>
    </message>
    <message>
        <source>line %1: %2 = %3</source>
        <translation>line %1: %2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%n other place(s) in this file use the name %1:</source>
        <translation>
            <numerusform>%n other place in this file use the name %1:</numerusform>
            <numerusform>%n other places in this file use the name %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and update them</source>
        <translation>%1 and update them</translation>
    </message>
    <message>
        <source>%1 is not a free service name (letters, digits, - and _)</source>
        <translation>%1 is not a free service name (letters, digits, - and _)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>Duplicate %1 as %2</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Delete the service %1 from this file? (Undo brings it back.)</source>
        <translation>Delete the service %1 from this file? (Undo brings it back.)</translation>
    </message>
    <message>
        <source>Add a service from a template</source>
        <translation>Add a service from a template</translation>
    </message>
    <message>
        <source>Ansible cannot render them now: %1</source>
        <translation>Ansible cannot render them now: %1</translation>
    </message>
    <message>
        <source>(left out: the template gives omit)</source>
        <translation>(left out: the template gives omit)</translation>
    </message>
    <message>
        <source>Templates, as Ansible renders them</source>
        <translation>Templates, as Ansible renders them</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value in a deploy</source>
        <translation>Value in a deploy</translation>
    </message>
    <message>
        <source>Each value written with {{ … }} as deploy-services gives it to the service; passwords and other secrets show as ********.</source>
        <translation>Each value written with {{ … }} as deploy-services gives it to the service; passwords and other secrets show as ********.</translation>
    </message>
</context>
<context>
    <name>hive::gui::ServiceLogDialog</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Follow</translation>
    </message>
    <message>
        <source>Log of %1 — %2</source>
        <translation>Log of %1 — %2</translation>
    </message>
    <message>
        <source>Keep showing the newest lines</source>
        <translation>Keep showing the newest lines</translation>
    </message>
    <message>
        <source>Reading %1 on the repository server…</source>
        <translation>Reading %1 on the repository server…</translation>
    </message>
    <message>
        <source>no stage %1</source>
        <translation>no stage %1</translation>
    </message>
    <message numerus="yes">
        <source>The log ended (%n line(s)).</source>
        <translation>
            <numerusform>The log ended (%n line).</numerusform>
            <numerusform>The log ended (%n lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>Cannot read the log: %1</translation>
    </message>
    <message numerus="yes">
        <source>Following: %n line(s) so far.</source>
        <translation>
            <numerusform>Following: %n line so far.</numerusform>
            <numerusform>Following: %n lines so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Last %n minute</numerusform>
            <numerusform>Last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Last %n hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter lines (text)</source>
        <translation>Filter lines (text)</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown.</source>
        <translation>
            <numerusform>%1 of %n line shown.</numerusform>
            <numerusform>%1 of %n lines shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Filter by command, key or place</source>
        <translation>Filter by command, key or place</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
</context>
<context>
    <name>hive::gui::SourceView</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find in %1:</source>
        <translation>Find in %1:</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 not found</translation>
    </message>
</context>
<context>
    <name>hive::gui::StringListEditor</name>
    <message>
        <source>Add an item (Insert)</source>
        <translation>Add an item (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Remove the selected item (Delete)</translation>
    </message>
</context>
<context>
    <name>hive::gui::TopologyPage</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export Topology</source>
        <translation>Export Topology</translation>
    </message>
</context>
<context>
    <name>hive::gui::TopologyScene</name>
    <message>
        <source>The stage %1 is not defined in hive.yml.</source>
        <translation>The stage %1 is not defined in hive.yml.</translation>
    </message>
    <message>
        <source>%1 — stage %2</source>
        <translation>%1 — stage %2</translation>
    </message>
    <message numerus="yes">
        <source>provider %1 · %2 · %n host(s)</source>
        <translation>
            <numerusform>provider %1 · %2 · %n host</numerusform>
            <numerusform>provider %1 · %2 · %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Published ports</translation>
    </message>
    <message>
        <source>host mode</source>
        <translation>host mode</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>inside the hive only</source>
        <translation>inside the hive only</translation>
    </message>
    <message>
        <source>Published on the host where a task runs</source>
        <translation>Published on the host where a task runs</translation>
    </message>
    <message>
        <source>Ports from 10000 up are not reachable from outside the hive</source>
        <translation>Ports from 10000 up are not reachable from outside the hive</translation>
    </message>
    <message>
        <source>Published on every hive through the routing mesh</source>
        <translation>Published on every hive through the routing mesh</translation>
    </message>
    <message>
        <source>(address assigned at build)</source>
        <translation>(address assigned at build)</translation>
    </message>
    <message>
        <source>swarm manager</source>
        <translation>swarm manager</translation>
    </message>
    <message>
        <source>first hive</source>
        <translation>first hive</translation>
    </message>
    <message>
        <source>repository · registry · logs</source>
        <translation>repository · registry · logs</translation>
    </message>
    <message>
        <source>DRBD %1</source>
        <translation>DRBD %1</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(no zone)</translation>
    </message>
    <message>
        <source>Overlay networks</source>
        <translation>Overlay networks</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>global: one task on every hive</source>
        <translation>global: one task on every hive</translation>
    </message>
    <message>
        <source>replicas: %1</source>
        <translation>replicas: %1</translation>
    </message>
    <message>
        <source>placement: %1</source>
        <translation>placement: %1</translation>
    </message>
    <message>
        <source>ports: %1</source>
        <translation>ports: %1</translation>
    </message>
    <message>
        <source>volumes: %1</source>
        <translation>volumes: %1</translation>
    </message>
    <message>
        <source>standalone (own init, privileged)</source>
        <translation>standalone (own init, privileged)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>DRBD, mirrored on %1</source>
        <translation>DRBD, mirrored on %1</translation>
    </message>
    <message>
        <source>NFS, mounted on every hive</source>
        <translation>NFS, mounted on every hive</translation>
    </message>
    <message>
        <source>created on every hive</source>
        <translation>created on every hive</translation>
    </message>
    <message>
        <source>local to the host running the task</source>
        <translation>local to the host running the task</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — used by %4</source>
        <translation>%1 (%2) — %3 — used by %4</translation>
    </message>
    <message>
        <source>VPC %1</source>
        <translation>VPC %1</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>network %1</translation>
    </message>
    <message>
        <source>%1 · public %2</source>
        <translation>%1 · public %2</translation>
    </message>
    <message>
        <source>reached at %1</source>
        <translation>reached at %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more published port(s): each service&apos;s card lists its own</source>
        <translation>
            <numerusform>… %n more published port: each service&apos;s card lists its own</numerusform>
            <numerusform>… %n more published ports: each service&apos;s card lists its own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more DRBD volume(s)</source>
        <translation>
            <numerusform>… %n more DRBD volume</numerusform>
            <numerusform>… %n more DRBD volumes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::gui::TopologyView</name>
    <message>
        <source>Planned topology diagram</source>
        <translation>Planned topology diagram</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Hive topology</source>
        <translation>Hive topology</translation>
    </message>
</context>
<context>
    <name>hive::gui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Hive Studio&lt;/h1&gt;&lt;p&gt;Design, build, run and repair a highly available Docker Swarm site.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Hive Studio&lt;/h1&gt;&lt;p&gt;Design, build, run and repair a highly available Docker Swarm site.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Recent projects:</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>Start a hive with the setup wizard: its name, where its hosts come from, its first stage</source>
        <translation>Start a hive with the setup wizard: its name, where its hosts come from, its first stage</translation>
    </message>
    <message>
        <source>Open the &amp;Example Project (4 hosts on this machine&apos;s Docker, 3 services)</source>
        <translation>Open the &amp;Example Project (4 hosts on this machine&apos;s Docker, 3 services)</translation>
    </message>
</context>
<context>
    <name>hive::wizards::KickstartSettings</name>
    <message>
        <source>It is a &amp;USB stick</source>
        <translation>It is a &amp;USB stick</translation>
    </message>
    <message>
        <source>AlmaLinux, Rocky Linux or RHEL 8/9 DVD image</source>
        <translation>AlmaLinux, Rocky Linux or RHEL 8/9 DVD image</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>OS install &amp;medium:</source>
        <translation>OS install &amp;medium:</translation>
    </message>
    <message>
        <source>The OS&apos;s install medium</source>
        <translation>The OS&apos;s install medium</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>ISO images (*.iso);;All files (*)</translation>
    </message>
    <message>
        <source>an ISO file to write, or a device such as /dev/sdb</source>
        <translation>an ISO file to write, or a device such as /dev/sdb</translation>
    </message>
    <message>
        <source>This machine&apos;s disks. Those that must not be erased (its own system, or mounted) cannot be chosen; hover one to see why.</source>
        <translation>This machine&apos;s disks. Those that must not be erased (its own system, or mounted) cannot be chosen; hover one to see why.</translation>
    </message>
    <message>
        <source>The new install medium</source>
        <translation>The new install medium</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO images (*.iso)</translation>
    </message>
    <message>
        <source>The disk of each server the OS is installed on; all on it is erased.</source>
        <translation>The disk of each server the OS is installed on; all on it is erased.</translation>
    </message>
    <message>
        <source>e.g. 192.168.10.1, 192.168.10.2</source>
        <translation>e.g. 192.168.10.1, 192.168.10.2</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Bonded interfaces</source>
        <translation>Bonded interfaces</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Hosts&apos; addresses</source>
        <translation>Hosts&apos; addresses</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>Netmask</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Bonded interfaces: e.g. eth0, eth1 (802.3ad). The network ticked under &quot;Hosts&apos; addresses&quot; gets the stage&apos;s addresses.</source>
        <translation>Bonded interfaces: e.g. eth0, eth1 (802.3ad). The network ticked under &quot;Hosts&apos; addresses&quot; gets the stage&apos;s addresses.</translation>
    </message>
    <message>
        <source>Ne&amp;tworks:</source>
        <translation>Ne&amp;tworks:</translation>
    </message>
    <message>
        <source>A USB stick or disk…</source>
        <translation>A USB stick or disk…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>New med&amp;ium:</source>
        <translation>New med&amp;ium:</translation>
    </message>
    <message>
        <source>Install on dis&amp;k:</source>
        <translation>Install on dis&amp;k:</translation>
    </message>
    <message>
        <source>DNS &amp;servers:</source>
        <translation>DNS &amp;servers:</translation>
    </message>
    <message>
        <source>Add n&amp;etwork</source>
        <translation>Add n&amp;etwork</translation>
    </message>
    <message>
        <source>Remove net&amp;work</source>
        <translation>Remove net&amp;work</translation>
    </message>
    <message>
        <source>not to be erased</source>
        <translation>not to be erased</translation>
    </message>
</context>
<context>
    <name>hive::wizards::StageWizard</name>
    <message>
        <source>New Hive Project</source>
        <translation>New Hive Project</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>A project is a folder holding inventory/ (and later roles/ and .hive/).</source>
        <translation>A project is a folder holding inventory/ (and later roles/ and .hive/).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>A domain name: host names become hive0.&lt;name&gt;, hive1.&lt;name&gt;…</source>
        <translation>A domain name: host names become hive0.&lt;name&gt;, hive1.&lt;name&gt;…</translation>
    </message>
    <message>
        <source>Administrator &amp;e-mail:</source>
        <translation>Administrator &amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Written to inventory/group_vars/all.yml as hive_email and domain (certificates and notices use them).</source>
        <translation>Written to inventory/group_vars/all.yml as hive_email and domain (certificates and notices use them).</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Project folder</translation>
    </message>
    <message>
        <source>This folder has a hive already: the wizard adds a stage to its hive.yml and leaves the rest of the file as it is.</source>
        <translation>This folder has a hive already: the wizard adds a stage to its hive.yml and leaves the rest of the file as it is.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Which of the three sites of this hive are you setting up?</source>
        <translation>Which of the three sites of this hive are you setting up?</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Where the hosts of this stage will run.</source>
        <translation>Where the hosts of this stage will run.</translation>
    </message>
    <message>
        <source>Network and hosts</source>
        <translation>Network and hosts</translation>
    </message>
    <message>
        <source>Defaults suit most sites. The host plan below is computed by the same code as `hive list-hosts` while you type.</source>
        <translation>Defaults suit most sites. The host plan below is computed by the same code as `hive list-hosts` while you type.</translation>
    </message>
    <message>
        <source>&amp;CIDR:</source>
        <translation>&amp;CIDR:</translation>
    </message>
    <message>
        <source>Separate repository server</source>
        <translation>Separate repository server</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Number of &amp;hosts:</source>
        <translation>Number of &amp;hosts:</translation>
    </message>
    <message>
        <source>&amp;Memory per host:</source>
        <translation>&amp;Memory per host:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>&amp;Instance type:</translation>
    </message>
    <message>
        <source>Repository ins&amp;tance type:</source>
        <translation>Repository ins&amp;tance type:</translation>
    </message>
    <message>
        <source>Mirrored &amp;disk (GB):</source>
        <translation>Mirrored &amp;disk (GB):</translation>
    </message>
    <message>
        <source>IP &amp;addresses (one per line):</source>
        <translation>IP &amp;addresses (one per line):</translation>
    </message>
    <message>
        <source>&amp;Subnets:</source>
        <translation>&amp;Subnets:</translation>
    </message>
    <message>
        <source>Suggest &amp;from CIDR</source>
        <translation>Suggest &amp;from CIDR</translation>
    </message>
    <message>
        <source>Recompute addresses or subnets from the CIDR and number of hosts</source>
        <translation>Recompute addresses or subnets from the CIDR and number of hosts</translation>
    </message>
    <message>
        <source>Planned hosts:</source>
        <translation>Planned hosts:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Stored in .hive/persistents.yml with mode 0600, as `hive set` does; never written to logs. You can also set them later.</source>
        <translation>Stored in .hive/persistents.yml with mode 0600, as `hive set` does; never written to logs. You can also set them later.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Choose the project folder.</source>
        <translation>Choose the project folder.</translation>
    </message>
    <message>
        <source>Cannot add the stage: %1</source>
        <translation>Cannot add the stage: %1</translation>
    </message>
    <message>
        <source>The CIDR %1 is not a valid network (a.b.c.d/n).</source>
        <translation>The CIDR %1 is not a valid network (a.b.c.d/n).</translation>
    </message>
    <message>
        <source>%1 — design only, cannot build yet</source>
        <translation>%1 — design only, cannot build yet</translation>
    </message>
    <message>
        <source>for example pdns.example.jp</source>
        <translation>for example pdns.example.jp</translation>
    </message>
    <message>
        <source>&amp;Hive name:</source>
        <translation>&amp;Hive name:</translation>
    </message>
    <message>
        <source>optional, for example hostmaster@example.jp</source>
        <translation>optional, for example hostmaster@example.jp</translation>
    </message>
    <message>
        <source>optional, for example example.jp</source>
        <translation>optional, for example example.jp</translation>
    </message>
    <message>
        <source>%1 (this hive has it already)</source>
        <translation>%1 (this hive has it already)</translation>
    </message>
    <message>
        <source>The CIDR %1 overlaps stage %2&apos;s %3: choose another range.</source>
        <translation>The CIDR %1 overlaps stage %2&apos;s %3: choose another range.</translation>
    </message>
    <message>
        <source>%1 overlaps the Docker network %2 (%3) on this machine: build-infra cannot make the stage&apos;s network while it exists. Choose another range, or remove that network.</source>
        <translation>%1 overlaps the Docker network %2 (%3) on this machine: build-infra cannot make the stage&apos;s network while it exists. Choose another range, or remove that network.</translation>
    </message>
    <message>
        <source># Finish writes in %1:</source>
        <translation># Finish writes in %1:</translation>
    </message>
    <message>
        <source>#   inventory/hive.yml: stage %1 added, the rest as it is</source>
        <translation>#   inventory/hive.yml: stage %1 added, the rest as it is</translation>
    </message>
    <message>
        <source>#   inventory/hive.yml (new)</source>
        <translation>#   inventory/hive.yml (new)</translation>
    </message>
    <message>
        <source>#   inventory/group_vars/all.yml (new): %1</source>
        <translation>#   inventory/group_vars/all.yml (new): %1</translation>
    </message>
    <message>
        <source>#   .hive/persistents.yml (mode 0600), for stage %1:</source>
        <translation>#   .hive/persistents.yml (mode 0600), for stage %1:</translation>
    </message>
    <message>
        <source># inventory/hive.yml as it will read:</source>
        <translation># inventory/hive.yml as it will read:</translation>
    </message>
    <message>
        <source>Every file Finish writes and where, with any credentials it stores (their values are not shown), then hive.yml as it will read.</source>
        <translation>Every file Finish writes and where, with any credentials it stores (their values are not shown), then hive.yml as it will read.</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>default (%1)</translation>
    </message>
    <message>
        <source>AWS refused: %1</source>
        <translation>AWS refused: %1</translation>
    </message>
    <message>
        <source>Account %1 (%2).</source>
        <translation>Account %1 (%2).</translation>
    </message>
    <message>
        <source>Zones of %1: %2</source>
        <translation>Zones of %1: %2</translation>
    </message>
    <message>
        <source>The instance types chosen are offered there.</source>
        <translation>The instance types chosen are offered there.</translation>
    </message>
    <message>
        <source>Not offered there: %1. Choose another type on the Settings page.</source>
        <translation>Not offered there: %1. Choose another type on the Settings page.</translation>
    </message>
    <message>
        <source>&amp;Check with AWS</source>
        <translation>&amp;Check with AWS</translation>
    </message>
    <message>
        <source>Asks AWS whose key this is, the region&apos;s zones and whether it offers the instance types chosen. With the fields empty, the key of AWS_ACCESS_KEY_ID or ~/.aws/credentials is used. Nothing is created.</source>
        <translation>Asks AWS whose key this is, the region&apos;s zones and whether it offers the instance types chosen. With the fields empty, the key of AWS_ACCESS_KEY_ID or ~/.aws/credentials is used. Nothing is created.</translation>
    </message>
    <message>
        <source>Give both the access key ID and the secret access key, or neither (to use AWS_ACCESS_KEY_ID or ~/.aws/credentials).</source>
        <translation>Give both the access key ID and the secret access key, or neither (to use AWS_ACCESS_KEY_ID or ~/.aws/credentials).</translation>
    </message>
    <message>
        <source>Give the region on the Settings page first.</source>
        <translation>Give the region on the Settings page first.</translation>
    </message>
    <message>
        <source>Asking AWS…</source>
        <translation>Asking AWS…</translation>
    </message>
    <message>
        <source>Providers marked &quot;design only&quot;: this version writes such a stage to hive.yml and checks it, but cannot make its hosts yet (Run, Halt and Destroy stay off for it in the Build tab).</source>
        <translation>Providers marked &quot;design only&quot;: this version writes such a stage to hive.yml and checks it, but cannot make its hosts yet (Run, Halt and Destroy stay off for it in the Build tab).</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>Credentials of %1.</source>
        <translation>Credentials of %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The machine types chosen are offered there.</source>
        <translation>The machine types chosen are offered there.</translation>
    </message>
    <message>
        <source>Google Cloud&apos;s key is a service account&apos;s JSON key: put it in the project folder as gcp_credential.json (mode 0600), where hive-builder reads it too, or name it with GOOGLE_APPLICATION_CREDENTIALS. It is not copied or shown here.</source>
        <translation>Google Cloud&apos;s key is a service account&apos;s JSON key: put it in the project folder as gcp_credential.json (mode 0600), where hive-builder reads it too, or name it with GOOGLE_APPLICATION_CREDENTIALS. It is not copied or shown here.</translation>
    </message>
    <message>
        <source>Asking Google Cloud with the key of %1…</source>
        <translation>Asking Google Cloud with the key of %1…</translation>
    </message>
    <message>
        <source>Give all four (client id, secret, subscription id and tenant), or none (to use the AZURE_* variables or ~/.azure/credentials).</source>
        <translation>Give all four (client id, secret, subscription id and tenant), or none (to use the AZURE_* variables or ~/.azure/credentials).</translation>
    </message>
    <message>
        <source>Asking Azure…</source>
        <translation>Asking Azure…</translation>
    </message>
    <message>
        <source>&amp;Check with Google Cloud</source>
        <translation>&amp;Check with Google Cloud</translation>
    </message>
    <message>
        <source>Asks Google Cloud, with the project&apos;s gcp_credential.json, for its project, the region&apos;s zones and whether it offers the machine types chosen. Nothing is created.</source>
        <translation>Asks Google Cloud, with the project&apos;s gcp_credential.json, for its project, the region&apos;s zones and whether it offers the machine types chosen. Nothing is created.</translation>
    </message>
    <message>
        <source>&amp;Check with Azure</source>
        <translation>&amp;Check with Azure</translation>
    </message>
    <message>
        <source>Asks Azure for the subscription, whether the region is one of it, and where it offers the VM sizes chosen. With the fields empty, the AZURE_* variables or ~/.azure/credentials are used. Nothing is created.</source>
        <translation>Asks Azure for the subscription, whether the region is one of it, and where it offers the VM sizes chosen. With the fields empty, the AZURE_* variables or ~/.azure/credentials are used. Nothing is created.</translation>
    </message>
    <message>
        <source>Google Cloud&apos;s key stays a file of its own; check it here before anything is written.</source>
        <translation>Google Cloud&apos;s key stays a file of its own; check it here before anything is written.</translation>
    </message>
</context>
<context>
    <name>hive::wizards::VagrantSettings</name>
    <message>
        <source>On this machine: %1</source>
        <translation>On this machine: %1</translation>
    </message>
    <message>
        <source>The Vagrant box the machines start from (image_name). Boxes this machine has are listed; any box of Vagrant Cloud can be typed.</source>
        <translation>The Vagrant box the machines start from (image_name). Boxes this machine has are listed; any box of Vagrant Cloud can be typed.</translation>
    </message>
    <message>
        <source>the box&apos;s</source>
        <translation>the box&apos;s</translation>
    </message>
    <message>
        <source>C&amp;PUs per machine:</source>
        <translation>C&amp;PUs per machine:</translation>
    </message>
    <message>
        <source>Private to this machine</source>
        <translation>Private to this machine</translation>
    </message>
    <message>
        <source>Bridged through a new bridge</source>
        <translation>Bridged through a new bridge</translation>
    </message>
    <message>
        <source>Bridged through an existing bridge (libvirt)</source>
        <translation>Bridged through an existing bridge (libvirt)</translation>
    </message>
    <message>
        <source>Private: only this machine reaches the hosts. Bridged: the hosts are on the outside network, at the stage&apos;s addresses.</source>
        <translation>Private: only this machine reaches the hosts. Bridged: the hosts are on the outside network, at the stage&apos;s addresses.</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Net&amp;work:</translation>
    </message>
    <message>
        <source>name of the bridge to make, e.g. brHive</source>
        <translation>name of the bridge to make, e.g. brHive</translation>
    </message>
    <message>
        <source>this machine&apos;s bridge, e.g. br0</source>
        <translation>this machine&apos;s bridge, e.g. br0</translation>
    </message>
    <message>
        <source>B&amp;ox:</source>
        <translation>B&amp;ox:</translation>
    </message>
    <message>
        <source>Brid&amp;ge:</source>
        <translation>Brid&amp;ge:</translation>
    </message>
</context>
</TS>
