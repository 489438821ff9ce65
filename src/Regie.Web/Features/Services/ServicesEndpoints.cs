using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Services;

public static class ServicesEndpoints
{
    public static void MapServicesApi(this RouteGroupBuilder api)
    {
        var services = api.MapGroup("/services").WithTags("Services");
        services.MapGet("/", ListAsync).WithSummary(
            "The board's services, with score, SEAL, policy result and urgency. Paged: ?page=&pageSize= (default and at most 500); the total is in X-Total-Count, the neighbouring pages in the Link header.");
        services.MapGet("/{id:guid}", GetAsync).WithName("GetService")
            .WithSummary("One service; its version comes as the ETag header and as `version`.");
        services.MapPost("/", CreateAsync).WithSummary("Registers a service; validation errors come back as a problem document naming each field.");
        services.MapPut("/{id:guid}", UpdateAsync).WithSummary(
            "Changes a service. Send the version you read as If-Match (412 when stale) or as `version` (409 when stale): a stale save stores nothing and returns the current values; without a version the save is not checked.");
        services.MapDelete("/{id:guid}", DeleteAsync).WithSummary(
            "Deletes the service with its answers and dependencies. With If-Match (the version from GET) a service changed meanwhile is kept (412 with the current values); without it the delete is not checked.");
        services.MapGet("/{id:guid}/score", ScoreAsync)
            .WithSummary("The service's assessment document (as `regie score --format json`): score, policy result, criticality, risk and urgency, each reason as {code, args, text}; texts in the regie-lang cookie's or Accept-Language's language.");

        services.MapGet("/{id:guid}/answers/{criterionId}", GetAnswerAsync)
            .WithSummary("The board's own answer to one criterion (option and reason null while there is none); its version comes as the ETag header and as `version` (\"0\": none stored).");
        services.MapPut("/{id:guid}/answers/{criterionId}", SetAnswerAsync)
            .WithSummary("The board's own answer to one criterion (option: its number, or \"unknown\" on purpose) with a reason; returns the new score, the answer's new version as the ETag. Send the version you read as If-Match (412 when stale) or as `version` (409 when stale): a stale save stores nothing and returns the current answer; without a version the save is not checked.");
        services.MapDelete("/{id:guid}/answers/{criterionId}", ClearAnswerAsync)
            .WithSummary("Removes the board's own answer: the catalog's or the derived answer counts again. With If-Match the answer must still be at that version (412 with the current answer when not).");

        api.MapGet("/scores", ScoresAsync).WithTags("Scores")
            .WithSummary("The board's assessment document, the same document `regie score --format json` writes: the services most urgent first, paged as /services (?page=&pageSize=, X-Total-Count, Link).");

        var dependencies = api.MapGroup("/dependencies").WithTags("Dependencies");
        dependencies.MapGet("/", DependenciesAsync);
        dependencies.MapPost("/", AddDependencyAsync).WithSummary("Adds an edge: hostedOn, signsInThrough or integratesWith.");
        dependencies.MapDelete("/{id:guid}", DeleteDependencyAsync).WithSummary(
            "Removes an edge. With If-Match (the edge's `version` from the list) an edge changed or replaced meanwhile is kept (412 with the current edge); without it the delete is not checked.");
    }

    private static async Task<JsonAnswer<List<ServiceSummaryDto>>> ListAsync(int? page, int? pageSize, BoardAnalysis board, HttpContext http, CancellationToken ct)
    {
        var shown = Paging.From(page, pageSize, Paging.ApiDefault).Of((await board.AssessmentAsync(ct)).Services);
        shown.Describe(http.Response);
        return await board.JsonAsync($"services:{shown.Number}:{shown.Size}",
            () => shown.Items.Select(a => a.ToSummary(board.Knowledge.Catalog)).ToList(), http, ct);
    }

    private static async Task<Results<Ok<ServiceDto>, ProblemHttpResult>> GetAsync(
        Guid id, RegieDbContext db, ServiceEditor editor, HttpContext http, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return service is null ? RegieApi.NotFound("Deze dienst") : TypedResults.Ok(await TaggedAsync(service, db, editor, http, ct));
    }

    // The DTO with its version, which also goes out as the ETag.
    private static async Task<ServiceDto> TaggedAsync(ServiceEntity service, RegieDbContext db, ServiceEditor editor, HttpContext http, CancellationToken ct)
    {
        var version = await editor.VersionAsync(service, ct);
        EditVersion.Tag(http, version);
        return service.ToDto(await EdgesOfAsync(db, service.Id, ct), version);
    }

