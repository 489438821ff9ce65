using Regie.Core.Explaining;

namespace Regie.Core.Observatory;

/// <summary>Reasons of the sector observatory: the register's changes, its import errors, and moves between two scans.</summary>
public abstract record ObservatoryReason : Reason;

/// <summary>The areas a sector scan counts, one provider each per domain.</summary>
public enum ScanArea { Mail, MailFilter, Identity, DnsHosting, WebHosting }

// What a monthly re-import of the register changed.
public sealed record SchoolOpened(string LocationCode, string Name) : ObservatoryReason;

public sealed record SchoolClosed(string LocationCode, string Name) : ObservatoryReason;

public sealed record SchoolRenamed(string LocationCode, string Before, string After) : ObservatoryReason;

public sealed record SchoolWebsiteChanged(string LocationCode, string Name, string? Before, string? After) : ObservatoryReason;

public sealed record BoardOpened(string BoardNumber, string Name) : ObservatoryReason;

public sealed record BoardClosed(string BoardNumber, string Name) : ObservatoryReason;

public sealed record BoardRenamed(string BoardNumber, string Before, string After) : ObservatoryReason;

public sealed record BoardWebsiteChanged(string BoardNumber, string Name, string? Before, string? After) : ObservatoryReason;

// Why a DUO file was refused. Row is the line in the file (the header is line 1).
public sealed record RegisterFileNotRecognised(string File, string Header) : ObservatoryReason;

public sealed record RegisterFileEmpty(string File) : ObservatoryReason;

public sealed record RegisterFileTooLarge(string File, int MaxMegabytes) : ObservatoryReason;

public sealed record RegisterFileTooManyRows(string File, int MaxRows) : ObservatoryReason;

public sealed record RegisterRowWrongWidth(string File, int Row, int Cells, int Expected) : ObservatoryReason;

public sealed record RegisterCellMissing(string File, int Row, string Column) : ObservatoryReason;

public sealed record RegisterCellInvalid(string File, int Row, string Column, string Value) : ObservatoryReason;

public sealed record RegisterDuplicate(string File, int Row, string Column, string Value) : ObservatoryReason;

public sealed record RegisterUnknownBoard(string File, int Row, string Column, string BoardNumber) : ObservatoryReason;

public sealed record RegisterWithoutSchools : ObservatoryReason;

public sealed record RegisterWithoutBoards : ObservatoryReason;

public sealed record RegisterTooManyErrors(int Shown) : ObservatoryReason;

/// <summary>Between two scans: <see cref="Boards"/> boards (and <see cref="Schools"/> schools) moved an area from one provider to another.</summary>
public sealed record ProvidersMoved(ScanArea Area, string From, string To, int Boards, int Schools) : ObservatoryReason;
