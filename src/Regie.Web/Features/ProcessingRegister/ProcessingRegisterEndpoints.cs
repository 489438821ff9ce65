using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Reporting;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.ProcessingRecords;

/// <summary>
/// A field of a record: its values (keys for data subjects and legal basis, text otherwise), its display text, where it came
/// from (<c>landscape</c>, <c>catalog</c>, <c>vendor</c>, <c>derived</c>, <c>board</c> or <c>unknown</c>) with its reason,
/// source and date, and who set it when the board did.
/// </summary>
public sealed record FieldDto(
    IReadOnlyList<string> Values, string? Text, string Origin, ReasonDocument Why, string? Source, DateOnly? Checked, string? EditedBy, DateTimeOffset? EditedAt);

public sealed record PartyDto(string? Id, string Name, string? Country, bool? InEuEea);

public sealed record ProcessorDto(
    PartyDto? Vendor, string Origin, ReasonDocument Why, string? Source, DateOnly? Checked, PartyDto? UltimateParent, bool ChainComplete, string Chain);

public sealed record SubProcessorDto(PartyDto Party, string Role, string Origin, string? Source, DateOnly? Checked);

/// <summary>A transfer outside the EU/EEA and the fact it rests on.</summary>
public sealed record TransferDto(ReasonDocument Why, string Origin, string? Source, DateOnly? Checked);

/// <summary>One record of the processing register. <c>TransferStatus</c>: <c>outside</c>, <c>none</c> (every fact known and inside) or <c>unknown</c>.</summary>
public sealed record ProcessingRecordDto(
    Guid ServiceId, string Service, FieldDto DataCategories, FieldDto DataSubjects, FieldDto Purposes, FieldDto LegalBasis, ProcessorDto Processor,
    IReadOnlyList<SubProcessorDto> SubProcessors, string TransferStatus, IReadOnlyList<TransferDto> Transfers, IReadOnlyList<ReasonDocument> Gaps,
    FieldDto Retention, FieldDto Notes, IReadOnlyList<string> Unknown, string Version);

public sealed record ProcessingRegisterDto(ProcessingRegisterSummary Summary, IReadOnlyList<ProcessingRecordDto> Records);

/// <summary>What the board sets for one service; a blank field shows what Regie generates.</summary>
public sealed record ProcessingRecordInputDto(
    string? Purpose, IReadOnlyList<string>? DataSubjects, string? LegalBasis, string? Retention, string? Notes, string? Version = null)
{
    public ProcessingRecordInput ToInput() => new(Purpose, DataSubjects, LegalBasis, Retention, Notes);
}

public static class ProcessingRegisterEndpoints
{
    public static void MapProcessingRegisterApi(this RouteGroupBuilder api)
    {
        var register = api.MapGroup("/processing-register").WithTags("Processing register");
        register.MapGet("/", ListAsync).WithSummary(
            "The processing register (GDPR art. 30) generated from the landscape, the board's fields laid over it; outsideEea=true keeps the records with a known transfer outside the EU/EEA. The summary counts every record; the records are paged as /services (?page=&pageSize=, X-Total-Count, Link).");
        register.MapGet("/document", DocumentAsync).WithSummary("The printable register for the DPO: format=html (default) or pdf (printed by Chromium).");
        register.MapGet("/{id:guid}", GetAsync).WithSummary("One service's record; its version comes as the ETag and as `version` (\"0\": the board set nothing yet).");
        register.MapPut("/{id:guid}", PutAsync).WithSummary(
            "Sets the board's fields of a service's record: purpose, dataSubjects (leerlingen, ouders, medewerkers, overigen), legalBasis (toestemming, overeenkomst, wettelijke-plicht, vitaal-belang, algemeen-belang, gerechtvaardigd-belang), retention, notes; blank fields show what Regie generates. Send the version you read as If-Match (412 when stale) or `version` (409 when stale).");
    }

    private static async Task<Ok<ProcessingRegisterDto>> ListAsync(
        bool? outsideEea, int? page, int? pageSize, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var records = await ProcessingRegisterOperations.RecordsAsync(db, board, ct);
        var versions = await ProcessingRegisterOperations.VersionsAsync(db, ct);
        var shown = Paging.From(page, pageSize, Paging.ApiDefault).Of(outsideEea == true ? ProcessingRegister.OutsideEea(records) : records);
        shown.Describe(http.Response);
        return TypedResults.Ok(new ProcessingRegisterDto(ProcessingRegisterSummary.Of(records),
            [.. shown.Items.Select(r => ProcessingRegisterOperations.ToDto(r, versions.GetValueOrDefault(r.ServiceId.Value, EditVersion.NotStored), text.ApiCulture))]));
    }

    private static async Task<Results<Ok<ProcessingRecordDto>, ProblemHttpResult>> GetAsync(
        Guid id, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        if (await OneAsync(db, board, id, text, ct) is not { } dto)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        EditVersion.Tag(http, dto.Version);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<ProcessingRecordDto>, ValidationProblem, ProblemHttpResult>> PutAsync(
        Guid id, ProcessingRecordInputDto input, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, HttpContext http, CancellationToken ct)
    {
        var saving = await ProcessingRegisterOperations.SaveAsync(db, board, new ServiceId(id), input.ToInput(), time, EditVersion.Requested(http.Request, input.Version), ct);
        if (!saving.ServiceFound)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        if (saving.Stale)
        {
            var current = (await OneAsync(db, board, id, text, ct))!;
            return EditVersion.Conflict(http, "Deze verwerking", current, current.Version);
        }

        if (!saving.Saved)
        {
            return TypedResults.ValidationProblem(
                saving.Problems.GroupBy(p => Key(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => ReasonText.Render(p.Why, text.ApiCulture)).ToArray()),
                title: "De verwerking is niet opgeslagen: controleer de velden.");
        }

        var saved = (await OneAsync(db, board, id, text, ct))!;
        EditVersion.Tag(http, saved.Version);
        return TypedResults.Ok(saved);
    }

    private static async Task<IResult> DocumentAsync(
        string? format, RegieDbContext db, BoardAnalysis board, UiText text, PdfPrinter printer, TimeProvider time, CancellationToken ct)
    {
        var kind = (format ?? "html").Trim().ToLowerInvariant();
        if (!ProcessingRegisterOperations.DocumentFormats.Contains(kind))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Onbekend formaat",
                detail: $"format: '{format}' is geen formaat van het verwerkingsregister; kies html of pdf.");
        }

        try
        {
            var (content, type, name) = await ProcessingRegisterOperations.DocumentAsync(db, board, kind, text.ApiCulture, printer, time, ct);
            return Results.File(content, type, name);
        }
        catch (PdfPrintException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF niet gemaakt", detail: e.Message);
        }
    }

    private static async Task<ProcessingRecordDto?> OneAsync(RegieDbContext db, BoardAnalysis board, Guid id, UiText text, CancellationToken ct) =>
        (await ProcessingRegisterOperations.RecordsAsync(db, board, ct)).FirstOrDefault(r => r.ServiceId.Value == id) is { } record
            ? ProcessingRegisterOperations.ToDto(record, await ProcessingRegisterOperations.VersionAsync(db, id, ct), text.ApiCulture)
            : null;

    /// <summary>The input's field name as the API's body names it.</summary>
    public static string Key(RegisterFieldName field) => field switch
    {
        RegisterFieldName.DataSubjects => "dataSubjects",
        RegisterFieldName.LegalBasis => "legalBasis",
        RegisterFieldName.Retention => "retention",
        RegisterFieldName.Notes => "notes",
        _ => "purpose",
    };
}
