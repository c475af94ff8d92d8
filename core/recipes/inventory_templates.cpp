#include "recipes/inventory_templates.h"

#include "data/json_writer.h"
#include "engine/secret_masking_sink.h"
#include "inventory/inventory.h"
#include "project/project.h"
#include "remote/local_command.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace hive {

namespace {

// A step from a value to one inside it: a mapping key or a list position.
struct Segment
{
    QString key;
    int index = -1;
};

struct Templated
{
    QString host;
    QList<Segment> path;
    QString text;
    SourceMark mark;
};

// Left where Ansible's `omit` was rendered; pruned before the value is used.
const QString kOmitted = QStringLiteral("\x01hive-omitted\x01");

bool isTemplate(const QString &s)
{
    return s.contains(QLatin1String("{{")) || s.contains(QLatin1String("{%"));
}

void collect(const QString &host, const Value &value, QList<Segment> &path, QList<Templated> &out)
{
    if (value.isString() && isTemplate(value.toString())) {
        out << Templated{host, path, value.toString(), value.mark()};
    } else if (value.isMap()) {
        for (const Value::Entry &e : value.entries()) {
            path << Segment{e.key};
            collect(host, e.value, path, out);
            path.removeLast();
        }
    } else if (value.isList()) {
        for (int i = 0; i < int(value.items().size()); ++i) {
            path << Segment{QString(), i};
            collect(host, value.items().at(size_t(i)), path, out);
            path.removeLast();
        }
    }
}

QString pathText(const QList<Segment> &path)
{
    QStringList parts;
    for (const Segment &s : path)
        parts << (s.index >= 0 ? QString::number(s.index) : s.key);
    return parts.join(QLatin1Char('.'));
}

Value fromJson(const QJsonValue &j, const SourceMark &mark)
{
    switch (j.type()) {
    case QJsonValue::Bool:
        return Value::boolean(j.toBool(), mark);
    case QJsonValue::Double: {
        const double d = j.toDouble();
        if (qAbs(d) < 9.0e15 && d == double(qint64(d)))
            return Value::integer(qint64(d), mark);
        return Value::real(d, mark);
    }
    case QJsonValue::String:
        return Value::string(j.toString(), mark);
    case QJsonValue::Array: {
        Value list = Value::list({}, mark);
        for (const QJsonValue &item : j.toArray())
            list.append(fromJson(item, mark));
        return list;
    }
    case QJsonValue::Object: {
        Value map = Value::map({}, mark);
        const QJsonObject o = j.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            map.appendEntry(it.key(), fromJson(it.value(), mark));
        return map;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Value::null(mark);
}

void setAt(Value &root, const QList<Segment> &path, int at, const Value &value)
{
    if (at == path.size()) {
        root = value;
        return;
    }
    const Segment &s = path.at(at);
    if (s.index >= 0 && root.isList() && s.index < int(root.items().size()))
        setAt(root.itemsRef()[size_t(s.index)], path, at + 1, value);
    else if (s.index < 0 && root.isMap()) {
        for (Value::Entry &e : root.entriesRef()) {
            if (e.key == s.key) {
                setAt(e.value, path, at + 1, value);
                return;
            }
        }
    }
}

// Removes what `omit` left out: the keys and list items it was rendered in.
void prune(Value &value)
{
    if (value.isMap()) {
        Value::Map &entries = value.entriesRef();
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [](const Value::Entry &e) {
                                         return e.value.isString() &&
                                                e.value.toString() == kOmitted;
                                     }),
                      entries.end());
        for (Value::Entry &e : entries)
            prune(e.value);
    } else if (value.isList()) {
        Value::List &items = value.itemsRef();
        items.erase(
            std::remove_if(items.begin(), items.end(),
                           [](const Value &v) { return v.isString() && v.toString() == kOmitted; }),
            items.end());
        for (Value &v : items)
            prune(v);
    }
}

void writeKey(const QString &key, QByteArray &out)
{
    JsonWriter::writeString(key, out);
    out += ':';
}

} // namespace

