using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.ImpactAssessments;

/// <summary>A sector DPIA as the API and the pages show it: the catalog fact with its source and the date it was read.</summary>
public sealed record SectorDpiaDto(
    string Id, string Title, string? PerformedBy, string CommissionedBy, IReadOnlyList<string> For, string Published,
    IReadOnlyList<string> Products, IReadOnlyList<string> Providers, SectorDpiaOutcome Outcome, string OutcomeText, string Summary,
    string Url, string Source, DateOnly Checked, string Confidence)
{
    public static SectorDpiaDto From(SectorDpia d, CultureInfo culture) => new(
        d.Id, d.Title, d.PerformedBy, d.CommissionedBy, d.For, d.Published, d.Products, d.Providers, d.Outcome,
        ReasonText.SectorOutcomeName(d.Outcome, culture.TwoLetterISOLanguageName == "en"), d.Summary, d.Url, d.Source, d.Checked,
        d.Confidence.ToString().ToLowerInvariant());
}

public sealed record HighRiskDto(string Description, string? Measure, MeasureStatus MeasureStatus);

/// <summary>One line of the register with what Regie concludes (overdue, missing review date, sector DPIAs) and its reasons.</summary>
public sealed record ImpactEntryDto(
    Guid ServiceId, string Service, string? ProductId, ImpactKind Kind, AssessmentStatus Status, DateOnly? PerformedOn, ImpactOutcome Outcome,
    IReadOnlyList<HighRiskDto> Risks, DateOnly? ReviewOn, string? SectorDpiaId, string? Notes, bool Overdue, bool ReviewDateMissing,
    int HighRisksWithoutMeasure, IReadOnlyList<SectorDpiaDto> SectorDpias, IReadOnlyList<ReasonDocument> Reasons, string? Version = null);

public sealed record ImpactRegisterDto(ImpactKind Kind, int Services, int Overdue, int ReviewDatesMissing, int HighRisksWithoutMeasure,
    IReadOnlyDictionary<AssessmentStatus, int> ByStatus, IReadOnlyList<ImpactEntryDto> Entries);

/// <summary>What a board saves for one service and kind: the status (written on the service) and the register's details.</summary>
public sealed record ImpactAssessmentInput(
    AssessmentStatus Status, DateOnly? PerformedOn, ImpactOutcome Outcome, IReadOnlyList<HighRiskDto>? Risks, DateOnly? ReviewOn,
    string? SectorDpiaId, string? Notes, string? Version = null)
{
    public ImpactAssessmentDetails ToDetails() => new(
        PerformedOn, Outcome, [.. (Risks ?? []).Select(r => new HighRisk(r.Description ?? "", r.Measure, r.MeasureStatus))], ReviewOn, SectorDpiaId, Notes);
}

/// <summary>What saving came to: no such service, refused with reasons naming the fields, refused as stale, or saved.</summary>
public sealed record ImpactSaving(bool ServiceFound, IReadOnlyList<ImpactAssessmentReason> Problems, bool Stale = false)
{
    public bool Saved => ServiceFound && Problems.Count == 0 && !Stale;
}

/// <summary>Reads and writes the DPIA and KIA register for the pages and the API alike.</summary>
public static class ImpactAssessmentStore
{
    public static bool TryParseKind(string? text, out ImpactKind kind)
    {
        kind = text?.ToLowerInvariant() switch { "dpia" => ImpactKind.Dpia, "kia" => ImpactKind.Kia, _ => (ImpactKind)(-1) };
        return Enum.IsDefined(kind);
    }

    public static string Slug(ImpactKind kind) => kind == ImpactKind.Dpia ? "dpia" : "kia";

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public static async Task<ImpactRegister> RegisterAsync(RegieDbContext db, BoardAnalysis board, ImpactKind kind, DateOnly today, CancellationToken ct)
    {
        var landscape = await board.LandscapeAsync(ct);
        var details = await ImpactAssessmentQueries.DetailsAsync(db, kind, ct);
        return Core.Privacy.ImpactAssessments.Build(landscape.Services, kind, details, await board.CatalogAsync(ct), board.Knowledge.SectorDpias, today);
    }

    public static ImpactRegisterDto ToDto(ImpactRegister register, CultureInfo culture, bool overdueOnly) => new(
        register.Kind, register.Entries.Count, register.Overdue, register.ReviewDatesMissing, register.HighRisksWithoutMeasure, register.CountByStatus,
        [.. register.Entries.Where(e => !overdueOnly || e.Overdue).Select(e => ToDto(e, culture, null))]);

    public static ImpactEntryDto ToDto(ImpactRegisterEntry e, CultureInfo culture, string? version) => new(
        e.ServiceId.Value, e.Service, e.ProductId, e.Kind, e.Status, e.Details.PerformedOn, e.Details.Outcome,
        [.. e.Details.Risks.Select(r => new HighRiskDto(r.Description, r.Measure, r.MeasureStatus))], e.Details.ReviewOn, e.Details.SectorDpiaId,
        e.Details.Notes, e.Overdue, e.ReviewDateMissing, e.HighRisksWithoutMeasure, [.. e.SectorDpias.Select(d => SectorDpiaDto.From(d, culture))],
        [.. e.Reasons.Select(r => ReasonDocument.From(r, culture))], version);

