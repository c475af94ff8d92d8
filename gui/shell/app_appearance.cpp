#include "gui/shell/app_appearance.h"

#include "gui/run/desktop_preferences.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace hive::gui {

namespace {

struct DesktopLook
{
    QString style;
    QPalette palette;
    QFont font;
};

const DesktopLook &desktopLook()
{
    static const DesktopLook look{QApplication::style()->name(), QApplication::palette(),
                                  QApplication::font()};
    return look;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x35, 0x74, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(125));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

} // namespace

void AppAppearance::apply()
{
    const DesktopLook &desktop = desktopLook();
    const DesktopPreferences::Theme theme = DesktopPreferences::theme();
    const QString style =
        theme == DesktopPreferences::Theme::System ? desktop.style : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        if (QStyle *s = QStyleFactory::create(style))
            QApplication::setStyle(s);
    }
    switch (theme) {
    case DesktopPreferences::Theme::System:
        QApplication::setPalette(desktop.palette);
        break;
    case DesktopPreferences::Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case DesktopPreferences::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = desktop.font;
    if (const int points = DesktopPreferences::fontPointSize(); points > 0)
        font.setPointSize(points);
    QApplication::setFont(font);
    // Fonts set on purpose do not follow the application's: the fixed-width
    // ones (sources, logs, command lines) are set again at the new size.
    const QFont fixed = DesktopPreferences::fixedFont();
    for (QWidget *w : QApplication::allWidgets()) {
        if (w->property("hiveFixedFont").toBool())
            w->setFont(fixed);
    }
}

} // namespace hive::gui
