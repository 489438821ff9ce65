using Microsoft.AspNetCore.Mvc;
using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Discovery.Exporting;
using Regie.Web.Features.Shared;
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

        sector.MapGet("/boards", async (RegieDbContext db, SectorBoardListCache cache, UiText text, HttpContext http, CancellationToken ct,
                [FromQuery] int? page, [FromQuery] int? pageSize, [FromQuery] string? q, [FromQuery] string? sector, [FromQuery] string? province,
                [FromQuery] string? provider, [FromQuery] string? area, [FromQuery] string? size, [FromQuery] string? sort, [FromQuery] bool? desc,
                [FromQuery] string? scan, [FromQuery] string? format) =>
            {
                var (filter, errors) = SectorBoardList.Parse(q, sector, province, size, area, provider, sort, desc ?? false);
                var chosen = string.IsNullOrEmpty(format) ? ExportFormat.Json : TableFiles.Parse(format);
                if (chosen is null)
                {
                    errors["format"] = [$"format: '{format}' kennen we niet; kies json, csv of xlsx."];
                }

                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Ongeldige vraag");
                }

                if (await SectorBoardList.ListAsync(db, cache, scan, filter, ct) is not { } list)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Geen scan",
                        detail: string.IsNullOrWhiteSpace(scan) ? "Er is nog geen scan: draai eerst 'regie sector scan'." : $"Geen scan met id '{scan}'.");
                }

                if (chosen != ExportFormat.Json)
                {
                    var english = text.ApiCulture.TwoLetterISOLanguageName == "en";
                    var table = BoardListingExport.Table(list.Rows, english);
                    return TypedResults.File(TableFiles.Bytes(table, chosen!.Value, english), TableFiles.ContentType(chosen.Value),
                        table.FileName("", DateOnly.FromDateTime(list.Scan.StartedAt.UtcDateTime), english, TableFiles.Extension(chosen.Value)));
                }

                var shown = Paging.From(page, pageSize, Paging.ApiDefault).Of(list.Rows);
                shown.Describe(http.Response);
                return TypedResults.Ok(shown.Items.Select(BoardRowDto.From).ToList());
            })
            .RequireAuthorization(Policies.SectorBoards)
            .Produces<List<BoardRowDto>>().Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The register's boards in a scan (scan=ID or latest): number, name, sectors, province, municipality, schools, pupils, the provider " +
                "per area and the areas changed since the scan before. q= searches name, number and municipality; sector=po|so|vo|mbo, province= (- for " +
                "unknown), size=small|medium|large|verylarge, provider=ID in area=mail (default)|mailfilter|identity|dnshosting|webhosting; " +
                "sort=name|number|province|municipality|schools|pupils|provider|changed, desc=true. Paged (?page=&pageSize=, at most 500; X-Total-Count, Link); " +
                "format=csv or xlsx gives every matching board. Sector analysts and system administrators only (not a sector token, which opens aggregates only).");

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

    /// <summary>One board of the list; <see cref="Changed"/> is null when there is no scan before or the board was not in it.</summary>
    public sealed record BoardRowDto(
        string BoardNumber, string Name, IReadOnlyList<string> Sectors, string? Province, string? Municipality, int Schools, int Pupils, BoardSize Size,
        bool ByOwnDomain, IReadOnlyDictionary<ScanArea, ScanProvider> Providers, IReadOnlyList<ScanArea>? Changed)
    {
        public static BoardRowDto From(BoardListRow r) => new(
            r.Board.Board.BoardNumber, r.Board.Board.Name, [.. r.Board.Sectors.Select(s => s.ToString().ToLowerInvariant())], r.Board.Province,
            r.Board.Board.Municipality, r.Schools, r.Board.Pupils, r.Board.Size, r.Board.ByOwnDomain, r.Board.Providers, r.Changed);
    }

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
