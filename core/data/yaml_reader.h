#pragma once

#include "data/value.h"
#include "diagnostics/diagnostic_list.h"

#include <QByteArray>
#include <QString>

namespace hive {

// Reads one YAML document into a Value tree with the scalar typing of
// PyYAML's SafeLoader (YAML 1.1: yes/no/on/off are booleans, 0755 is octal,
// 1:30 is sexagesimal, 1e3 is a string), which is what Ansible and therefore
// hive-builder see. Duplicate keys, merge keys (<<), tags and aliases are
// handled. Hostile input (binary data, huge files, alias bombs, deep nesting)
// is reported as a diagnostic and never crashes or exhausts memory.
class YamlReader
{
public:
    struct Limits
    {
        qint64 maxFileBytes = 8 * 1024 * 1024;
        int maxDepth = 64;
        qint64 maxNodes = 2'000'000; // after alias expansion
    };

    struct Result
    {
        bool ok = false;    // a document was read (it may still carry warnings)
        bool empty = false; // the file holds no document at all
        Value root;
    };

    YamlReader() = default;
    explicit YamlReader(const Limits &limits) : m_limits(limits) {}

    Result readFile(const QString &path, DiagnosticList &diags) const;
    // Reads a file's bytes within the size limit; problems go to diags.
    bool readFileBytes(const QString &path, QByteArray &out, DiagnosticList &diags) const;
    Result readBytes(const QByteArray &bytes, const QString &fileName, DiagnosticList &diags) const;

    // The YAML 1.1 typing of a plain (unquoted) scalar: "yes" -> true, "012" -> 10...
    static Value resolvePlainScalar(const QString &text, const SourceMark &mark);

private:
    Limits m_limits;
};

} // namespace hive
