#include "text/LanguageMenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QTimer>

#include "MainWindow.h"
#include "Preferences.h"
#include "text/Language.h"
#include "workspace/RecoveryManager.h"

namespace leverboard::ui {

LanguageSwitcher& LanguageSwitcher::instance() {
    static LanguageSwitcher switcher;
    return switcher;
}

void LanguageSwitcher::choose(const QString& key) {
    prefs::language.set(key);
    const Language before = currentLanguage();
    if (applyLanguage(languageFromKey(key)) != before) emit languageChanged();
}

void installLanguageMenu(QMenu* viewMenu) {
    QMenu* menu = viewMenu->addMenu(QCoreApplication::translate("LanguageMenu", "&Language"));
    menu->setObjectName(QStringLiteral("LanguageMenu"));
    auto* group = new QActionGroup(menu);
    const QString stored = languageKey(languageFromKey(prefs::language.get()));
    const struct {
        Language language;
        QString text;
    } entries[] = {
        {Language::System, QCoreApplication::translate("LanguageMenu", "&System")},
        // Each language named in itself, so it can be found whatever the current language.
        {Language::English, QStringLiteral("English")},
        {Language::Chinese, QStringLiteral("中文")},
    };
    for (const auto& entry : entries) {
        QAction* action = menu->addAction(entry.text);
        const QString key = languageKey(entry.language);
        action->setObjectName(QStringLiteral("Language_") + key);
        action->setCheckable(true);
        action->setChecked(key == stored);
        group->addAction(action);
        // Queued: the menu (and its window) may be rebuilt by the switch.
        QObject::connect(action, &QAction::triggered, menu, [key] {
            QTimer::singleShot(0, &LanguageSwitcher::instance(), [key] { LanguageSwitcher::instance().choose(key); });
        });
    }
}

MainWindow* replaceMainWindow(MainWindow* old, WorkspaceDocument* document) {
    auto* window = new MainWindow(document);
    if (old) {
        // Unsaved work keeps exactly one recovery copy: the new session's, written before
        // the old one's goes (a copy left behind would be offered again at the next start).
        window->recoveryManager()->takeOver();
        old->recoveryManager()->discardRecovery();
        window->restoreGeometry(old->saveGeometry());
        window->restoreState(old->saveState());
        if (old->isVisible()) window->show();
        old->hide();
        old->deleteLater();
    }
    return window;
}

}  // namespace leverboard::ui
