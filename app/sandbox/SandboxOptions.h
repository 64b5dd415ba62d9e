#pragma once

#include "SandboxConfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

// nv-sandbox's command line: the options, their help, and the SandboxConfig they describe.
class SandboxOptions
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOptions)

public:
    SandboxOptions();

    void addTo(QCommandLineParser &parser) const;
    static QString description();

    struct Setup
    {
        nv::SandboxConfig config;
        QHostAddress address;
        quint16 port = 0;
        bool quiet = false;
    };
    // The setup the parsed options describe; an error message (for stderr, exit 2) when they
    // make no sense.
    QString read(const QCommandLineParser &parser, Setup *setup) const;

    const QCommandLineOption listen;
    const QCommandLineOption msisdn;
    const QCommandLineOption clientId;
    const QCommandLineOption clientSecret;
    const QCommandLineOption clientSecretEnv;
    const QCommandLineOption clientSecretFile;
    const QCommandLineOption redirectUri;
    const QCommandLineOption codeTtl;
    const QCommandLineOption tokenTtl;
    const QCommandLineOption quiet;
    const QCommandLineOption scenario;
    const QCommandLineOption listScenarios;
    const QCommandLineOption delay;
    const QCommandLineOption hopDelay;
    const QCommandLineOption callDelay;
    const QCommandLineOption earlyExpiry;
    const QCommandLineOption singleUse;
    const QCommandLineOption retryAfter;
    const QCommandLineOption client;
    const QCommandLineOption headerTimeout;
    const QCommandLineOption idleTimeout;
    const QCommandLineOption maxConnections;
    const QCommandLineOption testClockEndpoint;

private:
    QString readDefaultClient(const QCommandLineParser &parser, nv::SandboxConfig *config) const;
    QString readLifetimes(const QCommandLineParser &parser, nv::SandboxConfig *config) const;
    QString readBehaviour(const QCommandLineParser &parser, nv::SandboxConfig *config) const;
    QString readConnections(const QCommandLineParser &parser, nv::SandboxConfig *config) const;
    QString readClients(const QCommandLineParser &parser, nv::SandboxConfig *config) const;
};