    /// <summary>The entry of one service, with the version a save must carry; null when the board has no such service.</summary>
    public static async Task<ImpactEntryDto?> LoadAsync(
        RegieDbContext db, BoardAnalysis board, ServiceId id, ImpactKind kind, DateOnly today, CultureInfo culture, CancellationToken ct)
    {
        var landscape = await board.LandscapeAsync(ct);
        if (landscape.Services.FirstOrDefault(s => s.Id == id) is not { } service || await VersionAsync(db, id, kind, ct) is not { } version)
        {
            return null;
        }

        var entity = await db.ImpactAssessments.AsNoTracking().Include(a => a.Risks).SingleOrDefaultAsync(a => a.ServiceId == id.Value && a.Kind == kind, ct);
        var details = entity is null ? ImpactAssessmentDetails.None : ImpactAssessmentQueries.ToDetails(entity);
        var entry = Core.Privacy.ImpactAssessments.Entry(service, kind, details, await board.CatalogAsync(ct), board.Knowledge.SectorDpias, today);
        return ToDto(entry, culture, version);
    }

    /// <summary>
    /// The version of what the editor edits: the service's status and the stored entry with its risks. Null when the service is gone.
    /// </summary>
    public static async Task<string?> VersionAsync(RegieDbContext db, ServiceId id, ImpactKind kind, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().Where(s => s.Id == id.Value).Select(s => new { s.Dpia, s.Kia }).SingleOrDefaultAsync(ct);
        if (service is null)
        {
            return null;
        }

        var entity = await db.ImpactAssessments.AsNoTracking().Include(a => a.Risks).SingleOrDefaultAsync(a => a.ServiceId == id.Value && a.Kind == kind, ct);
        var status = kind == ImpactKind.Dpia ? service.Dpia : service.Kia;
        object[] related = entity is null
            ? ["none"]
            : [.. entity.Risks.OrderBy(r => r.Position).Select(r => $"{r.Position}|{r.Description}|{r.Measure}|{r.MeasureStatus}")];
        var probe = entity ?? new ImpactAssessmentEntity();
        return EditVersion.Of(db, probe, [status.ToString(), .. related]);
    }

    /// <summary>
    /// The one way an entry is saved: checked by <see cref="ImpactAssessmentRules"/> against today's date and the sector DPIAs,
    /// written (status on the service, details beside it) only when nothing is wrong and the stored version is still
    /// <paramref name="expectedVersion"/> (null: any), in one transaction; a refused entry leaves everything stored untouched.
    /// </summary>
    public static async Task<ImpactSaving> ValidateAndSaveAsync(
        RegieDbContext db, BoardAnalysis board, ServiceId id, ImpactKind kind, ImpactAssessmentInput input, TimeProvider time, CancellationToken ct,
        string? expectedVersion = null)
    {
        var landscape = await board.LandscapeAsync(ct);
        if (!landscape.Services.Any(s => s.Id == id))
        {
            return new(false, []);
        }

        var details = input.ToDetails();
        var problems = ImpactAssessmentRules.Check(details, board.Knowledge.SectorDpias, Today(time)).ToList();
        if (!Enum.IsDefined(input.Status))
        {
            problems.Add(new ImpactValueUnknown(ImpactField.Status, input.Status.ToString()));
        }

        if (!Enum.IsDefined(input.Outcome))
        {
            problems.Add(new ImpactValueUnknown(ImpactField.Outcome, input.Outcome.ToString()));
        }

        problems.AddRange((input.Risks ?? []).Where(r => !Enum.IsDefined(r.MeasureStatus)).Select(r => new ImpactValueUnknown(ImpactField.MeasureStatus, r.MeasureStatus.ToString())));

        if (problems.Count > 0)
        {
            return new(true, problems);
        }

        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, () => VersionAsync(db, id, kind, ct),
            () => WriteAsync(db, id, kind, input.Status, ImpactAssessmentRules.Normalise(details), time.GetUtcNow(), ct), ct);
        if (!saved)
        {
            return new(true, [], Stale: true);
        }

        board.Invalidate();
        return new(true, []);
    }

    private static async Task WriteAsync(
        RegieDbContext db, ServiceId id, ImpactKind kind, AssessmentStatus status, ImpactAssessmentDetails details, DateTimeOffset now, CancellationToken ct)
    {
        var service = await db.Services.SingleAsync(s => s.Id == id.Value, ct);
        if (kind == ImpactKind.Dpia)
        {
            service.Dpia = status;
        }
        else
        {
            service.Kia = status;
        }

        var entity = await db.ImpactAssessments.Include(a => a.Risks).SingleOrDefaultAsync(a => a.ServiceId == id.Value && a.Kind == kind, ct);
        if (entity is null)
        {
            entity = new ImpactAssessmentEntity { Id = Guid.NewGuid(), ServiceId = id.Value, Kind = kind };
            db.ImpactAssessments.Add(entity);
        }

        entity.PerformedOn = details.PerformedOn;
        entity.Outcome = details.Outcome;
        entity.ReviewOn = details.ReviewOn;
        entity.SectorDpiaId = details.SectorDpiaId;
        entity.Notes = details.Notes;
        entity.UpdatedAt = now;
        db.ImpactRisks.RemoveRange(entity.Risks);
        entity.Risks = [.. details.Risks.Select((r, i) => new ImpactRiskEntity
        {
            Id = Guid.NewGuid(), AssessmentId = entity.Id, Position = i + 1, Description = r.Description, Measure = r.Measure, MeasureStatus = r.MeasureStatus,
        })];
        await db.SaveChangesAsync(ct);
    }
}
