// The planned topology tab, offscreen: it draws the selected stage as the core
// plans it, follows unsaved edits and stage changes, zooms and fits from the
// keyboard, and exports the whole diagram to PNG and SVG.
#include "access/stage_files.h"
#include "gui/live/live_topology_page.h"
#include "gui/shell/main_window.h"
#include "gui/shell/project_document.h"
#include "gui/topology/diagram_label.h"
#include "gui/topology/topology_page.h"
#include "gui/topology/topology_scene.h"
#include "gui/topology/topology_view.h"
#include "tests/support/fake_ec2.h"
#include "tests/support/sample_project_copy.h"
#include "topology/planned_topology.h"

#include <QDir>
#include <QFile>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hive::gui;

class TestTopologyView : public QObject
{
    Q_OBJECT

    SampleProjectCopy m_samples;

    static TopologyScene *scene(MainWindow &w) { return w.topologyPage()->view()->topologyScene(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void drawsEveryPlannedHostServiceAndVolume()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QString error;
        const QString root = m_samples.make();
        QVERIFY2(window.openProject(root, &error), qPrintable(error));
        // Drawn only once the tab is shown, not on every reload behind it.
        QVERIFY(!scene(window)->itemNamed(QStringLiteral("service:web")));
        window.showTopology();
        // The production stage (aws) built: its hosts' Elastic IPs recorded.
        const hive::PlannedTopology before = hive::PlannedTopology::build(
            window.document()->inventory(), QStringLiteral("production"));
        const QString publicOfFirst = QStringLiteral("203.0.113.10");
        QDir().mkpath(root + QStringLiteral("/.hive/production"));
        QVERIFY(hive::StageFiles::recordPublicAddress(root + QStringLiteral("/.hive/production"),
                                                      before.hosts().first()->address,
                                                      publicOfFirst, error));
        window.document()->setStage(QStringLiteral("production"));
        const hive::PlannedTopology planned = hive::PlannedTopology::build(
            window.document()->inventory(), QStringLiteral("production"));
        {
            QGraphicsItem *card =
                scene(window)->itemNamed(QStringLiteral("host:") + planned.hosts().first()->name);
            QVERIFY(card);
            QString texts;
            for (QGraphicsItem *child : card->childItems())
                if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child))
                    texts += text->text() + QLatin1Char('\n');
            QVERIFY2(texts.contains(QStringLiteral("public ") + publicOfFirst), qPrintable(texts));
        }
        QCOMPARE(planned.groups.size(), 3);
        for (const hive::PlannedTopology::Host *h : planned.hosts())
            QVERIFY2(scene(window)->itemNamed(QStringLiteral("host:") + h->name),
                     qPrintable(h->name));
        for (const hive::PlannedTopology::Group &g : planned.groups)
            QVERIFY(scene(window)->itemNamed(QStringLiteral("group:") + g.title));
        QVERIFY(scene(window)->itemNamed(QStringLiteral("service:web")));
        QVERIFY(scene(window)->itemNamed(QStringLiteral("service:kvstore")));
        QVERIFY(!scene(window)->itemNamed(QStringLiteral("service:ticker"))); // not on production
        QVERIFY(scene(window)->itemNamed(QStringLiteral("volume:kvstore_data")));
        QVERIFY(scene(window)->itemNamed(QStringLiteral("network:hive_default_network")));
        QVERIFY(scene(window)->itemNamed(QStringLiteral("port:8080")));

        // Hosts of one zone sit inside that zone's frame.
        const QString zoneA = planned.groups.first().title;
        const QRectF frame =
            scene(window)->itemNamed(QStringLiteral("group:") + zoneA)->sceneBoundingRect();
        for (const hive::PlannedTopology::Host &h : planned.groups.first().hosts)
            QVERIFY(frame.contains(
                scene(window)->itemNamed(QStringLiteral("host:") + h.name)->sceneBoundingRect()));

