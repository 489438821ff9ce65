using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.Privacy;

namespace Regie.Data;

/// <summary>The board's own fields of its processing register, read as the core's overrides (docs/PROCESSING-REGISTER.md).</summary>
public static class ProcessingRecords
{
    public static async Task<IReadOnlyList<ProcessingOverride>> LoadProcessingOverridesAsync(this RegieDbContext db, CancellationToken ct = default) =>
        [.. (await db.ProcessingRecords.AsNoTracking().ToListAsync(ct)).Select(ToCore).Where(o => !o.IsEmpty)];

    /// <summary>The register of a loaded landscape with the board's fields laid over it.</summary>
    public static async Task<IReadOnlyList<ProcessingRecord>> LoadProcessingRegisterAsync(
        this RegieDbContext db, BoardLandscape landscape, Core.Knowledge.RegieKnowledge knowledge, CancellationToken ct = default) =>
        ProcessingRegister.Build(landscape, knowledge, await db.LoadProcessingOverridesAsync(ct));

    public static ProcessingOverride ToCore(ProcessingRecordEntity e) => new(
        new ServiceId(e.ServiceId),
        e.Purpose,
        e.DataSubjects is null ? null : [.. e.DataSubjects.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(RegisterKeys.Subject).OfType<DataSubject>()],
        RegisterKeys.Basis(e.LegalBasis),
        e.Retention,
        e.Notes,
        new BoardEdit(e.UpdatedBy, e.UpdatedAt));

    /// <summary>Copies an override's fields onto the row; the caller saves.</summary>
    public static void Apply(ProcessingRecordEntity e, ProcessingOverride o)
    {
        e.Purpose = o.Purpose;
        e.DataSubjects = o.DataSubjects is null ? null : string.Join(',', o.DataSubjects.Select(RegisterKeys.Key));
        e.LegalBasis = o.LegalBasis is { } basis ? RegisterKeys.Key(basis) : null;
        e.Retention = o.Retention;
        e.Notes = o.Notes;
        e.UpdatedBy = o.Edit.By;
        e.UpdatedAt = o.Edit.At;
    }
}
