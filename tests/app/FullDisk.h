#pragma once
// A small tmpfs mounted over a directory, to run out of space for real. Needs
// root (CI runs as root); the tests skip only their full-disk part without it.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace test_disk {

inline bool canMount() { return ::geteuid() == 0; }

// Every entry of a directory, hidden ones too: QSaveFile's "<name>.XXXXXX"
// temporaries and render's ".leverboard-render-XXXXXX" probe included.
inline QStringList entries(const QString& directory) {
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                     QDir::Name);
}

class SmallTmpfs {
public:
    // Mounts a tmpfs of `kib` KiB on directory (created when missing).
    SmallTmpfs(const QString& directory, int kib) : directory_(directory) {
        QDir().mkpath(directory);
        const QByteArray options = "size=" + QByteArray::number(kib) + "k,mode=0755";
        if (::mount("tmpfs", QFile::encodeName(directory).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData()) == 0)
            mounted_ = true;
        else
            error_ = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallTmpfs() {
        if (mounted_) ::umount2(QFile::encodeName(directory_).constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs&) = delete;
    SmallTmpfs& operator=(const SmallTmpfs&) = delete;

    bool mounted() const { return mounted_; }
    QString error() const { return error_; }

    // Writes <directory>/name until the file system takes no more bytes:
    // afterwards every write there fails with ENOSPC. True when it did.
    bool fill(const QString& name) const {
        const int fd = ::open(QFile::encodeName(QDir(directory_).filePath(name)).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) return false;
        const QByteArray block(4096, 'x');
        int lastErrno = 0;
        for (;;) {
            const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
            if (n <= 0) {
                lastErrno = n < 0 ? errno : 0;
                break;
            }
        }
        ::close(fd);
        return lastErrno == ENOSPC;
    }

private:
    QString directory_;
    bool mounted_ = false;
    QString error_;
};

}  // namespace test_disk
