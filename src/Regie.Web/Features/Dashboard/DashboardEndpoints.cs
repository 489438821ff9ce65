using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Dashboard;

/// <summary>The board itself.</summary>
public static class DashboardEndpoints
{
    public static void MapOrganisationsApi(this RouteGroupBuilder api) =>
        api.MapGet("/organisations", (CurrentBoard board, BoardAnalysis analysis) =>
                TypedResults.Ok(board.Organisation is { } o ? new List<OrganisationDto> { o.ToDto(analysis.ProfileId) } : []))
            .WithTags("Organisations").WithSummary("The current organisation (the X-Regie-Organisation header, else the first).");
}
