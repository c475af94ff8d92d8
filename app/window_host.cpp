#include "app/window_host.h"

#include "gui/shell/main_window.h"

namespace hive::gui {

WindowHost::WindowHost(Setup setup, QObject *parent) : QObject(parent), m_setup(std::move(setup))
{}

WindowHost::~WindowHost()
{
    delete m_window.data();
}

void WindowHost::setLanguage(const QString &language)
{
    m_language = language;
    m_translators.install(language);
}

MainWindow *WindowHost::createWindow()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    // Queued: the old window must not be deleted inside its own dialog's slot.
    connect(
        window, &MainWindow::languageChosen, this,
        [this](const QString &language) { switchLanguage(language); }, Qt::QueuedConnection);
    if (m_setup)
        m_setup(window);
    m_window = window;
    return window;
}

MainWindow *WindowHost::switchLanguage(const QString &language)
{
    MainWindow *old = m_window;
    const MainWindow::Snapshot snapshot = old ? old->snapshot() : MainWindow::Snapshot();
    const bool wasVisible = old && old->isVisible();
    setLanguage(language);
    MainWindow *window = createWindow();
    window->restore(snapshot);
    if (wasVisible) {
        window->show();
        window->activateWindow(); // also where no window manager gives the focus
    }
    if (old) {
        old->hide();
        old->deleteLater();
    }
    emit windowReplaced(window);
    return window;
}

} // namespace hive::gui
