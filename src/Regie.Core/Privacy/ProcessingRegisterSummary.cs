namespace Regie.Core.Privacy;

/// <summary>
/// A processor and how many of the board's services it (or what it relies on) takes outside the EU/EEA; a null processor
/// gathers the services whose vendor is unknown, so that no service's own name reads as a company.
/// </summary>
public sealed record ProcessorTransfers(string? Processor, int Services);

/// <summary>The register in a few figures, for the board report: records, transfers by processor, and what is still unknown.</summary>
public sealed record ProcessingRegisterSummary(
    int Records, int WithTransfers, int TransfersUnknown, IReadOnlyList<ProcessorTransfers> TransfersByProcessor, int RecordsWithUnknownFields, int UnknownFields)
{
    public static ProcessingRegisterSummary Of(IReadOnlyList<ProcessingRecord> records)
    {
        var outside = ProcessingRegister.OutsideEea(records);
        return new ProcessingRegisterSummary(
            records.Count,
            outside.Count,
            records.Count(r => r.Transfers.Status == TransferStatus.Unknown),
            [.. outside.GroupBy(ProcessorName, StringComparer.OrdinalIgnoreCase)
                .Select(g => new ProcessorTransfers(g.Key, g.Count()))
                .OrderBy(p => p.Processor is null).ThenByDescending(p => p.Services).ThenBy(p => p.Processor, StringComparer.OrdinalIgnoreCase)],
            records.Count(r => r.UnknownFields.Count > 0),
            records.Sum(r => r.UnknownFields.Count));
    }

    /// <summary>The ultimate parent when known (that is whom a transfer answers to), else the vendor; null when the vendor is unknown.</summary>
    public static string? ProcessorName(ProcessingRecord record) =>
        record.Processor.UltimateParent?.Name ?? record.Processor.Vendor.Value?.Name;
}
