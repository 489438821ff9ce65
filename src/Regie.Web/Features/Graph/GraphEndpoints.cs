using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Graph;

public static class GraphEndpoints
{
    public static void MapGraphApi(this RouteGroupBuilder api) =>
        api.MapGet("/graph", async (BoardAnalysis board, UiText text, CancellationToken ct) => TypedResults.Ok((await board.GraphAsync(ct)).ToDto(text)))
            .WithTags("Graph").WithSummary("Nodes, edges, concentration per parent and provider, single points of failure and the concentration index (HHI).");
}