InventoryTemplates::Context InventoryTemplates::Context::of(const Project &project,
                                                            const QString &phase)
{
    Context c;
    c.rootDir = project.rootDir();
    c.inventoryDir = project.inventoryDir();
    c.contextDir = project.contextDir();
    c.stage = project.stage();
    c.phase = phase;
    return c;
}

QString InventoryTemplates::Problem::format(const QString &rootDir) const
{
    QString where;
    if (mark.isKnown()) {
        const QString file =
            rootDir.isEmpty() ? mark.file : QDir(rootDir).relativeFilePath(mark.file);
        where = QStringLiteral("%1:%2: ").arg(file).arg(mark.line);
    }
    return tr("%1%2 of %3: %4").arg(where, key, host, message);
}

bool InventoryTemplates::hasTemplates(const Value &value)
{
    if (value.isString())
        return isTemplate(value.toString());
    if (value.isMap()) {
        for (const Value::Entry &e : value.entries()) {
            if (hasTemplates(e.value))
                return true;
        }
    } else if (value.isList()) {
        for (const Value &v : value.items()) {
            if (hasTemplates(v))
                return true;
        }
    }
    return false;
}

bool InventoryTemplates::isSecret(const QString &key, const Value &raw)
{
    static const QRegularExpression secretName(
        QStringLiteral("(pass(word|wd)?|secret|token|private_?key|credential|api_?key)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression passwordLookup(
        QStringLiteral("lookup\\s*\\(\\s*['\"]password['\"]"));
    return secretName.match(key).hasMatch() ||
           (raw.isString() && passwordLookup.match(raw.toString()).hasMatch());
}

namespace {

// Secrets shorter than this are not looked for inside other text: a
// two-letter value would mask half of every log line.
constexpr int kShortestMaskedSecret = 4;

void collectSecrets(const Value &value, const Value &raw, bool secret, QStringList &out)
{
    if (value.isMap()) {
        for (const Value::Entry &e : value.entries()) {
            const Value rawEntry = raw.isMap() ? raw.value(e.key) : Value();
            collectSecrets(e.value, rawEntry,
                           secret || InventoryTemplates::isSecret(e.key, rawEntry), out);
        }
    } else if (value.isList()) {
        for (int i = 0; i < int(value.items().size()); ++i) {
            const Value rawItem =
                raw.isList() && i < int(raw.items().size()) ? raw.items().at(size_t(i)) : Value();
            collectSecrets(value.items().at(size_t(i)), rawItem, secret, out);
        }
    } else if (secret && !value.isNull()) {
        // Output comes a line at a time: a secret of several lines (a
        // private key) is looked for line by line too.
        const QString text = value.toString();
        QStringList forms{text};
        if (text.contains(QLatin1Char('\n')))
            forms << text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &form : std::as_const(forms)) {
            if (form.trimmed().size() >= kShortestMaskedSecret && !out.contains(form))
                out << form;
        }
    }
}

// Secret values masked whole; other strings with a secret inside
// ("mysql://app:{{ db_password }}@db") masked where it appears.
Value maskedValue(const Value &value, const Value &raw, bool secret, const QStringList &secrets)
{
    if (value.isMap()) {
        Value out = Value::map({}, value.mark());
        for (const Value::Entry &e : value.entries()) {
            const Value rawEntry = raw.isMap() ? raw.value(e.key) : Value();
            out.appendEntry(e.key,
                            maskedValue(e.value, rawEntry,
                                        secret || InventoryTemplates::isSecret(e.key, rawEntry),
                                        secrets));
        }
        return out;
    }
    if (value.isList()) {
        Value out = Value::list({}, value.mark());
        for (int i = 0; i < int(value.items().size()); ++i) {
            const Value rawItem =
                raw.isList() && i < int(raw.items().size()) ? raw.items().at(size_t(i)) : Value();
            out.append(maskedValue(value.items().at(size_t(i)), rawItem, secret, secrets));
        }
        return out;
    }
    if (secret && !value.isNull())
        return Value::string(SecretMaskingSink::maskWord(), value.mark());
    if (value.isString()) {
        const QString text = SecretMaskingSink::mask(value.toString(), secrets);
        if (text != value.toString())
            return Value::string(text, value.mark());
    }
    return value;
}

} // namespace

