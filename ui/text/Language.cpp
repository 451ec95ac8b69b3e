#include "text/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace leverboard::ui {
namespace {

Language gCurrent = Language::English;
std::unique_ptr<QTranslator> gOurs;
std::unique_ptr<QTranslator> gQt;

}  // namespace

QString languageKey(Language language) {
    switch (language) {
    case Language::System: return QStringLiteral("system");
    case Language::English: return QStringLiteral("en");
    case Language::Chinese: return QStringLiteral("zh_CN");
    }
    return QStringLiteral("system");
}

Language languageFromKey(const QString& key) {
    if (key == QLatin1String("en")) return Language::English;
    if (key == QLatin1String("zh_CN")) return Language::Chinese;
    return Language::System;
}

Language systemLanguage() {
    // As gettext: the messages locale is the first set of LC_ALL, LC_MESSAGES, LANG; in the
    // C locale (C, POSIX, C.UTF-8) messages are untranslated and LANGUAGE is ignored;
    // otherwise LANGUAGE's first entry, when set, wins over the locale.
    QByteArray locale;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = qgetenv(name);
        if (!locale.isEmpty()) break;
    }
    if (locale.isEmpty() || locale == "C" || locale == "POSIX" || locale.startsWith("C.")) return Language::English;
    const QByteArray language = qgetenv("LANGUAGE").split(':').constFirst();
    const QByteArray chosen = language.isEmpty() ? locale : language;
    return chosen.startsWith("zh") ? Language::Chinese : Language::English;
}

Language applyLanguage(Language language) {
    const Language effective = language == Language::System ? systemLanguage() : language;
    if (gOurs) QCoreApplication::removeTranslator(gOurs.get());
    if (gQt) QCoreApplication::removeTranslator(gQt.get());
    gOurs.reset();
    gQt.reset();
    gCurrent = Language::English;
    if (effective == Language::Chinese) {
        auto ours = std::make_unique<QTranslator>();
        if (ours->load(QStringLiteral(":/i18n/leverboard_zh_CN.qm"))) {
            gCurrent = Language::Chinese;
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                gQt = std::move(qt);
            if (gQt) QCoreApplication::installTranslator(gQt.get());
            gOurs = std::move(ours);
            QCoreApplication::installTranslator(gOurs.get());
        }
    }
    // Numbers and dates for people follow the language too: the system's locale when it is in
    // that language (de_DE keeps its commas in English), else the language's own. Machine
    // output never reads QLocale (core/text/MachineNumber.h).
    const bool systemIsChinese = QLocale::system().language() == QLocale::Chinese;
    if (gCurrent == Language::Chinese)
        QLocale::setDefault(systemIsChinese ? QLocale::system() : QLocale(QLocale::Chinese, QLocale::China));
    else
        QLocale::setDefault(systemIsChinese ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale::system());
    return gCurrent;
}

Language currentLanguage() { return gCurrent; }

}  // namespace leverboard::ui
