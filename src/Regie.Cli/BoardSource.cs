using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Regie.Cli.Remote;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data.Imports;
using Regie.Discovery.Imports;

namespace Regie.Cli;

/// <summary>
/// Where the board's data comes from: the local database with the data folder, or a Regie server (--server with a token).
/// Both give the same documents, so the commands render one way whichever answers.
/// </summary>
internal interface IBoardSource : IDisposable
{
    /// <summary>The board's assessment, every service most urgent first, its reasons in <paramref name="culture"/>.</summary>
    Task<AssessmentDocument> ScoresAsync(string? profile, CultureInfo culture, CancellationToken ct);

    Task<VerdictDocument> VerdictAsync(CultureInfo culture, CancellationToken ct);

    /// <summary>Imports (or previews) a file; a file the importer refuses comes back with its errors, nothing stored.</summary>
    Task<ImportReport> ImportAsync(ImportRequest request, CancellationToken ct);

    /// <summary>The DPIA or KIA register, only the overdue reviews when <paramref name="overdueOnly"/> (docs/IMPACT-ASSESSMENTS.md).</summary>
    Task<ImpactRegisterView> ImpactRegisterAsync(Core.Privacy.ImpactKind kind, bool overdueOnly, CancellationToken ct);

    /// <summary>The processing register as the terminal's table shows it, with the summary of every record (docs/PROCESSING-REGISTER.md).</summary>
    Task<RegisterLines> ProcessingRegisterLinesAsync(bool outsideEea, CultureInfo culture, CancellationToken ct);

    /// <summary>The processing register with every column, as the web's download (CSV, XLSX, JSON).</summary>
    Task<Core.Exporting.ExportTable> ProcessingRegisterTableAsync(bool outsideEea, CultureInfo culture, CancellationToken ct);

    /// <summary>The board's public-values assessments, one, or two or more side by side (docs/PUBLIC-VALUES.md).</summary>
    Task<ValuesView> PublicValuesAsync(ValuesRequest request, CultureInfo culture, CancellationToken ct);
}

/// <summary>An import as the command line asked for it: the file, its format, the --match answers and the options.</summary>
internal sealed record ImportRequest(string Path, ImportFormat Format, IReadOnlyList<string> MatchAnswers, ImportOptions Options)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>The local database (--database or --connection) and the data folder, as before there was a server.</summary>
internal sealed partial class LocalBoardSource(CliContext cli, ParseResult parse) : IBoardSource
{
    public async Task<AssessmentDocument> ScoresAsync(string? profile, CultureInfo culture, CancellationToken ct)
    {
        var knowledge = await cli.LoadKnowledgeAsync(parse);
        if (profile is not null && knowledge.Model.Profiles.All(p => p.Id != profile))
        {
            throw UserError.Usage($"--profile: onbekend wegingsprofiel '{profile}'. Kies uit: {string.Join(", ", knowledge.Model.Profiles.Select(p => p.Id))}.");
        }

        await using var board = await cli.OpenBoardAsync(parse, ct);
        var assessment = await cli.StatusAsync("Scores berekenen…", () => Task.FromResult(BoardAssessor.Assess(board.Landscape, knowledge, profile)));
        return AssessmentDocument.From(assessment, culture, new AssessedOrganisation(board.Organisation.Id, board.Organisation.Name), knowledge.Catalog.Version);
    }

    public async Task<VerdictDocument> VerdictAsync(CultureInfo culture, CancellationToken ct)
    {
        var knowledge = await cli.LoadKnowledgeAsync(parse);
        await using var board = await cli.OpenBoardAsync(parse, ct);
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(board.Landscape, knowledge, null, cache);
        var verdict = await cli.StatusAsync("Oorzaken en hefbomen berekenen…", () => Task.FromResult(BoardVerdict.For(board.Landscape, knowledge, assessment, cache)));
        return VerdictDocument.From(verdict, assessment, culture, new AssessedOrganisation(board.Organisation.Id, board.Organisation.Name), knowledge.Catalog.Version);
    }

    public async Task<ImportReport> ImportAsync(ImportRequest request, CancellationToken ct)
    {
        var decisions = MatchDecisions.Parse(request.MatchAnswers, out _) ?? MatchDecisions.None;
        // The catalog loads on a second thread while the database is checked and the board loaded (docs/PERFORMANCE.md).
        var (knowledge, opened) = await cli.LoadKnowledgeAndOpenBoardAsync(parse, ct);
        await using var board = opened;
        var result = await cli.StatusAsync(request.Options.DryRun ? $"{request.FileName} lezen…" : $"{request.FileName} importeren…", async () =>
        {
            await using var stream = File.OpenRead(request.Path);
            return await ImportApplier.ImportAsync(
                board.Db, new OrganisationId(board.Organisation.Id),
                landscape => BoardImport.Read(stream, request.FileName, request.Format, knowledge, landscape, decisions), request.FileName, ct, cli.Time, request.Options);
        });
        StartupTrace.Mark("imported");
        return ImportReport.From(result, board.Organisation.Name);
    }

