#pragma once
// The user-interface language: English (the source language) or Simplified Chinese.
// One place installs the translators (ours, embedded as :/i18n/leverboard_<locale>.qm,
// plus Qt's own qtbase_<locale>.qm from the system when present), for the GUI and the CLI.
// Machine output (CSV, JSON, workspace files) never depends on it.

#include <QLocale>
#include <QString>

namespace leverboard::ui {

enum class Language { System, English, Chinese };

// The preference's stored value ("system", "en", "zh_CN") and back (unknown -> System).
QString languageKey(Language language);
Language languageFromKey(const QString& key);

// What "System" means here, as gettext reads it: the messages locale is the first set of
// LC_ALL, LC_MESSAGES, LANG; unset or C/POSIX/C.UTF-8 means English (LANGUAGE ignored);
// otherwise LANGUAGE's first entry if set, else that locale: Chinese when it starts with "zh".
Language systemLanguage();

// Installs the translators for `language` (System resolves via systemLanguage()) on the
// running QCoreApplication, replacing those installed before; Qt then sends every widget a
// QEvent::LanguageChange. Returns the language now in effect (English or Chinese).
Language applyLanguage(Language language);

// The language in effect (English until applyLanguage is called).
Language currentLanguage();
inline bool chineseInEffect() { return currentLanguage() == Language::Chinese; }

}  // namespace leverboard::ui