QStringList InventoryTemplates::secretValues(const Value &rendered, const Value &raw)
{
    QStringList out;
    collectSecrets(rendered, raw, false, out);
    return out;
}

QStringList InventoryTemplates::secretValues(const Inventory &inventory)
{
    QStringList out;
    for (const Inventory::Host &h : inventory.hosts()) {
        for (const QString &secret :
             secretValues(inventory.flattenedHostVars(h.name), inventory.writtenHostVars(h.name))) {
            if (!out.contains(secret))
                out << secret;
        }
    }
    return out;
}

Value InventoryTemplates::masked(const Value &rendered, const Value &raw)
{
    return maskedValue(rendered, raw, false, secretValues(rendered, raw));
}

QList<InventoryTemplates::RenderedTemplate>
InventoryTemplates::renderedTemplates(const Value &written, const Value &rendered)
{
    QList<Templated> templated;
    QList<Segment> path;
    collect(QString(), written, path, templated);
    QList<RenderedTemplate> out;
    for (const Templated &t : std::as_const(templated)) {
        RenderedTemplate r;
        QStringList parts;
        const Value *at = &rendered;
        for (const Segment &s : t.path) {
            parts << (s.index >= 0 ? QString::number(s.index) : s.key);
            if (!at)
                continue;
            if (s.index >= 0)
                at = at->isList() && s.index < int(at->items().size())
                         ? &at->items().at(size_t(s.index))
                         : nullptr;
            else
                at = at->isMap() ? at->find(s.key) : nullptr;
        }
        // The file writes a service's attributes without hive_.
        if (!parts.isEmpty() && parts.first().startsWith(QLatin1String("hive_")))
            parts.first() = parts.first().mid(5);
        r.key = parts.join(QLatin1Char('.'));
        r.mark = t.mark;
        r.leftOut = !at;
        if (at)
            r.text = at->isMap() || at->isList() ? QString::fromUtf8(JsonWriter::write(*at))
                                                 : at->text();
        out << r;
    }
    return out;
}

QString InventoryTemplates::ansiblePython()
{
    const QString playbook = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (playbook.isEmpty())
        return {};
    QFile f(playbook);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // "#!/usr/bin/python3", "#! /usr/bin/python3" or "#!/usr/bin/env python3".
    const QString line = QString::fromUtf8(f.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("#!")))
        return {};
    QStringList words = line.mid(2).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.first().endsWith(QLatin1String("/env")))
        words.removeFirst();
    if (words.isEmpty())
        return {};
    return words.first().startsWith(QLatin1Char('/'))
               ? words.first()
               : QStandardPaths::findExecutable(words.first());
}

