#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace nv {

// One number of a list, with the line of the input it came from (1-based, as an editor shows
// it; for a CSV record that spans lines, the line it starts on).
struct PhoneListEntry
{
    int line = 0;
    QString number;
};

// A line that cannot be sent: what it held and why, in words.
struct PhoneListProblem
{
    int line = 0;
    QString text;
    QString problem;
};

// The numbers of a batch (nv-cli verify --phones), read without trusting the input: one E.164
// number per line, or CSV (comma or semicolon) with a phoneNumber column. Blank lines and lines
// starting with # are skipped. Every other line is either a number to send or a problem with
// its line number; nothing is dropped silently.
struct PhoneList
{
    // Bounds: the input is refused beyond them, before anything is sent.
    static constexpr qint64 MaxBytes = 8 * 1024 * 1024;
    static constexpr qsizetype MaxNumbers = 100000;

    QList<PhoneListEntry> numbers;
    QList<PhoneListProblem> problems;
    // Set when the whole input is refused (not UTF-8 text, CSV without a phoneNumber column,
    // too many numbers): nothing of it may be sent.
    QString error;
    bool csv = false;

    // allowInvalid: numbers that break the E.164 rule are kept, to see how the operator answers
    // (an empty field is a problem still).
    static PhoneList parse(const QByteArray &bytes, bool allowInvalid = false);
    // Neither a number nor a problem: the input held nothing but blank lines and comments.
    bool isEmpty() const { return numbers.isEmpty() && problems.isEmpty(); }
};

} // namespace nv