    private static async Task<Results<CreatedAtRoute<ServiceDto>, ValidationProblem>> CreateAsync(
        ServiceInput input, ServiceEditor editor, RegieDbContext db, HttpContext http, CancellationToken ct)
    {
        var errors = await editor.ValidateAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if ((await editor.SaveAsync(input, null, ct)).Service is not { } service)
        {
            return Invalid(new() { [nameof(ServiceInput.Name)] = [ServiceEditor.NameTaken(input.Name!.Trim())] });
        }

        return TypedResults.CreatedAtRoute(await TaggedAsync(service, db, editor, http, ct), "GetService", new { id = service.Id });
    }

    private static async Task<Results<Ok<ServiceDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ServiceInput input, ServiceEditor editor, RegieDbContext db, HttpContext http, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (service is null)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        var errors = await editor.ValidateAsync(input, new ServiceId(id), ct);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        input.Version = EditVersion.Requested(http.Request, input.Version);
        var saving = await editor.SaveAsync(input, service, ct);
        if (saving.Stale)
        {
            return saving.Service is { } current && await TaggedAsync(current, db, editor, http, ct) is var now
                ? EditVersion.Conflict(http, "Deze dienst", now, now.Version!)
                : RegieApi.NotFound("Deze dienst");
        }

        if (saving.Service is null)
        {
            return Invalid(new() { [nameof(ServiceInput.Name)] = [ServiceEditor.NameTaken(input.Name!.Trim())] });
        }

        return TypedResults.Ok(await TaggedAsync(service, db, editor, http, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, ServiceEditor editor, RegieDbContext db, HttpContext http, CancellationToken ct)
    {
        var deletion = await editor.DeleteAsync(new ServiceId(id), EditVersion.Requested(http.Request, null), ct);
        if (deletion.Outcome == DeletionOutcome.Stale && await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is { } stored)
        {
            var current = await TaggedAsync(stored, db, editor, http, ct);
            return EditVersion.Conflict(http, "Deze dienst", current, current.Version!);
        }

        return deletion.Outcome == DeletionOutcome.Deleted ? TypedResults.NoContent() : RegieApi.NotFound("Deze dienst");
    }

    private static async Task<Results<Ok<ServiceAssessmentDocument>, ProblemHttpResult>> ScoreAsync(
        Guid id, BoardAnalysis board, UiText text, CancellationToken ct)
    {
        var assessment = await board.AssessmentAsync(ct);
        return assessment.For(new ServiceId(id)) is { } service
            ? TypedResults.Ok(ServiceAssessmentDocument.From(service, assessment, text.ApiCulture))
            : RegieApi.NotFound("Deze dienst");
    }

    private static async Task<Results<Ok<AnswerOverrideDto>, ProblemHttpResult>> GetAnswerAsync(
        Guid id, string criterionId, AnswerOverrides overrides, HttpContext http, CancellationToken ct)
    {
        if (await overrides.GetAsync(new ServiceId(id), criterionId, ct) is not { } answer)
        {
            return RegieApi.NotFound("Deze dienst of dit criterium");
        }

        EditVersion.Tag(http, answer.Version);
        return TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<ServiceAssessmentDocument>, ValidationProblem, ProblemHttpResult>> SetAnswerAsync(
        Guid id, string criterionId, AnswerOverrideInput input, AnswerOverrides overrides, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var saving = await overrides.SetAsync(new ServiceId(id), criterionId, input with { Version = EditVersion.Requested(http.Request, input.Version) }, ct);
        if (!saving.Found)
        {
            return RegieApi.NotFound("Deze dienst of dit criterium");
        }

        if (saving.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "Het eigen antwoord is niet opgeslagen.");
        }

        var current = (await overrides.GetAsync(new ServiceId(id), criterionId, ct))!;
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, "Dit eigen antwoord", current, current.Version);
        }

        EditVersion.Tag(http, current.Version);
        board.Invalidate();
        var assessment = await board.AssessmentAsync(ct);
        return TypedResults.Ok(ServiceAssessmentDocument.From(assessment.For(new ServiceId(id))!, assessment, text.ApiCulture));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ClearAnswerAsync(
        Guid id, string criterionId, AnswerOverrides overrides, HttpContext http, CancellationToken ct)
    {
        var saving = await overrides.ClearAsync(new ServiceId(id), criterionId, EditVersion.Requested(http.Request, null), ct);
        if (!saving.Found)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        if (saving.Stale && await overrides.GetAsync(new ServiceId(id), criterionId, ct) is { } current)
        {
            return EditVersion.Conflict(http, "Dit eigen antwoord", current, current.Version);
        }

        return TypedResults.NoContent();
    }

