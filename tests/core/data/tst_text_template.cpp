#include "data/text_template.h"

#include <QtTest>

using namespace hive;

class TestTextTemplate : public QObject
{
    Q_OBJECT

    static Value vars()
    {
        Value hive = Value::map();
        hive.insert(QStringLiteral("cidr"), Value::string(QStringLiteral("10.0.0.0/24")));
        hive.insert(QStringLiteral("size"), Value::integer(3));
        hive.insert(QStringLiteral("mirrored"), Value::boolean(true));
        Value v = Value::map();
        v.insert(QStringLiteral("hive"), hive);
        v.insert(QStringLiteral("name"), Value::string(QStringLiteral("pdns \"main\"")));
        Value list = Value::list();
        list.append(Value::string(QStringLiteral("a")));
        list.append(Value::integer(2));
        v.insert(QStringLiteral("items"), list);
        return v;
    }

    static QByteArray render(const QByteArray &text, QString *errorOut = nullptr)
    {
        QByteArray out = "untouched";
        QString error;
        if (!TextTemplate::render(QStringLiteral("t.tmpl"), text, vars(), out, error)) {
            if (errorOut)
                *errorOut = error;
            return "ERROR";
        }
        return out;
    }

private slots:
    void substitutesVariablesAndPaths()
    {
        QCOMPARE(render("cidr={{hive.cidr}} n={{ hive.size }} m={{ hive.mirrored }}\n"),
                 QByteArray("cidr=10.0.0.0/24 n=3 m=true\n"));
        QCOMPARE(render("no placeholders { } }}\n"), QByteArray("no placeholders { } }}\n"));
        QCOMPARE(render("日本語 {{ hive.size }}"), QByteArray("日本語 3"));
    }

    void jsonFilterQuotesAndEncodes()
    {
        QCOMPARE(render("{{ name | json }}"), QByteArray("\"pdns \\\"main\\\"\""));
        QCOMPARE(render("{{ items | json }}"), QByteArray("[\"a\", 2]"));
        QCOMPARE(render("{{ hive | json }}"),
                 QByteArray("{\"cidr\": \"10.0.0.0/24\", \"mirrored\": true, \"size\": 3}"));
    }

    void defaultOnlyForMissingVariables()
    {
        QCOMPARE(render("{{ nope | default(journald) }}"), QByteArray("journald"));
        QCOMPARE(render("{{ hive.size | default(9) }}"), QByteArray("3"));
    }

    void errorsNameTemplateLineAndVariable()
    {
        QString error;
        QCOMPARE(render("a\nb\n{{ hive.nope }}\n", &error), QByteArray("ERROR"));
        QVERIFY2(error.contains(QStringLiteral("t.tmpl:3")) &&
                     error.contains(QStringLiteral("hive.nope")),
                 qPrintable(error));
        QCOMPARE(render("{{ 9bad }}", &error), QByteArray("ERROR"));
        QVERIFY2(error.contains(QStringLiteral("t.tmpl:1")), qPrintable(error));
        QCOMPARE(render("x {{ name | upper }}", &error), QByteArray("ERROR"));
        QCOMPARE(render("unclosed {{ name", &error), QByteArray("ERROR"));
    }
};

QTEST_GUILESS_MAIN(TestTextTemplate)
#include "tst_text_template.moc"