bool InventoryTemplates::render(Inventory &inventory, const QStringList &hosts,
                                const Context &context, QList<Problem> &problems, QString &error)
{
    problems.clear();
    QList<Templated> templated;
    QHash<QString, Value> raw;
    for (const Inventory::Host &h : inventory.hosts())
        raw.insert(h.name, inventory.flattenedHostVars(h.name));
    for (const QString &host : hosts) {
        QList<Segment> path;
        collect(host, raw.value(host), path, templated);
    }
    if (templated.isEmpty())
        return true;

    const QString python = ansiblePython();
    if (python.isEmpty()) {
        error = tr("the inventory has Jinja2 templates (%1 of %2, …) and rendering them needs "
                   "Ansible: install it (Debian: apt-get install ansible-core)")
                    .arg(pathText(templated.first().path), templated.first().host);
        return false;
    }

    // The request: every host's variables (hostvars), the groups, the extra
    // variables and the templates. In a 0600 file: it may hold secrets.
    QByteArray request = "{";
    writeKey(QStringLiteral("inventory_dir"), request);
    JsonWriter::writeString(context.inventoryDir, request);
    request += ',';
    writeKey(QStringLiteral("hosts"), request);
    request += '{';
    bool first = true;
    for (const Inventory::Host &h : inventory.hosts()) {
        if (!first)
            request += ',';
        first = false;
        writeKey(h.name, request);
        request += JsonWriter::write(raw.value(h.name));
    }
    request += "},";
    writeKey(QStringLiteral("groups"), request);
    request += '{';
    first = true;
    for (const Inventory::Group &g : inventory.groups()) {
        if (!first)
            request += ',';
        first = false;
        writeKey(g.name, request);
        request += '[';
        const QStringList members = inventory.hostsOf(g.name);
        for (int i = 0; i < members.size(); ++i) {
            if (i > 0)
                request += ',';
            JsonWriter::writeString(members.at(i), request);
        }
        request += ']';
    }
    request += "},";
    writeKey(QStringLiteral("extra"), request);
    const QList<QPair<QString, QString>> extra{
        {QStringLiteral("hive_root_dir"), context.rootDir},
        {QStringLiteral("hive_stage"), context.stage},
        {QStringLiteral("hive_context_dir"), context.contextDir},
        {QStringLiteral("hive_temp_dir"), QStringLiteral("/var/tmp/hive")},
        {QStringLiteral("hive_phase"), context.phase}};
    request += '{';
    for (int i = 0; i < extra.size(); ++i) {
        if (i > 0)
            request += ',';
        writeKey(extra.at(i).first, request);
        JsonWriter::writeString(extra.at(i).second, request);
    }
    request += "},";
    writeKey(QStringLiteral("syntax_only"), request);
    request += context.syntaxOnly ? "true," : "false,";
    writeKey(QStringLiteral("preview"), request);
    request += context.preview ? "true," : "false,";
    writeKey(QStringLiteral("omit"), request);
    JsonWriter::writeString(kOmitted, request);
    request += ',';
    writeKey(QStringLiteral("templates"), request);
    request += '[';
    for (int i = 0; i < templated.size(); ++i) {
        if (i > 0)
            request += ',';
        request += '{';
        writeKey(QStringLiteral("host"), request);
        JsonWriter::writeString(templated.at(i).host, request);
        request += ',';
        writeKey(QStringLiteral("template"), request);
        JsonWriter::writeString(templated.at(i).text, request);
        request += '}';
    }
    request += "]}";

    // A folder of our own (0700): nobody else can put a module beside the
    // script or read the request; Python runs isolated (-I: neither the
    // script's folder nor the user's site on its path).
    const QByteArray script = helperScript();
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/hive-render-XXXXXX"));
    QFile requestFile(work.filePath(QStringLiteral("request.json")));
    QFile scriptFile(work.filePath(QStringLiteral("render.py")));
    if (!work.isValid() || !requestFile.open(QIODevice::WriteOnly) ||
        requestFile.write(request) != request.size() || !requestFile.flush() ||
        !scriptFile.open(QIODevice::WriteOnly) || scriptFile.write(script) != script.size() ||
        !scriptFile.flush()) {
        error = tr("cannot write the templates for Ansible to %1").arg(QDir::tempPath());
        return false;
    }
    requestFile.close();
    scriptFile.close();
    LocalCommand::Options options;
    options.timeoutMs = context.timeoutMs;
    options.workingDir = context.inventoryDir;
    // Ansible's own chatter (deprecation notices) stays out of the answer.
    options.environment << QStringLiteral("ANSIBLE_DEPRECATION_WARNINGS=False")
                        << QStringLiteral("ANSIBLE_LOCALHOST_WARNING=False");
    options.cancel = context.cancel;
    const CommandResult r = LocalCommand::run(
        python, {QStringLiteral("-I"), scriptFile.fileName(), requestFile.fileName()}, options);
    const QJsonObject answer = QJsonDocument::fromJson(r.stdoutText.toUtf8()).object();
    if (!answer.contains(QStringLiteral("results"))) {
        const QString why =
            r.failure().isEmpty() ? tr("exit code %1").arg(r.exitCode) : r.failure();
        error = tr("Ansible could not render the inventory's templates: %1")
                    .arg(why.section(QLatin1Char('\n'), -3));
        return false;
    }
    const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
    if (results.size() != templated.size()) {
        error = tr("Ansible rendered %1 of %2 templates").arg(results.size()).arg(templated.size());
        return false;
    }
    QHash<QString, Value> rendered;
    for (int i = 0; i < templated.size(); ++i) {
        const Templated &t = templated.at(i);
        const QJsonObject o = results.at(i).toObject();
        if (o.contains(QStringLiteral("error"))) {
            problems << Problem{t.host, pathText(t.path), t.mark,
                                o.value(QStringLiteral("error")).toString()};
            continue;
        }
        if (!rendered.contains(t.host))
            rendered.insert(t.host, raw.value(t.host));
        setAt(rendered[t.host], t.path, 0,
              o.value(QStringLiteral("omit")).toBool()
                  ? Value::string(kOmitted)
                  : fromJson(o.value(QStringLiteral("value")), t.mark));
    }
    if (!problems.isEmpty() || context.syntaxOnly)
        return problems.isEmpty();
    for (auto it = rendered.begin(); it != rendered.end(); ++it) {
        prune(it.value());
        inventory.setRenderedHostVars(it.key(), it.value());
    }
    return true;
}

