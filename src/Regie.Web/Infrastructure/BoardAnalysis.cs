using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;
using Regie.Web.Features.Shared;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The current board's landscape, assessment, graph and verdict. Pages and the API read the core's result objects from here
/// and never recompute or re-explain them. They are kept across requests in <see cref="BoardAnalysisCache"/> until the board's
/// data changes (<see cref="BoardVersion"/>, read once per request, so a write by the command line counts too), or the
/// knowledge, the weight profile or the day.
/// </summary>
public sealed class BoardAnalysis(RegieDbContext db, CurrentBoard board, RegieKnowledge knowledge, TimeProvider time, BoardAnalysisCache shared, AsOfSnapshot asOf)
{
    private AnalysedBoard? held;

    public RegieKnowledge Knowledge => knowledge;

    public async Task<BoardLandscape> LandscapeAsync(CancellationToken cancellationToken = default) =>
        await LandscapeOfAsync(await HeldAsync(cancellationToken), cancellationToken);

    public async Task<BoardAssessment> AssessmentAsync(CancellationToken cancellationToken = default) =>
        await AssessmentOfAsync(await HeldAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// The services by urgency (<see cref="BoardAssessment.ByUrgency"/>), ranked once per analysis: the priorities page and
    /// the API's ranked lists ask for it on every request, and sorting a few hundred services by name is not free.
    /// </summary>
    public async Task<IReadOnlyList<ServiceAssessment>> RankedAsync(CancellationToken cancellationToken = default)
    {
        var analysed = await HeldAsync(cancellationToken);
        var assessment = await AssessmentOfAsync(analysed, cancellationToken);
        return await analysed.OnceAsync(a => a.Ranked, a => Task.FromResult(a.Ranked = assessment.ByUrgency()), cancellationToken);
    }

    /// <summary>The verdict: standings, root causes with their lifts, the decision plan and where to begin.</summary>
    public async Task<BoardVerdict> VerdictAsync(CancellationToken cancellationToken = default)
    {
        var analysed = await HeldAsync(cancellationToken);
        var landscape = await LandscapeOfAsync(analysed, cancellationToken);
        var assessment = await AssessmentOfAsync(analysed, cancellationToken);
        return await analysed.OnceAsync(a => a.Verdict,
            a => Task.FromResult(a.Verdict = BoardVerdict.For(landscape, knowledge, assessment, a.Scores)), cancellationToken);
    }

    /// <summary>
    /// The catalog as this board sees it (its own parties and products, its corrections, its vendors' current answers), made
    /// once per analysis: building it copies the catalog's lists, too much to do on every page view of a board with own entries.
    /// </summary>
    public async Task<Core.Catalog.KnowledgeCatalog> CatalogAsync(CancellationToken cancellationToken = default)
    {
        var analysed = await HeldAsync(cancellationToken);
        var landscape = await LandscapeOfAsync(analysed, cancellationToken);
        return await analysed.OnceAsync(a => a.Catalog, a => Task.FromResult(a.Catalog = knowledge.Catalog.For(landscape)), cancellationToken);
    }

    public async Task<GraphAnalysis> GraphAsync(CancellationToken cancellationToken = default)
    {
        var analysed = await HeldAsync(cancellationToken);
        var landscape = await LandscapeOfAsync(analysed, cancellationToken);
        return await analysed.OnceAsync(a => a.Graph, a => Task.FromResult(a.Graph = DependencyAnalysis.Analyse(landscape, knowledge)), cancellationToken);
    }

    /// <summary>
    /// An answer rendered from this analysis, kept with it: <paramref name="key"/> names everything besides the analysis it
    /// depends on (the kind, the language, the page). Kept answers count towards the cache's limit by their size.
    /// </summary>
    public async Task<T> RenderedAsync<T>(string key, Func<Task<T>> render, Func<T, long> bytes, CancellationToken cancellationToken = default)
        where T : class
    {
        var analysed = await HeldAsync(cancellationToken);
        if (analysed.Rendered.TryGetValue(key, out var kept) && kept is T done)
        {
            return done;
        }

        var made = await render();
        if (analysed.Rendered.Count < AnalysedBoard.MaxRendered && analysed.Rendered.TryAdd(key, made))
        {
            shared.Grow(analysed, bytes(made));
        }

        return made;
    }

    /// <summary>
    /// An API answer as the JSON the endpoint would write, serialised once per analysis, language and page with the app's
    /// JSON options: repeated requests for a large list (a whole board's scores) write the kept bytes.
    /// </summary>
    public async Task<JsonAnswer<T>> JsonAsync<T>(string key, Func<T> build, HttpContext http, CancellationToken cancellationToken = default)
    {
        var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()
            .Value.SerializerOptions;
        return await RenderedAsync("json:" + key,
            () => Task.FromResult(new JsonAnswer<T>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(build(), options))),
            answer => answer.Length, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="once"/> once per analysis (the board's data, knowledge, profile and day), for work whose outcome
    /// only a change of those can alter, such as the check whether today's snapshot is kept.
    /// </summary>
    public async Task OncePerVersionAsync(string key, Func<Task> once, CancellationToken cancellationToken = default)
    {
        var analysed = await HeldAsync(cancellationToken);
        if (analysed.Done.ContainsKey(key))
        {
            return;
        }

        await once();
        analysed.Done.TryAdd(key, true);
    }

    /// <summary>The board's weight profile (as of the snapshot, when a page shows one), or the model's default when none (or one the model no longer has) is stored.</summary>
    public string ProfileId =>
        knowledge.Model.StoredProfileOrDefault(asOf.Active ? asOf.Snapshot!.Profile : board.Organisation?.WeightProfile);

    /// <summary>Whether this request analyses a snapshot's landscape (<see cref="AsOfSnapshot"/>) rather than today's.</summary>
    public bool IsAsOf => asOf.Active;

    /// <summary>The roadmap's planned moves as of the snapshot shown; null when the board is shown as it is now.</summary>
    public IReadOnlyList<Core.Planning.PlannedMove>? MovesAsOf => asOf.Active ? asOf.Snapshot!.Moves ?? [] : null;

    /// <summary>The day the pages speak of: the snapshot's date when the board is shown as of one, else today (UTC).</summary>
    public DateOnly Today => asOf.Active ? asOf.Date : DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Looks again after a change in the same request: the change's audit entries give the board a new version.</summary>
    public void Invalidate() => held = null;

    // The board's version is read once per request (until Invalidate), so the figures of one request stay consistent.
    private async Task<AnalysedBoard> HeldAsync(CancellationToken cancellationToken)
    {
        if (held is null && asOf.Landscape is { } then)
        {
            // As of a snapshot: its landscape, analysed for this request only and never shared with today's analysis.
            held = new AnalysedBoard(board.Id, new AnalysisStamp(default, ProfileId, asOf.Date), knowledge, then.Services.Count + 1) { Landscape = then };
        }

        if (held is null)
        {
            var version = await BoardVersion.ReadAsync(db, board.Id, cancellationToken);
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            held = shared.For(board.Id, new AnalysisStamp(version, ProfileId, today), knowledge);
        }

        return held;
    }

    private Task<BoardLandscape> LandscapeOfAsync(AnalysedBoard analysed, CancellationToken cancellationToken) =>
        analysed.OnceAsync(a => a.Landscape, async a =>
        {
            var landscape = await db.LoadLandscapeAsync(new OrganisationId(board.Id), time, cancellationToken);
            a.Landscape = landscape;
            shared.Resize(a, landscape.Services.Count);
            return landscape;
        }, cancellationToken);

    private async Task<BoardAssessment> AssessmentOfAsync(AnalysedBoard analysed, CancellationToken cancellationToken)
    {
        var landscape = await LandscapeOfAsync(analysed, cancellationToken);
        return await analysed.OnceAsync(a => a.Assessment,
            a => Task.FromResult(a.Assessment = BoardAssessor.Assess(landscape, knowledge, ProfileId, a.Scores)), cancellationToken);
    }
}
