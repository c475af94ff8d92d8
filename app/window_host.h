#pragma once

#include "gui/shell/app_translators.h"
#include "gui/shell/main_window.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace hive::gui {

// Owns the app's project window and its language. Changing the language in
// Preferences rebuilds the window in the new language at once — same
// project, stage, open files (unsaved text kept), tab and layout — because
// every view then builds its texts anew instead of each one having to
// re-translate itself.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    // Called on every new window: connects what lives above gui/ (the wizard).
    using Setup = std::function<void(MainWindow *)>;

    explicit WindowHost(Setup setup = {}, QObject *parent = nullptr);
    ~WindowHost() override;

    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    MainWindow *window() const { return m_window; }
    MainWindow *createWindow();
    // Rebuilds the window in `language`; the old one is deleted once control
    // returns to the event loop. Returns the new window.
    MainWindow *switchLanguage(const QString &language);

signals:
    void windowReplaced(hive::gui::MainWindow *window);

private:
    Setup m_setup;
    AppTranslators m_translators;
    QString m_language;
    QPointer<MainWindow> m_window;
};

} // namespace hive::gui
