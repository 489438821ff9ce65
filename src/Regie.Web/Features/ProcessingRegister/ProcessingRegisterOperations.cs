using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Reporting;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.ProcessingRecords;

/// <summary>What saving a record's fields came to: no such service, refused with the problems of its fields, refused as stale, or saved.</summary>
public sealed record ProcessingSaving(bool ServiceFound, IReadOnlyList<ProcessingInputProblem> Problems, bool Stale = false)
{
    public bool Saved => ServiceFound && Problems.Count == 0 && !Stale;
}

/// <summary>
/// The processing register for the page and the API alike (docs/PROCESSING-REGISTER.md): generated from this request's
/// landscape with the board's fields laid over it; one way to save a service's fields.
/// </summary>
public static class ProcessingRegisterOperations
{
    public static readonly string[] DocumentFormats = ["html", "pdf"];

    public static async Task<IReadOnlyList<ProcessingRecord>> RecordsAsync(RegieDbContext db, BoardAnalysis board, CancellationToken ct) =>
        await db.LoadProcessingRegisterAsync(await board.LandscapeAsync(ct), board.Knowledge, ct);

    /// <summary>The stored rows' versions by service ("0" where the board set nothing yet).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> VersionsAsync(RegieDbContext db, CancellationToken ct) =>
        (await db.ProcessingRecords.AsNoTracking().ToListAsync(ct)).ToDictionary(e => e.ServiceId, e => EditVersion.Of(db, e));

    public static async Task<string> VersionAsync(RegieDbContext db, Guid serviceId, CancellationToken ct) =>
        await db.ProcessingRecords.AsNoTracking().SingleOrDefaultAsync(e => e.ServiceId == serviceId, ct) is { } e ? EditVersion.Of(db, e) : EditVersion.NotStored;

    /// <summary>
    /// The one way a service's fields are saved: read all or nothing by the register's rules, and written only when the stored
    /// row still has <paramref name="expectedVersion"/> (null: any). Every field blank takes the row away: the register shows
    /// what Regie generates again.
    /// </summary>
    public static async Task<ProcessingSaving> SaveAsync(
        RegieDbContext db, BoardAnalysis board, ServiceId id, ProcessingRecordInput input, TimeProvider time, string? expectedVersion, CancellationToken ct)
    {
        var landscape = await board.LandscapeAsync(ct);
        if (!landscape.Services.Any(s => s.Id == id))
        {
            return new(false, []);
        }

        var (edit, problems) = ProcessingRecordRules.Read(id, input, new BoardEdit(db.Actor, time.GetUtcNow()));
        if (edit is null)
        {
            return new(true, problems);
        }

        var serviceId = id.Value;
        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion,
            () => VersionAsync(db, serviceId, ct)!,
            async () =>
            {
                var row = await db.ProcessingRecords.SingleOrDefaultAsync(e => e.ServiceId == serviceId, ct);
                if (edit.IsEmpty)
                {
                    if (row is not null)
                    {
                        db.ProcessingRecords.Remove(row);
                    }
                }
                else
                {
                    if (row is null)
                    {
                        row = new ProcessingRecordEntity { Id = Guid.NewGuid(), ServiceId = serviceId };
                        db.ProcessingRecords.Add(row);
                    }

                    Data.ProcessingRecords.Apply(row, edit);
                }

                await db.SaveChangesAsync(ct);
            }, ct);
        if (!saved)
        {
            return new(true, [], Stale: true);
        }

        board.Invalidate();
        return new(true, []);
    }

    /// <summary>The printable register for the FG: HTML, or PDF printed by Chromium (<see cref="PdfPrintException"/> when it fails).</summary>
    public static async Task<(byte[] Content, string ContentType, string FileName)> DocumentAsync(
        RegieDbContext db, BoardAnalysis board, string format, CultureInfo culture, PdfPrinter printer, TimeProvider time, CancellationToken ct)
    {
        var landscape = await board.LandscapeAsync(ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var html = ProcessingRegisterHtml.Render(landscape.Organisation.Name, today, await RecordsAsync(db, board, ct), culture);
        var table = new Core.Exporting.ExportTable(new("verwerkingsregister", "processing-register"), [new("x", "x", "x")], []);
        var name = table.FileName(landscape.Organisation.Name, today, culture.TwoLetterISOLanguageName == "en", format);
        return format == "pdf"
            ? (await printer.PrintAsync(html, ct), "application/pdf", name)
            : (new UTF8Encoding(false).GetBytes(html), "text/html; charset=utf-8", name);
    }

    /// <summary>The record as the API gives it: every field with its origin, reason, source, date and who set it.</summary>
    public static ProcessingRecordDto ToDto(ProcessingRecord r, string version, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName == "en" ? "en" : "nl";
        FieldDto Field<T>(RegisterField<T> f, IReadOnlyList<string> values, string? text) => new(
            values, text, f.Origin.ToString().ToLowerInvariant(), ReasonDocument.From(f.Why, culture), f.Source, f.Checked, f.Edit?.By, f.Edit?.At);
        return new ProcessingRecordDto(
            r.ServiceId.Value, r.ServiceName,
            Field(r.DataCategories, [.. (r.DataCategories.Value ?? []).Select(c => c.In(language))], null),
            Field(r.DataSubjects, [.. (r.DataSubjects.Value ?? []).Select(RegisterKeys.Key)],
                r.DataSubjects.IsKnown ? string.Join(", ", r.DataSubjects.Value!.Select(s => ReasonText.SubjectName(s, culture))) : null),
            Field(r.Purposes, [.. (r.Purposes.Value ?? []).Select(p => p.In(language))], null),
            Field(r.LegalBasis, r.LegalBasis.Value is { } b ? [RegisterKeys.Key(b)] : [], r.LegalBasis.Value is { } basis ? ReasonText.BasisName(basis, culture) : null),
            new ProcessorDto(
                r.Processor.Vendor.Value is { } v ? Party(v, language) : null, r.Processor.Vendor.Origin.ToString().ToLowerInvariant(),
                ReasonDocument.From(r.Processor.Vendor.Why, culture), r.Processor.Vendor.Source, r.Processor.Vendor.Checked,
                r.Processor.UltimateParent is { } p ? Party(p, language) : null, r.Processor.ChainComplete, r.Processor.Chain),
            [.. r.SubProcessors.Select(s => new SubProcessorDto(Party(s.Party, language), s.Role.ToString().ToLowerInvariant(), s.Origin.ToString().ToLowerInvariant(), s.Source, s.Checked))],
            r.Transfers.Status.ToString().ToLowerInvariant(),
            [.. r.Transfers.Transfers.Select(t => new TransferDto(ReasonDocument.From(t.Why, culture), t.Origin.ToString().ToLowerInvariant(), t.Source, t.Checked))],
            [.. r.Transfers.Gaps.Select(g => ReasonDocument.From(g, culture))],
            Field(r.Retention, r.Retention.Value is { } ret ? [ret] : [], r.Retention.Value),
            Field(r.Notes, r.Notes.Value is { } n ? [n] : [], r.Notes.Value),
            [.. r.UnknownFields.Select(f => f.ToString().ToLowerInvariant())],
            version);
    }

    private static PartyDto Party(RegisterParty p, string language) => new(p.Id, p.NameIn(language), p.CountryCode, p.InEuEea);
}
