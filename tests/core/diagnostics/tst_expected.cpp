#include "diagnostics/expected.h"

#include <QStringList>
#include <QTest>

using namespace hive;

namespace {

Expected<int> port(const QString &text)
{
    bool ok = false;
    const int p = text.toInt(&ok);
    if (!ok || p < 1 || p > 65535)
        return unexpected(QStringLiteral("%1 is not a port (1–65535)").arg(text));
    return p;
}

Expected<void> check(bool good)
{
    if (!good)
        return unexpected(QStringLiteral("not good"));
    return {};
}

} // namespace

class TestExpected : public QObject
{
    Q_OBJECT
private slots:
    void aValueIsKeptAndHasNoError()
    {
        const Expected<int> p = port(QStringLiteral("2376"));
        QVERIFY(p.has_value());
        QVERIFY(bool(p));
        QCOMPARE(*p, 2376);
        QCOMPARE(p.value(), 2376);
        QVERIFY(p.error().isEmpty());
        QCOMPARE(p.value_or(1), 2376);
    }
    void anErrorSaysWhyAndHasNoValue()
    {
        const Expected<int> p = port(QStringLiteral("70000"));
        QVERIFY(!p.has_value());
        QVERIFY(!p);
        QCOMPARE(p.error(), QStringLiteral("70000 is not a port (1–65535)"));
        QCOMPARE(p.value_or(22), 22);
    }
    void aValueMovesOut()
    {
        Expected<QStringList> names(QStringList{QStringLiteral("s-hive0")});
        QCOMPARE(names->size(), 1);
        names->append(QStringLiteral("s-hive1"));
        const QStringList taken = std::move(names).value();
        QCOMPARE(taken, (QStringList{QStringLiteral("s-hive0"), QStringLiteral("s-hive1")}));
    }
    void voidSaysOnlyWhetherItWorked()
    {
        QVERIFY(check(true));
        QVERIFY(check(true).error().isEmpty());
        const Expected<void> bad = check(false);
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error(), QStringLiteral("not good"));
    }
};

QTEST_GUILESS_MAIN(TestExpected)
#include "tst_expected.moc"