    public void Dispose()
    {
    }
}

/// <summary>A Regie server's /api/v1, as the token's user and role on the token's board.</summary>
internal sealed partial class RemoteBoardSource(RegieServer server) : IBoardSource
{
    /// <summary>The largest page the API gives (Features/Shared/Paging.MaxPageSize).</summary>
    private const int PageSize = 500;

    public async Task<AssessmentDocument> ScoresAsync(string? profile, CultureInfo culture, CancellationToken ct)
    {
        if (profile is not null)
        {
            throw UserError.Usage("--profile werkt niet met --server: de server rekent met het wegingsprofiel van het bestuur (te kiezen op de pagina Processen).");
        }

        var (first, services) = await AllPagesAsync<AssessmentDocument, ServiceAssessmentDocument>("scores", "score", culture.Name, d => d.Services, ct);
        return first with { Services = services };
    }

    /// <summary>
    /// Every page of a paged list (X-Total-Count, at most <see cref="PageSize"/> a page), so that a table is never silently cut
    /// short: the first page's document (the counts beside the list) and the items of all pages.
    /// </summary>
    private async Task<(TDocument First, List<TItem> Items)> AllPagesAsync<TDocument, TItem>(
        string path, string command, string language, Func<TDocument, IReadOnlyList<TItem>> items, CancellationToken ct)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var (first, total) = await server.GetPageAsync<TDocument>($"{path}{separator}pageSize={PageSize}", command, language, ct);
        var all = new List<TItem>(items(first));
        for (var page = 2; total is { } count && all.Count < count; page++)
        {
            var (next, _) = await server.GetPageAsync<TDocument>($"{path}{separator}page={page}&pageSize={PageSize}", command, language, ct);
            if (items(next).Count == 0)
            {
                throw new UserError($"De server {server.Address} noemt {count} regels maar gaf er {all.Count}; probeer het opnieuw.");
            }

            all.AddRange(items(next));
        }

        return (first, all);
    }

    private T Read<T>(JsonDocument json)
    {
        try
        {
            return json.Deserialize<T>(RegieServer.Json) ?? throw new JsonException("leeg antwoord");
        }
        catch (JsonException e)
        {
            throw new UserError($"Het antwoord van {server.Address} is geen Regie-antwoord dat deze regie kent ({e.Message}).");
        }
    }

    public Task<VerdictDocument> VerdictAsync(CultureInfo culture, CancellationToken ct) =>
        server.GetAsync<VerdictDocument>("verdict", "verdict", culture.Name, ct);

    public async Task<ImportReport> ImportAsync(ImportRequest request, CancellationToken ct)
    {
        var boards = await server.GetAsync<List<RemoteBoard>>("organisations", "import", ReasonText.Dutch.Name, ct);
        var boardName = boards.FirstOrDefault()?.Name ?? server.Address.Host;
        var query = new List<string>
        {
            "fileName=" + Uri.EscapeDataString(request.FileName), "format=" + FormatName(request.Format),
            "dryRun=" + (request.Options.DryRun ? "true" : "false"), "removeMissing=" + (request.Options.RemoveMissing ? "true" : "false"),
        };
        if (request.Options.ExpectedFingerprint is { } fingerprint)
        {
            query.Add("fingerprint=" + Uri.EscapeDataString(fingerprint));
        }

        query.AddRange(request.MatchAnswers.Select(m => "match=" + Uri.EscapeDataString(m)));
        await using var file = File.OpenRead(request.Path);
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var (status, body) = await server.PostAsync("import?" + string.Join('&', query), content, "import", ReasonText.Dutch.Name, ct);
        using (body)
        {
            // A 400 is either the import's own answer (its errors, nothing stored) or a problem document about the request.
            if (status == HttpStatusCode.BadRequest && !body.RootElement.TryGetProperty("succeeded", out _))
            {
                throw new UserError($"Niets geïmporteerd: {string.Join(" ", Problem.Messages(body.RootElement))}");
            }

            return Read<RemoteImport>(body).ToReport(boardName);
        }
    }

    // The API's words for the formats (ImportFormats.Parse).
    private static string FormatName(ImportFormat format) => format switch
    {
        ImportFormat.Entra => "entra",
        ImportFormat.GoogleWorkspace => "google",
        ImportFormat.CycloneDx => "cyclonedx",
        ImportFormat.Daaf => "daaf",
        _ => "inventory",
    };

    public void Dispose() => server.Dispose();

    private sealed record RemoteBoard(Guid Id, string Name);

    /// <summary>The parts of the API's import answer (ImportResultDto) the report shows; its texts are already Dutch.</summary>
    private sealed record RemoteImport(
        ImportFormat Format, string FileName, bool Succeeded, bool Applied, string Fingerprint, int Created, int Updated, int Joined, int Skipped,
        int Recognised, int Dependencies, int Assessments, IReadOnlyList<RemoteIssue> Errors, IReadOnlyList<RemoteIssue> Notes,
        IReadOnlyList<RemoteIssue> Review, IReadOnlyList<RemoteRow> Rows, int RowsOmitted, IReadOnlyList<ImportedEdge> NewEdges,
        IReadOnlyList<RemoteMissing> Missing, bool MissingRemoved)
    {
        public ImportReport ToReport(string boardName) => new(
            boardName, Format, FileName, Applied, Fingerprint, Created, Updated, Joined, Skipped, Recognised, Dependencies, Assessments,
            [.. Errors.Select(e => e.Text)],
            [.. Rows.Select(r => new ImportReport.Row(r.Place, r.RawName, r.Outcome, r.ServiceName, r.CatalogProductId, r.Why.Text, [.. r.Changes.Select(c => c.Text)]))],
            RowsOmitted, [.. NewEdges.Select(e => ReasonText.Edge(e, ReasonText.Dutch))], [.. Notes.Select(n => n.Text)],
            [.. Missing.Select(m => m.Name)], MissingRemoved,
            [.. Review.Select(r => new ImportReport.Unsure(r.Text, Arg(r.Why, "name"), Arg(r.Why, "productId")))]);

        private static string Arg(ReasonDocument why, string name) => why.Args.GetValueOrDefault(name)?.ToString() ?? "";
    }

    private sealed record RemoteIssue(ReasonDocument Why, string Text);

    private sealed record RemoteRow(string Place, string RawName, RowOutcome Outcome, string ServiceName, string? CatalogProductId, ReasonDocument Why, IReadOnlyList<RemoteChange> Changes);

    private sealed record RemoteChange(string Text);

    private sealed record RemoteMissing(Guid Id, string Name);
}

