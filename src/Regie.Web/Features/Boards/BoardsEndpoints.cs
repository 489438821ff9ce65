using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Dashboard;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Boards;

public static class BoardsEndpoints
{
    public static void MapBoardsApi(this RouteGroupBuilder api) =>
        api.MapPost("/organisations", CreateAsync).WithTags("Organisations")
            .WithSummary("Creates a board with its schools and the chosen process templates (processes omitted: all of them). Validation errors name each field; nothing is stored then. Work on the new board by sending its id in X-Regie-Organisation. System administrators only.")
            .RequireAuthorization(Policies.SystemAdministrator);

    private static async Task<Results<Created<OrganisationDto>, ValidationProblem>> CreateAsync(
        BoardInput input, RegieDbContext db, RegieKnowledge knowledge, DatabaseSettings settings, CurrentBoard board, TimeProvider time,
        CancellationToken ct)
    {
        var errors = await BoardSetup.ValidateAsync(input, knowledge, db, ct);
        if (errors.Count > 0)
        {
            // Named as the JSON names them: "schools[1].brin".
            return TypedResults.ValidationProblem(
                errors.ToDictionary(e => string.Join('.', e.Key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName)), e => e.Value), title: "Het schoolbestuur is niet aangemaakt: controleer de velden.");
        }

        var organisation = await BoardSetup.CreateAsync(input, knowledge, settings, board.Actor, time, ct);
        return TypedResults.Created("/api/v1/organisations", organisation.ToDto(organisation.WeightProfile ?? knowledge.Model.DefaultProfile));
    }
}
