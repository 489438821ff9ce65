using Regie.Core.Common;
using Regie.Core.Landscape;

namespace Regie.Core.Privacy;

/// <summary>The kinds of people whose data a processing concerns (AVG art. 30(1)(c)); keys as the data files and the API write them.</summary>
public enum DataSubject { Pupils, Parents, Staff, Others }

/// <summary>The lawful bases of AVG art. 6(1)(a)–(f); only the board chooses one, Regie never derives it.</summary>
public enum LegalBasis { Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests }

/// <summary>Where a field of the register came from. <see cref="Unknown"/> is an answer: nothing in the landscape or catalog says it.</summary>
public enum RegisterOrigin { Unknown, Landscape, Catalog, Vendor, Derived, Board }

/// <summary>Whether data leaves the EU/EEA: only <see cref="None"/> when every fact it rests on is known and inside.</summary>
public enum TransferStatus { Unknown, None, Outside }

/// <summary>Who edited a field and when, from the stored override.</summary>
public sealed record BoardEdit(string By, DateTimeOffset At);

/// <summary>One field of a processing record with where it came from: its reason, and the source and date of the fact it rests on.</summary>
public sealed record RegisterField<T>(T? Value, RegisterOrigin Origin, ProcessingRegisterReason Why, string? Source = null, DateOnly? Checked = null, BoardEdit? Edit = null)
{
    public bool IsKnown => Origin != RegisterOrigin.Unknown;
}

/// <summary>A company as the register names it: its country when the catalog knows it.</summary>
public sealed record RegisterParty(string? Id, string Name, string? CountryCode, LocalizedText? Country, bool? InEuEea)
{
    /// <summary>The name where it differs by language (a hosting provider such as "Zelf gehost" / "Self-hosted").</summary>
    public LocalizedText? Names { get; init; }

    /// <summary>The name in the reader's language.</summary>
    public string NameIn(string language) => Names?.In(language) ?? Name;
}

/// <summary>The processor (the service's vendor) and who controls it at the top of its ownership chain.</summary>
public sealed record RegisterProcessor(RegisterField<RegisterParty> Vendor, RegisterParty? UltimateParent, bool ChainComplete, string Chain);

public enum SubProcessorRole { Hosting, HostedOnService, Listed }

/// <summary>A party that processes the data for the processor, with the fact that names it.</summary>
public sealed record SubProcessor(RegisterParty Party, SubProcessorRole Role, RegisterOrigin Origin, string? Source, DateOnly? Checked);

/// <summary>One reason the data leaves, or may be reached from outside, the EU/EEA, with the fact it rests on.</summary>
public sealed record Transfer(ProcessingRegisterReason Why, RegisterOrigin Origin, string? Source, DateOnly? Checked);

/// <summary>
/// The register's answer on transfers outside the EU/EEA: every transfer with its fact, and what is not known (the gaps); the
/// status is <see cref="TransferStatus.Outside"/> when any transfer is known, else unknown while a gap remains.
/// </summary>
public sealed record TransferFinding(IReadOnlyList<Transfer> Transfers, IReadOnlyList<ProcessingRegisterReason> Gaps)
{
    public TransferStatus Status => Transfers.Count > 0 ? TransferStatus.Outside : Gaps.Count > 0 ? TransferStatus.Unknown : TransferStatus.None;
}

/// <summary>One record of the board's processing register (AVG art. 30): a service, generated from the landscape, with the board's edits laid over.</summary>
public sealed record ProcessingRecord(
    ServiceId ServiceId,
    string ServiceName,
    RegisterField<IReadOnlyList<LocalizedText>> DataCategories,
    RegisterField<IReadOnlyList<DataSubject>> DataSubjects,
    RegisterField<IReadOnlyList<LocalizedText>> Purposes,
    RegisterField<LegalBasis?> LegalBasis,
    RegisterProcessor Processor,
    IReadOnlyList<SubProcessor> SubProcessors,
    TransferFinding Transfers,
    RegisterField<string> Retention,
    RegisterField<string> Notes)
{
    /// <summary>The fields the register shows as unknown, by name; the FG completes them.</summary>
    public IReadOnlyList<RegisterFieldName> UnknownFields =>
    [
        .. new (RegisterFieldName Name, bool Known)[]
        {
            (RegisterFieldName.DataCategories, DataCategories.IsKnown), (RegisterFieldName.DataSubjects, DataSubjects.IsKnown),
            (RegisterFieldName.Purpose, Purposes.IsKnown), (RegisterFieldName.LegalBasis, LegalBasis.IsKnown),
            (RegisterFieldName.Processor, Processor.Vendor.IsKnown), (RegisterFieldName.Transfers, Transfers.Status != TransferStatus.Unknown),
            (RegisterFieldName.Retention, Retention.IsKnown),
        }.Where(f => !f.Known).Select(f => f.Name),
    ];
}

/// <summary>The fields of a record, for the unknowns and for input problems that name their field.</summary>
public enum RegisterFieldName { DataCategories, DataSubjects, Purpose, LegalBasis, Processor, Transfers, Retention, Notes }

/// <summary>What the board set for one service; a null field is not overridden and shows what Regie generated.</summary>
public sealed record ProcessingOverride(
    ServiceId ServiceId, string? Purpose, IReadOnlyList<DataSubject>? DataSubjects, LegalBasis? LegalBasis, string? Retention, string? Notes, BoardEdit Edit)
{
    public bool IsEmpty => Purpose is null && DataSubjects is null && LegalBasis is null && Retention is null && Notes is null;
}

/// <summary>The keys of the closed sets, as the data files, the forms and the API write them.</summary>
public static class RegisterKeys
{
    private static readonly (DataSubject Subject, string Key)[] Subjects =
        [(DataSubject.Pupils, "leerlingen"), (DataSubject.Parents, "ouders"), (DataSubject.Staff, "medewerkers"), (DataSubject.Others, "overigen")];

    private static readonly (LegalBasis Basis, string Key)[] Bases =
    [
        (Privacy.LegalBasis.Consent, "toestemming"), (Privacy.LegalBasis.Contract, "overeenkomst"), (Privacy.LegalBasis.LegalObligation, "wettelijke-plicht"),
        (Privacy.LegalBasis.VitalInterests, "vitaal-belang"), (Privacy.LegalBasis.PublicTask, "algemeen-belang"),
        (Privacy.LegalBasis.LegitimateInterests, "gerechtvaardigd-belang"),
    ];

    public static IReadOnlyList<DataSubject> AllSubjects { get; } = [.. Subjects.Select(s => s.Subject)];

    public static IReadOnlyList<LegalBasis> AllBases { get; } = [.. Bases.Select(b => b.Basis)];

    public static string Key(DataSubject subject) => Subjects.First(s => s.Subject == subject).Key;

    public static string Key(LegalBasis basis) => Bases.First(b => b.Basis == basis).Key;

    public static DataSubject? Subject(string? key) =>
        Subjects.FirstOrDefault(s => string.Equals(s.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Key: not null } found ? found.Subject : null;

    public static LegalBasis? Basis(string? key) =>
        Bases.FirstOrDefault(b => string.Equals(b.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Key: not null } found ? found.Basis : null;
}
