#pragma once
// Typed preferences: one place for every QSettings key.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace leverboard::ui {

template <class T>
class Preference {
public:
    Preference(const char* key, T defaultValue) : key_(QString::fromLatin1(key)), default_(std::move(defaultValue)) {}
    T get() const { return QSettings().value(key_, QVariant::fromValue(default_)).template value<T>(); }
    void set(const T& value) const { QSettings().setValue(key_, QVariant::fromValue(value)); }

private:
    QString key_;
    T default_;
};

namespace prefs {
inline const Preference<QByteArray> mainWindowGeometry{"mainwindow/geometry", {}};
inline const Preference<QByteArray> mainWindowState{"mainwindow/state", {}};
inline const Preference<int> lastPage{"mainwindow/lastPage", 0};
inline const Preference<QStringList> recentFiles{"files/recent", {}};
inline const Preference<QString> lastDirectory{"files/lastDirectory", {}};
// "system", "en" or "zh_CN" (ui/text/Language.h).
inline const Preference<QString> language{"ui/language", QStringLiteral("system")};
}  // namespace prefs

}  // namespace leverboard::ui
