using Regie.Core.Scenarios;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Scenarios;

/// <summary>The current board resolved once for scenarios, for the page and the API alike.</summary>
public static class ScenarioOperations
{
    public static async Task<ScenarioBoard> PrepareAsync(BoardAnalysis board, CancellationToken ct) =>
        ScenarioBoard.Prepare(await board.LandscapeAsync(ct), board.Knowledge);
}