/// <summary>
/// An import's answer as the command line reports it, whether the local importer or a server gave it: counts, rows with their
/// reasons and changes, new dependencies, notes, missing services and the review list, each already in Dutch words.
/// </summary>
internal sealed record ImportReport(
    string BoardName, ImportFormat Format, string FileName, bool Applied, string Fingerprint, int Created, int Updated, int Joined, int Skipped,
    int Recognised, int Dependencies, int Assessments, IReadOnlyList<string> Errors, IReadOnlyList<ImportReport.Row> Rows, int RowsOmitted,
    IReadOnlyList<string> NewEdges, IReadOnlyList<string> Notes, IReadOnlyList<string> Missing, bool MissingRemoved, IReadOnlyList<ImportReport.Unsure> Review)
{
    public bool Succeeded => Errors.Count == 0;

    public int RowCount => Created + Updated + Joined + Skipped;

    public sealed record Row(string Place, string RawName, RowOutcome Outcome, string ServiceName, string? CatalogProductId, string Why, IReadOnlyList<string> Changes);

    /// <summary>An unsure recognition: the whole line, and the row name and product the --match that decides it needs.</summary>
    public sealed record Unsure(string Text, string Name, string ProductId);

    public static ImportReport From(ImportResult result, string boardName)
    {
        var dutch = ReasonText.Dutch;
        return new(
            boardName, result.Format, result.FileName, result.Applied, result.Fingerprint, result.Created, result.Updated, result.Joined, result.Skipped,
            result.Recognised, result.Dependencies, result.Assessments, [.. result.Errors.Select(e => ReasonText.Render(e, dutch))],
            [.. result.Rows.Select(r => new Row(r.Place, r.RawName, r.Outcome, r.ServiceName, r.CatalogProductId, ReasonText.Render(r.Why, dutch),
                [.. r.Changes.Select(c => ReasonText.Change(c, dutch))]))],
            0, [.. result.NewEdges.Select(e => ReasonText.Edge(e, dutch))], [.. result.OtherNotes.Select(n => ReasonText.Render(n, dutch))],
            [.. result.Missing.Select(m => m.Name)], result.MissingRemoved,
            [.. result.Review.Select(u => u.Why is MightBeProduct maybe ? new Unsure(ReasonText.Render(u, dutch), maybe.Name, maybe.ProductId) : new Unsure(ReasonText.Render(u, dutch), "", ""))]);
    }
}
