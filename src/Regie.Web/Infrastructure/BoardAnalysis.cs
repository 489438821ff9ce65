using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The current board's landscape, assessment and graph, each computed at most once per request. Pages and the API read
/// the core's result objects from here and never recompute or re-explain them.
/// </summary>
public sealed class BoardAnalysis(RegieDbContext db, CurrentBoard board, RegieKnowledge knowledge, TimeProvider time)
{
    private BoardLandscape? landscape;
    private BoardAssessment? assessment;
    private GraphAnalysis? graph;
    private BoardVerdict? verdict;

    // The verdict's what-ifs re-assess the board with one cause removed: sharing the cache scores the unchanged services once.
    private AssessmentCache cache = new();

    public RegieKnowledge Knowledge => knowledge;

    public async Task<BoardLandscape> LandscapeAsync(CancellationToken cancellationToken = default) =>
        landscape ??= await db.LoadLandscapeAsync(new OrganisationId(board.Id), time, cancellationToken);

    public async Task<BoardAssessment> AssessmentAsync(CancellationToken cancellationToken = default) =>
        assessment ??= BoardAssessor.Assess(await LandscapeAsync(cancellationToken), knowledge, ProfileId, cache);

    /// <summary>The verdict: standings, root causes with their lifts, the decision plan and where to begin.</summary>
    public async Task<BoardVerdict> VerdictAsync(CancellationToken cancellationToken = default) =>
        verdict ??= BoardVerdict.For(await LandscapeAsync(cancellationToken), knowledge, await AssessmentAsync(cancellationToken), cache);

    public async Task<GraphAnalysis> GraphAsync(CancellationToken cancellationToken = default) =>
        graph ??= DependencyAnalysis.Analyse(await LandscapeAsync(cancellationToken), knowledge);

    /// <summary>The board's weight profile, or the model's default when none (or one the model no longer has) is stored.</summary>
    public string ProfileId =>
        board.Organisation?.WeightProfile is { } id && knowledge.Model.Profiles.Any(p => p.Id == id) ? id : knowledge.Model.DefaultProfile;

    /// <summary>Forgets what was computed, after a change in the same request.</summary>
    public void Invalidate() => (landscape, assessment, graph, verdict, cache) = (null, null, null, null, new());
}
