#pragma once

#include "data/value.h"
#include "diagnostics/source_mark.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

class Inventory;
class Project;

// The Jinja2 templates in a stage's variables ("{{ db_password }}",
// "{{ lookup('password', hive_context_dir + '/db_password') }}", hostvars,
// groups, omit), rendered by Ansible's own templating, as hive-builder's
// playbooks see them. One Python process (the interpreter ansible-playbook
// runs on) renders every templated string of the hosts asked for, each with
// that host's variables, the magic variables (inventory_hostname,
// group_names, groups, hostvars, inventory_dir) and the extra variables
// hive-builder gives its playbooks (hive_stage, hive_root_dir,
// hive_context_dir, hive_temp_dir, hive_phase). Values with no template are
// not sent and cost nothing: a project without templates starts no process.
class InventoryTemplates
{
    Q_DECLARE_TR_FUNCTIONS(hive::InventoryTemplates)
public:
    struct Context
    {
        QString rootDir;
        QString inventoryDir;
        QString contextDir; // .hive/<stage>
        QString stage;
        QString phase;
        // Only read the templates (Jinja2 syntax): no lookup runs, no
        // variable is needed, nothing is set (`hive check`).
        bool syntaxOnly = false;
        // The editor's preview: lookups that act are not run (pipe and
        // lines run commands; a password lookup whose file is not there
        // yet shows that it is made by the first run instead of making it).
        bool preview = false;
        int timeoutMs = 120000;
        const std::atomic_bool *cancel = nullptr; // Ctrl-C, Cancel Run

        // The project's folders and stage, for a phase (or "inventory", "check").
        static Context of(const Project &project, const QString &phase);
    };
    // A template Ansible could not render: where it is and Ansible's words.
    struct Problem
    {
        QString host;
        QString key; // "environment.MYSQL_PASSWORD" under the host's variables
        SourceMark mark;
        QString message;

        QString format(const QString &rootDir) const;
    };

    // True when the value holds a string with "{{" or "{%" anywhere.
    static bool hasTemplates(const Value &value);
    // Renders the templated strings in the hosts' variables; on success each
    // host's rendered variables are set in the inventory. False with the
    // problems (a template that fails) or the error (Ansible not found, the
    // helper failed); nothing is set then.
    static bool render(Inventory &inventory, const QStringList &hosts, const Context &context,
                       QList<Problem> &problems, QString &error);
    // Whether a rendered value may be shown: not when its key names a secret
    // (password, secret, token, private key, credentials) or its template
    // reads a password lookup.
    static bool isSecret(const QString &key, const Value &raw);
    // The rendered variables with every secret value (isSecret, by its own
    // key or a key above it) as "********", and the secrets inside other
    // strings too ("mysql://app:{{ db_password }}@db"): for output and logs.
    static Value masked(const Value &rendered, const Value &raw);
    // The secret values among the variables (at least 4 characters long):
    // what SecretMaskingSink masks in a run's output.
    static QStringList secretValues(const Value &rendered, const Value &raw);
    // The secret values of every host and service of the inventory, as
    // rendered where the inventory was rendered.
    static QStringList secretValues(const Inventory &inventory);
    // One templated value of a host as a phase sees it (for the editor).
    struct RenderedTemplate
    {
        QString key;          // as the file writes it: "environment.MYSQL_PASSWORD"
        QString text;         // the rendered value (JSON for a list or mapping)
        bool leftOut = false; // rendered to omit
        SourceMark mark;
    };
    // The templates among `written` (a host's variables as written), each
    // with its value in `rendered` (pass it masked() for display), in the
    // order they are written.
    static QList<RenderedTemplate> renderedTemplates(const Value &written, const Value &rendered);
    // The Python that renders (sent to the interpreter as a file).
    static QByteArray helperScript();
    // The interpreter ansible-playbook runs on ("" when Ansible is not installed).
    static QString ansiblePython();
};

} // namespace hive
