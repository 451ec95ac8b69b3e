#pragma once

// Runs the built leverboard binary (LEVERBOARD_BINARY) the way the command-line
// tests need it: with no display at all — no X, no Wayland, no platform
// override — so a command that created a QGuiApplication would abort, and
// render must choose offscreen itself.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <csignal>
#include <unistd.h>

namespace cli_test {

// What one run of the binary produced. exitCode is -1 when the process
// crashed (or was killed by a signal) or did not finish in time.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Where the binary's stdout goes.
enum class Stdout {
    Pipe,         // read back into Run::out
    DevFull,      // /dev/full: every write fails with "No space left on device"
    Closed,       // descriptor 1 closed, as `leverboard eval >&-`
    BrokenPipe,   // a pipe nobody reads, with SIGPIPE ignored (as some parents do)
};

struct RunOptions {
    QStringList environment;  // NAME=VALUE pairs set for the child (LC_ALL=de_DE.UTF-8)
    Stdout stdoutTo = Stdout::Pipe;
    int timeoutMs = 120000;
};

inline Run runCli(const QStringList& arguments, const RunOptions& options) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString& setting : options.environment)
        env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    switch (options.stdoutTo) {
    case Stdout::Pipe: break;
    case Stdout::DevFull: process.setStandardOutputFile(QStringLiteral("/dev/full")); break;
    // Runs in the child after QProcess has set up its descriptors, before exec.
    case Stdout::Closed: process.setChildProcessModifier([] { ::close(STDOUT_FILENO); }); break;
    case Stdout::BrokenPipe:
        process.setChildProcessModifier([] {
            int ends[2];
            if (::pipe(ends) != 0) ::_exit(125);
            ::close(ends[0]);  // no reader: every write gets EPIPE, or SIGPIPE
            ::dup2(ends[1], STDOUT_FILENO);
            ::close(ends[1]);
            ::signal(SIGPIPE, SIG_IGN);  // survives exec
        });
        break;
    }
    process.start(QStringLiteral(LEVERBOARD_BINARY), arguments);
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline Run runCli(const QStringList& arguments, int timeoutMs = 120000) {
    RunOptions options;
    options.timeoutMs = timeoutMs;
    return runCli(arguments, options);
}

}  // namespace cli_test
