#pragma once

#include <QString>

// The benchmarks' generated project: `services` services spread over `files`
// definition files (3 ports each, a DRBD volume on every 4th service), with
// a private stage on vagrant (a provider hive-builder knows too, for the
// side-by-side run) and a production stage on AWS.
class GeneratedProject
{
public:
    // Writes ROOT/inventory/...; returns the inventory folder.
    static QString write(const QString &root, int services, int files);
};
