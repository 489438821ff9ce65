using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Processes;

public static class ProcessesEndpoints
{
    public static void MapProcessesApi(this RouteGroupBuilder api)
    {
        var processes = api.MapGroup("/processes").WithTags("Processes");
        processes.MapGet("/", ListAsync);
        processes.MapPut("/{key}", UpdateAsync).WithSummary(
            "Changes criticality, the essential flag and the policy threshold of one process. Send the `version` from the list (409 when stale) or If-Match (412).");
        api.MapGet("/organisations/current/weight-profile", GetWeightProfileAsync).WithTags("Organisations")
            .WithSummary("The weight profile the board chose (`stored`, null: the model's default) and the one its scores use (`inUse`); the version comes as the ETag header and as `version`.");
        api.MapPut("/organisations/current/weight-profile", WeightProfileAsync).WithTags("Organisations")
            .WithSummary("Chooses the weight profile the board's scores use (one of the model's profiles); the new version comes as the ETag. Send the version you read as If-Match (412 when stale) or as `version` (409 when stale): a stale save stores nothing and returns the current choice; without a version the save is not checked.");
    }

    private static async Task<Ok<WeightProfileDto>> GetWeightProfileAsync(
        RegieDbContext db, RegieKnowledge knowledge, CurrentBoard current, HttpContext http, CancellationToken ct)
    {
        var profile = await WeightProfileDtoAsync(db, knowledge, current, ct);
        EditVersion.Tag(http, profile.Version);
        return TypedResults.Ok(profile);
    }

    private static async Task<WeightProfileDto> WeightProfileDtoAsync(RegieDbContext db, RegieKnowledge knowledge, CurrentBoard current, CancellationToken ct)
    {
        var (stored, version) = await ProcessOperations.StoredProfileAsync(db, current, ct);
        return new(stored, knowledge.Model.StoredProfileOrDefault(stored), version);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> WeightProfileAsync(
        WeightProfileInput input, RegieDbContext db, RegieKnowledge knowledge, CurrentBoard current, HttpContext http, CancellationToken ct)
    {
        var saving = await ProcessOperations.SetWeightProfileAsync(db, knowledge, current, input.Profile, EditVersion.Requested(http.Request, input.Version), ct);
        if (!saving.Known)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["profile"] = [$"Wegingsprofiel: kies een van {string.Join(", ", knowledge.Model.Profiles.Select(p => p.Id))}."],
            }, title: "Het wegingsprofiel is niet opgeslagen.");
        }

        var now = await WeightProfileDtoAsync(db, knowledge, current, ct);
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, "Het wegingsprofiel", now, now.Version);
        }

        EditVersion.Tag(http, now.Version);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<ProcessDto>>> ListAsync(RegieDbContext db, BoardAnalysis board, CancellationToken ct) =>
        TypedResults.Ok(await ProcessOperations.ListAsync(db, board.Knowledge, null, ct));

    private static async Task<Results<Ok<ProcessDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string key, ProcessUpdate update, RegieDbContext db, BoardAnalysis board, HttpContext http, CancellationToken ct)
    {
        var saving = await ProcessOperations.UpdateAsync(db, key, update with { Version = EditVersion.Requested(http.Request, update.Version) }, ct);
        if (!saving.Found)
        {
            return RegieApi.NotFound($"Proces '{key}'");
        }

        if (saving.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "Het proces is niet opgeslagen.");
        }

        var current = (await ProcessOperations.ListAsync(db, board.Knowledge, key, ct)).Single();
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, $"Proces '{key}'", current, current.Version!);
        }

        EditVersion.Tag(http, current.Version!);
        return TypedResults.Ok(current);
    }
}
