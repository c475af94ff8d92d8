#pragma once

#include <QString>

namespace hive {

// Durations and sizes as service definitions write them (the forms Docker
// and Compose accept), read into the numbers the Docker Engine API takes.
class QuantityText
{
public:
    // "1h2m3s", "1m30s", "500ms", "10us", "250ns", "1.5s"; a bare number is
    // seconds. False for anything else.
    static bool nanoseconds(const QString &text, qint64 &out);
    // "512M", "1g", "64k", "100b", "1024" (bytes); units are powers of 1024.
    static bool bytes(const QString &text, qint64 &out);
    // A disk size as stages write it, in whole GiB rounded up: a bare number
    // is GiB already (hive-builder's form); "20G", "512M", "1T", "20GiB",
    // "20GB" are sizes. False for anything else, zero or negative.
    static bool gibibytes(const QString &text, int &out);
    // A memory size as stages write it (memory_size), in MiB: a bare number
    // is MB already (hive-builder's form); "4G", "512M" are sizes. False for
    // anything else, zero or negative.
    static bool mebibytes(const QString &text, int &out);
};

} // namespace hive