        // Every badge and label fits inside its host card, on every stage
        // (staging's last hive is also the repository: three badges in a row).
        for (const QString &stage : window.document()->stages()) {
            window.document()->setStage(stage);
            const hive::PlannedTopology t =
                hive::PlannedTopology::build(window.document()->inventory(), stage);
            for (const hive::PlannedTopology::Host *h : t.hosts()) {
                QGraphicsItem *card = scene(window)->itemNamed(QStringLiteral("host:") + h->name);
                const QRectF box = card->sceneBoundingRect().adjusted(-1, -1, 1, 1);
                for (QGraphicsItem *child : card->childItems()) {
                    QVERIFY2(box.contains(child->sceneBoundingRect()), qPrintable(h->name));
                    for (QGraphicsItem *grandChild : child->childItems())
                        QVERIFY2(box.contains(grandChild->sceneBoundingRect()),
                                 qPrintable(h->name));
                }
            }
        }

        window.document()->setStage(QStringLiteral("private"));
        QVERIFY(scene(window)->itemNamed(QStringLiteral("service:ticker")));
        QVERIFY(scene(window)->itemNamed(QStringLiteral("host:p-hive0.sample.example.jp")));
    }

    // The Live tab of a stopped AWS stage: no manager answers, so AWS (the
    // fake, at AWS_ENDPOINT_URL) is asked, and the status line says which
    // instances are stopped and how to start them.
    void aStoppedAwsStageSaysSoOnLive()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QString error;
        QVERIFY2(window.openProject(m_samples.make(), &error), qPrintable(error));
        window.document()->setStage(QStringLiteral("production"));
        const QString hive = window.document()->inventory().hive.name;
        FakeEc2 aws;
        FakeEc2::State s;
        int n = 0;
        for (const hive::HostPlan &h :
             window.document()->inventory().hive.stage(QStringLiteral("production"))->hosts) {
            FakeEc2::Instance i;
            i.id = QStringLiteral("i-%1").arg(++n);
            i.tags = {{QStringLiteral("Name"), h.name}, {QStringLiteral("Project"), hive}};
            i.state = QStringLiteral("stopped");
            s.instances << i;
        }
        aws.setState(s);
        qputenv("AWS_ENDPOINT_URL", aws.url().toString().toUtf8());
        qputenv("AWS_ACCESS_KEY_ID", "AKIDLIVETEST");
        qputenv("AWS_SECRET_ACCESS_KEY", "live-test-secret");
        window.showLive();
        hive::gui::LiveTopologyPage *live = window.livePage();
        live->refreshNow();
        QTRY_VERIFY2_WITH_TIMEOUT(live->statusText().contains(QStringLiteral("AWS says")),
                                  qPrintable(live->statusText()), 60000);
        const QString said = live->statusText();
        qunsetenv("AWS_ENDPOINT_URL");
        qunsetenv("AWS_ACCESS_KEY_ID");
        qunsetenv("AWS_SECRET_ACCESS_KEY");
        QVERIFY2(said.contains(s.instances.first().tags.value(QStringLiteral("Name")) +
                               QStringLiteral(" stopped")) &&
                     said.contains(QStringLiteral("build-infra")) &&
                     !said.contains(QStringLiteral("live-test-secret")),
                 qPrintable(said));
        for (const QString &a : aws.actions())
            QCOMPARE(a, QStringLiteral("DescribeInstances"));
    }

    void followsTheTextBeingTyped()
    {
        MainWindow window;
        window.show();
        QString error;
        const QString root = m_samples.make();
        QVERIFY2(window.openProject(root, &error), qPrintable(error));
        window.showTopology();
        const QString file = root + QStringLiteral("/inventory/services.yml");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        text.replace("  ticker:\n",
                     "  queue:\n    image: rabbitmq:3\n    replicas: 2\n  ticker:\n");
        window.document()->setUnsaved(file, text);
        QTRY_VERIFY(scene(window)->itemNamed(QStringLiteral("service:queue")));
        QVERIFY(scene(window)
                    ->itemNamed(QStringLiteral("service:queue"))
                    ->toolTip()
                    .contains(QStringLiteral("replicas: 2")));
    }

    void zoomFitAndShortcuts()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openProject(m_samples.make(), &error), qPrintable(error));
        QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
        QCOMPARE(tabs->currentWidget(), window.topologyPage());
        TopologyView *view = window.topologyPage()->view();
        QVERIFY(view->hasFocus());
        view->fitAll();
        const qreal fitted = view->zoom();
        QVERIFY(fitted > 0 && fitted <= 1.0);
        // The whole diagram is visible when fitted.
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(view->sceneRect()));
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view->zoom() > fitted * 1.2);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < fitted);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoom(), fitted);
    }

    void exportsTheWholeDiagram()
    {
        MainWindow window;
        window.resize(600, 400); // smaller than the diagram: export must not crop
        window.show();
        QString error;
        QVERIFY2(window.openProject(m_samples.make(), &error), qPrintable(error));
        window.showTopology();
        window.document()->setStage(QStringLiteral("production"));
        TopologyView *view = window.topologyPage()->view();
        const QRectF rect = view->sceneRect();

        const QString png = m_samples.path(QStringLiteral("topology.png"));
        QVERIFY2(view->exportPng(png, error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), (rect.size() * 2).toSize());
        // Not blank: the background and at least the text colour appear.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);

        const QString svg = m_samples.path(QStringLiteral("topology.svg"));
        QVERIFY2(view->exportSvg(svg, error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QXmlStreamReader xml(text);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QStringLiteral("svg"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // And it draws: Qt's own SVG renderer shows the diagram at its size.
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(qAbs(renderer.viewBoxF().width() - rect.width()) < 0.5);
        QVERIFY(qAbs(renderer.viewBoxF().height() - rect.height()) < 0.5);
        QImage drawn(rect.size().toSize(), QImage::Format_ARGB32);
        drawn.fill(Qt::transparent);
        {
            QPainter painter(&drawn);
            renderer.render(&painter);
        }
        drawn.save(m_samples.path(QStringLiteral("svg-rendered.png")));
        QSet<QRgb> svgColours;
        for (int y = 0; y < drawn.height(); y += 7)
            for (int x = 0; x < drawn.width(); x += 7)
                svgColours.insert(drawn.pixel(x, y));
        QVERIFY(svgColours.size() > 10);
        QVERIFY(text.contains(QStringLiteral("hive0.sample.example.jp")));
        QVERIFY(text.contains(QStringLiteral("kvstore_data")));

        // A file that cannot be written is an error with the file name, not a crash.
        QVERIFY(!view->exportSvg(QStringLiteral("/nonexistent/dir/t.svg"), error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/t.svg")));
    }

    void redrawsInTheNewPalette()
    {
        MainWindow window;
        window.show();
        QString error;
        QVERIFY2(window.openProject(m_samples.make(), &error), qPrintable(error));
        window.showTopology();
        QPalette dark = window.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        window.topologyPage()->setPalette(dark);
        QCOMPARE(scene(window)->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        auto *card = qgraphicsitem_cast<QGraphicsRectItem *>(
            scene(window)->itemNamed(QStringLiteral("host:p-hive1.sample.example.jp")));
        QVERIFY(card);
        QCOMPARE(card->brush().color(), QColor(0x1e, 0x1e, 0x1e));
    }

    // A stage of one host and `services` services, each with a published port.
    static hive::PlannedTopology manyServices(const QString &prefix, int services)
    {
        hive::PlannedTopology t;
        t.hiveName = QStringLiteral("big");
        t.stage = QStringLiteral("private");
        t.provider = QStringLiteral("docker");
        hive::PlannedTopology::Host host;
        host.name = QStringLiteral("p-hive0.big.test");
        host.isHive = host.isManager = host.isFirstHive = true;
        t.groups << hive::PlannedTopology::Group{QStringLiteral("10.0.0.0/24"), {}, {host}};
        for (int i = 0; i < services; ++i) {
            hive::PlannedTopology::Service s;
            s.name = prefix + QString::number(i);
            s.image = QStringLiteral("nginx:1.27");
            s.replicas = QStringLiteral("2");
            t.services << s;
            hive::PlannedTopology::Port port;
            port.service = s.name;
            port.published = 20000 + i;
            port.target = 80;
            port.protocol = QStringLiteral("tcp");
            t.ports << port;
            if (i % 4 == 0) {
                hive::PlannedTopology::Volume v;
                v.name = s.name + QStringLiteral("_data");
                v.kind = hive::PlannedTopology::Volume::Kind::Drbd;
                v.detail = QStringLiteral("xfs, 1G");
                v.services = QStringList{s.name};
                v.hosts = QStringList{host.name};
                t.volumes << v;
            }
        }
        return t;
    }

    void aLargeTopologyIsDrawnBetweenEvents()
    {
        TopologyScene scene;
        QPalette palette;
        // A small one is all there at once (what the other tests rely on).
        scene.showTopology(manyServices(QStringLiteral("small"), 20), palette);
        QVERIFY(scene.isComplete());
        QVERIFY(scene.itemNamed(QStringLiteral("service:small19")));

        QSignalSpy completed(&scene, &TopologyScene::completed);
        scene.showTopology(manyServices(QStringLiteral("first"), 1500), palette);
        QVERIFY(!scene.isComplete());
        QVERIFY(!scene.itemNamed(QStringLiteral("service:first1499")));
        // Shown again before it was done: the first drawing stops, and only
        // the second one's items are there at the end.
        scene.showTopology(manyServices(QStringLiteral("second"), 1500), palette);
        QVERIFY(completed.wait(20000));
        QVERIFY(scene.isComplete());
        QVERIFY(scene.itemNamed(QStringLiteral("service:second1499")));
        // The first ports have their chips, the rest one that counts them.
        QVERIFY(scene.itemNamed(QStringLiteral("port:20000")));
        QVERIFY(!scene.itemNamed(QStringLiteral("port:21499")));
        QVERIFY(scene.itemNamed(QStringLiteral("ports:more")));
        QVERIFY(!scene.itemNamed(QStringLiteral("service:first0")));
        QTest::qWait(50); // no slice of the first drawing is left to come
        QVERIFY(!scene.itemNamed(QStringLiteral("service:first1499")));
        QCOMPARE(completed.count(), 1);
        // Neither one row of 1500 port chips nor a column of 1500 cards:
        // about as wide as it is tall.
        const QRectF all = scene.sceneRect();
        QVERIFY2(all.width() < 4 * all.height() && all.height() < 4 * all.width(),
                 qPrintable(QStringLiteral("%1 x %2").arg(all.width()).arg(all.height())));
        QVERIFY(scene.itemNamed(QStringLiteral("ports:more"))->sceneBoundingRect().top() < 400);

        // finish() draws the rest at once (before an export).
        scene.showTopology(manyServices(QStringLiteral("third"), 1500), palette);
        QVERIFY(!scene.isComplete());
        scene.finish();
        QVERIFY(scene.isComplete());
        QVERIFY(scene.itemNamed(QStringLiteral("service:third1499")));
    }

    void textTooSmallToReadIsNotShaped()
    {
        QGraphicsScene scene;
        auto *label = new DiagramLabel(QStringLiteral("p-hive0.example.jp"));
        scene.addItem(label);
        const QRectF r = label->boundingRect();
        const auto textPixels = [&](qreal scale) {
            QImage image((r.size() * scale).toSize().expandedTo({1, 1}), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter, QRectF(QPointF(), image.size()), r);
            painter.end();
            // Distinct grey levels: glyphs give many, a flat bar only a few.
            QSet<QRgb> shades;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    shades.insert(image.pixel(x, y));
            return shades.size();
        };
        QVERIFY(textPixels(1.0) > 4); // readable: drawn as text
        // A twentieth: under 4 pixels high, a bar of one faint shade.
        QVERIFY(r.height() / 20 < DiagramLabel::kLegiblePixels);
        QVERIFY(textPixels(1.0 / 20) <= 3);
    }
};

QTEST_MAIN(TestTopologyView)
#include "tst_topology_view.moc"
