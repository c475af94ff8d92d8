#include "project/project_scaffold.h"

#include "data/yaml_text_editor.h"
#include "data/yaml_writer.h"
#include "inventory/value_grammar.h"
#include "project/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::ProjectScaffold", text);
}

bool writeNew(const QString &path, const QByteArray &bytes, QString &error)
{
    if (QFileInfo::exists(path)) {
        error = tr("%1 exists already; it was left as it is").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return AtomicFile::write(path, bytes, error);
}
} // namespace

bool ProjectScaffold::validHiveName(const QString &name, QString &error)
{
    // Host names are <prefix><custom_hostname><n>.<name>: each label a DNS label.
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (name.isEmpty()) {
        error = tr("Give the hive a name: a domain name such as pdns.example.jp.");
        return false;
    }
    if (name.size() > 200) {
        error = tr("The hive name is too long for host names (at most 200 characters).");
        return false;
    }
    for (const QString &part : name.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch()) {
            error = tr("%1 is not a domain name: use lower-case letters, digits and hyphens "
                       "(not at either end) between dots.")
                        .arg(name);
            return false;
        }
    }
    return true;
}

Expected<void> ProjectScaffold::checkContacts(const QString &email, const QString &domain)
{
    static const QRegularExpression address(QStringLiteral(
        "^[^@\\s]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*"
        "[A-Za-z0-9])?)+$"));
    if (!email.isEmpty() && !address.match(email).hasMatch())
        return unexpected(
            tr("%1 is not an e-mail address (name@example.jp); leave it empty to set it later.")
                .arg(email));
    if (!domain.isEmpty() && (!ValueGrammar::matches(ValueGrammar::Kind::DnsName, domain) ||
                              !domain.contains(QLatin1Char('.'))))
        return unexpected(tr("%1 is not a domain name (example.jp); leave it empty to set it "
                             "later.")
                              .arg(domain));
    return {};
}

QByteArray ProjectScaffold::hiveFile(const QString &hiveName, const StageDraft &stage)
{
    Value root = Value::map();
    root.insert(QStringLiteral("plugin"), Value::string(QStringLiteral("hive_inventory")));
    root.insert(QStringLiteral("name"), Value::string(hiveName));
    Value stages = Value::map();
    stages.insert(stage.stage, stage.toValue());
    root.insert(QStringLiteral("stages"), stages);
    return "# Hive definition written by the Hive Studio setup wizard.\n" +
           YamlWriter::writeInOrder(root, 0);
}

QByteArray ProjectScaffold::groupVarsFile(const QString &email, const QString &domain)
{
    Value vars = Value::map();
    if (!email.isEmpty())
        vars.insert(QStringLiteral("hive_email"), Value::string(email));
    if (!domain.isEmpty())
        vars.insert(QStringLiteral("domain"), Value::string(domain));
    return vars.size() == 0 ? QByteArray("{}\n") : YamlWriter::writeInOrder(vars, 0);
}

bool ProjectScaffold::hiveFileWithStage(const QByteArray &existing, const StageDraft &stage,
                                        QByteArray &out, QString &error)
{
    YamlTextEditor ed(existing);
    if (!ed.parses()) {
        error = tr("hive.yml does not read as YAML; fix it first");
        return false;
    }
    if (ed.find({QStringLiteral("stages"), stage.stage})) {
        error = tr("the stage %1 is defined already").arg(stage.stage);
        return false;
    }
    if (!ed.setValue({QStringLiteral("stages"), stage.stage}, stage.toValue())) {
        error = ed.lastError();
        return false;
    }
    out = ed.text();
    return true;
}

bool ProjectScaffold::createProject(const QString &rootDir, const QString &hiveName,
                                    const QString &email, const QString &domain,
                                    const StageDraft &stage, QString &error)
{
    if (!validHiveName(hiveName, error))
        return false;
    const QDir root(rootDir);
    return writeNew(root.filePath(QStringLiteral("inventory/hive.yml")), hiveFile(hiveName, stage),
                    error) &&
           writeNew(root.filePath(QStringLiteral("inventory/group_vars/all.yml")),
                    groupVarsFile(email, domain), error);
}

bool ProjectScaffold::addStage(const QString &hiveFilePath, const StageDraft &stage, QString &error)
{
    QFile in(hiveFilePath);
    if (!in.open(QIODevice::ReadOnly)) {
        error = tr("cannot read %1: %2").arg(hiveFilePath, in.errorString());
        return false;
    }
    QByteArray out;
    if (!hiveFileWithStage(in.readAll(), stage, out, error))
        return false;
    in.close();
    return AtomicFile::write(hiveFilePath, out, error);
}

} // namespace hive
