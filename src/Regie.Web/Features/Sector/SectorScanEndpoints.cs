using Microsoft.AspNetCore.Mvc;
using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Discovery.Exporting;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Observatory;

/// <summary>
/// GET /api/v1/sector/scans, /sector/summary and /sector/boards/{number}: the public sector scan (docs/SECTOR.md). The
/// aggregates are public DNS facts about public bodies: anyone signed in may read them; a board's own results follow
/// <see cref="SectorScanOperations.MayOpenAsync"/>.
/// </summary>
public static class SectorScanEndpoints
{
    public static void MapSectorScanApi(this RouteGroupBuilder api)
    {
        var sector = api.MapGroup("/sector").WithTags("Sector").RequireAuthorization(Policies.SignedIn);

        sector.MapGet("/scans", async (RegieDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.SectorScansAsync(ct)).Select(ScanDto.From).ToList()))
            .WithSummary("Every sector scan, newest first: when, how far (domains, done, resolved), DNS questions sent. Any signed-in user.");

        sector.MapGet("/summary", async (RegieDbContext db, UiText text, CancellationToken ct,
                [FromQuery] string? scan, [FromQuery] string? by, [FromQuery] string? compare, [FromQuery] string? format) =>
            {
                if (SectorScanOperations.Grouping(by) is not { } grouping)
                {
                    return Bad("by", $"by: '{by}' kennen we niet; kies all, sector, province of size.");
                }

                var chosen = string.IsNullOrEmpty(format) ? ExportFormat.Json : TableFiles.Parse(format);
                if (chosen is null)
                {
                    return Bad("format", $"format: '{format}' kennen we niet; kies json, csv of xlsx.");
                }

                var view = await SectorScanOperations.SummaryAsync(db, scan, grouping, compare, ct);
                if (view.Result is not { } result)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Geen scan",
                        detail: view.Problem is null ? "Er is nog geen scan: draai eerst 'regie sector scan'." : string.Format(ReasonText.Dutch, view.Problem, view.ProblemArgument));
                }

                if (chosen != ExportFormat.Json)
                {
                    var english = text.ApiCulture.TwoLetterISOLanguageName == "en";
                    var table = ScanSummaryExport.Table(result.Summary, english);
                    return TypedResults.File(TableFiles.Bytes(table, chosen.Value, english), TableFiles.ContentType(chosen.Value),
                        table.FileName("", DateOnly.FromDateTime(result.Scan.StartedAt.UtcDateTime), english, TableFiles.Extension(chosen.Value)));
                }

                return TypedResults.Ok(new SummaryDto(ScanDto.From(result.Scan), SectorScanOperations.By(grouping), result.Summary,
                    result.Compared is null ? null : ScanDto.From(result.Compared),
                    [.. result.Moves.Select(m => new MoveDto(m.Area, m.From, m.To, m.Boards, m.Schools, text.Document(m)))]));
            })
            .Produces<SummaryDto>().Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The share of schools, boards and pupils per provider of mail, mail filter, identity, DNS and web hosting in a scan " +
                "(scan=ID, its first characters, or latest), for the whole sector and by=all|sector|province|size, with the moves since " +
                "compare=OLDER_SCAN. format=json (default), csv (Dutch Excel: ';', decimal comma, BOM; English: ',' and '.') or xlsx: the table of `regie sector summary --format csv`. Any signed-in user.");

        sector.MapGet("/boards/{number}", async (string number, RegieDbContext db, CurrentBoard board, CancellationToken ct, [FromQuery] string? scan) =>
                await SectorScanOperations.MayOpenAsync(db, board, number, ct)
                && await SectorScanOperations.BoardAsync(db, number, scan, ct) is { } results
                    ? Results.Ok(BoardDto.From(results))
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: $"Bestuur {number} is niet gevonden in de laatste scan."))
            .Produces<BoardDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One register board's schools in a scan (scan=ID or latest): each school's domain, what DNS said, the provider per area " +
                "and the findings with their evidence. Sector analysts, system administrators and members of the Regie board with this " +
                "register board number; everybody else gets 404.");
    }

    private static IResult Bad(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Ongeldige vraag");

    public sealed record ScanDto(Guid Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, SectorScanStatus Status, int Domains, int Done, int Resolved, long Queries)
    {
        public static ScanDto From(SectorScanEntity s) => new(s.Id, s.StartedAt, s.FinishedAt, s.Status, s.Domains, s.Done, s.Resolved, s.Queries);
    }

    public sealed record MoveDto(ScanArea Area, string From, string To, int Boards, int Schools, ReasonDocument Reason);

    public sealed record SummaryDto(ScanDto Scan, string By, ScanSummary Summary, ScanDto? Compared, IReadOnlyList<MoveDto> Moves);

    public sealed record SchoolDto(
        string Code, string Name, string Sector, bool IsMainLocation, string? Province, string? Website, int? Pupils,
        string? Domain, DomainOutcome? Outcome, IReadOnlyDictionary<ScanArea, ScanProvider> Providers, IReadOnlyList<Finding> Findings);

    public sealed record BoardDto(
        ScanDto Scan, string BoardNumber, string Name, string? Website, string? Domain, bool ByOwnDomain, DomainOutcome? Outcome, int Pupils,
        BoardSize Size, string? Province, IReadOnlyDictionary<ScanArea, ScanProvider> Providers, IReadOnlyList<Finding> Findings, IReadOnlyList<SchoolDto> Schools)
    {
        public static BoardDto From(BoardScanResults r) => new(
            ScanDto.From(r.Scan), r.Board.Board.BoardNumber, r.Board.Board.Name, r.Board.Board.Website, r.Board.Domain, r.Board.ByOwnDomain, r.Outcome,
            r.Board.Pupils, r.Board.Size, r.Board.Province, r.Board.Providers, r.Findings,
            [.. r.Schools.Select(s => new SchoolDto(s.School.Code, s.School.Name, s.School.Sector.ToString().ToLowerInvariant(), s.School.IsMainLocation,
                s.School.Province, s.School.Website, s.School.Pupils, s.Domain, s.Outcome, s.Providers, s.Findings))]);
    }
}