    private static async Task<JsonAnswer<AssessmentDocument>> ScoresAsync(
        int? page, int? pageSize, BoardAnalysis board, CurrentBoard current, UiText text, HttpContext http, CancellationToken ct)
    {
        var assessment = await board.AssessmentAsync(ct);
        var shown = Paging.From(page, pageSize, Paging.ApiDefault).Of(await board.RankedAsync(ct));
        shown.Describe(http.Response);
        return await board.JsonAsync($"scores:{text.ApiCulture.Name}:{shown.Number}:{shown.Size}",
            () => assessment.ToDocument(current, board.Knowledge.Catalog, text.ApiCulture, shown.Items), http, ct);
    }

    private static async Task<Ok<List<DependencyDto>>> DependenciesAsync(RegieDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DependencyDtosAsync(db, db.Dependencies, ct));

    private static async Task<Results<Created<DependencyDto>, ValidationProblem>> AddDependencyAsync(
        DependencyRequest request, RegieDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var known = await db.Services.Where(s => s.Id == request.From || s.Id == request.To).Select(s => s.Id).ToListAsync(ct);
        if (!known.Contains(request.From))
        {
            errors["from"] = ["Van: kies een dienst van dit bestuur."];
        }

        if (!known.Contains(request.To))
        {
            errors["to"] = ["Naar: kies een dienst van dit bestuur."];
        }

        if (request.From == request.To)
        {
            errors["to"] = ["Naar: een dienst kan niet van zichzelf afhangen."];
        }
        else if (await db.Dependencies.AnyAsync(d => d.FromServiceId == request.From && d.Kind == request.Kind && d.ToServiceId == request.To, ct))
        {
            errors["to"] = ["Naar: deze afhankelijkheid bestaat al."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "De afhankelijkheid is niet opgeslagen.");
        }

        var edge = new DependencyEntity { Id = Guid.NewGuid(), FromServiceId = request.From, Kind = request.Kind, ToServiceId = request.To };
        db.Dependencies.Add(edge);
        await db.SaveChangesAsync(ct);
        var dto = (await DependencyDtosAsync(db, db.Dependencies.Where(d => d.Id == edge.Id), ct)).Single();
        return TypedResults.Created($"/api/v1/dependencies/{edge.Id}", dto);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDependencyAsync(Guid id, RegieDbContext db, HttpContext http, CancellationToken ct)
    {
        var edge = await db.Dependencies.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (edge is null)
        {
            return RegieApi.NotFound("Deze afhankelijkheid");
        }

        switch ((await EditVersion.DeleteIfUnchangedAsync(db, edge, EditVersion.Requested(http.Request, null), ct)).Outcome)
        {
            case DeletionOutcome.Deleted:
                return TypedResults.NoContent();
            case DeletionOutcome.Stale:
                var current = (await DependencyDtosAsync(db, db.Dependencies.Where(d => d.Id == id), ct)).Single();
                return EditVersion.Conflict(http, "Deze afhankelijkheid", current, current.Version!);
            default:
                return RegieApi.NotFound("Deze afhankelijkheid");
        }
    }

    private static Task<List<DependencyDto>> EdgesOfAsync(RegieDbContext db, Guid id, CancellationToken ct) =>
        DependencyDtosAsync(db, db.Dependencies.Where(d => d.FromServiceId == id || d.ToServiceId == id), ct);

    private static async Task<List<DependencyDto>> DependencyDtosAsync(RegieDbContext db, IQueryable<DependencyEntity> edges, CancellationToken ct)
    {
        var list = await edges.AsNoTracking().ToListAsync(ct);
        var ids = list.SelectMany(e => new[] { e.FromServiceId, e.ToServiceId }).Distinct().ToList();
        var names = await db.Services.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return [.. list.Select(e => new DependencyDto(e.Id, e.FromServiceId, names.GetValueOrDefault(e.FromServiceId, "?"), e.Kind, e.ToServiceId, names.GetValueOrDefault(e.ToServiceId, "?"),
                EditVersion.Of(db, e)))
            .OrderBy(d => d.FromName, StringComparer.Ordinal).ThenBy(d => d.Kind).ThenBy(d => d.ToName, StringComparer.Ordinal)];
    }

    /// <summary>RFC 7807 with the JSON field names (camelCase) the caller sent.</summary>
    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(
        errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value),
        title: "De dienst is niet opgeslagen: controleer de velden.");
}