QByteArray InventoryTemplates::helperScript()
{
    // Ansible's Templar with the host's variables; hostvars renders lazily
    // as Ansible's does. Each template is rendered alone, so one failure
    // names its own template and the others still render.
    return QByteArrayLiteral(R"PY(
import json
import os
import sys
from collections.abc import Mapping


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        req = json.load(f)
    from ansible.parsing.dataloader import DataLoader
    from ansible.template import Templar

    loader = DataLoader()
    loader.set_basedir(req['inventory_dir'])
    hosts = req['hosts']
    groups = req['groups']
    omit = req['omit']
    templars = {}

    # Marked __UNSAFE__, Templar hands these back as they are instead of
    # rendering every variable of every host: a value is rendered when a
    # template reads it, as Ansible's own HostVars does.
    class HostVarsOf(Mapping):
        __UNSAFE__ = True

        def __init__(self, host):
            self.host = host

        def __getitem__(self, key):
            return templar_of(self.host).template(hosts[self.host][key])

        def __iter__(self):
            return iter(hosts[self.host])

        def __len__(self):
            return len(hosts[self.host])

    class HostVars(Mapping):
        __UNSAFE__ = True

        def __getitem__(self, host):
            if host not in hosts:
                raise KeyError(host)
            return HostVarsOf(host)

        def __iter__(self):
            return iter(hosts)

        def __len__(self):
            return len(hosts)

    def templar_of(host):
        if host not in templars:
            variables = dict(hosts.get(host, {}))
            variables.update(req['extra'])
            variables.update({
                'inventory_hostname': host,
                'inventory_hostname_short': host.split('.')[0],
                'group_names': sorted(g for g, members in groups.items()
                                      if host in members and g not in ('all', 'ungrouped')),
                'groups': groups,
                'hostvars': HostVars(),
                'inventory_dir': req['inventory_dir'],
                'playbook_dir': req['inventory_dir'],
                'omit': omit,
            })
            templar = Templar(loader=loader, variables=variables)
            if req.get('preview'):
                for name in ('lookup', 'query', 'q'):
                    templar.environment.globals[name] = guarded(
                        templar.environment.globals[name], name != 'lookup')
            templars[host] = templar
        return templars[host]

    # The editor's preview runs no command and makes no file.
    def guarded(real, listed):
        def call(name, *args, **kwargs):
            if name in ('pipe', 'lines'):
                raise RuntimeError('the %s lookup runs a command: it runs in a phase, not in '
                                   'the editor' % name)
            if name == 'password':
                for term in args:
                    words = str(term).split()
                    if words and not os.path.exists(loader.path_dwim(words[0])):
                        made = '(made by the first run)'
                        return [made] if listed else made
            return real(name, *args, **kwargs)
        return call

    results = []
    for item in req['templates']:
        try:
            if req.get('syntax_only'):
                templar_of(item['host']).environment.parse(item['template'])
                results.append({'value': None})
                continue
            value = templar_of(item['host']).template(item['template'], fail_on_undefined=True)
            if value == omit:
                results.append({'omit': True})
            else:
                results.append({'value': json.loads(json.dumps(value, default=str))})
        except Exception as e:  # Ansible's message names the variable or the syntax error
            results.append({'error': ' '.join(str(e).split())})
    json.dump({'results': results}, sys.stdout)


main()
)PY");
}

} // namespace hive
