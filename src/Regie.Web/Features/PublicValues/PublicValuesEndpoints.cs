using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Explaining;
using Regie.Core.PublicValues;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.PublicValues;

/// <summary>Regie's pre-filled answer to a question, with the reason and the source of the fact behind it.</summary>
public sealed record PrefillDto(int? Score, ReasonDocument Why, string? Source, DateOnly? Checked);

/// <summary>
/// A question with the answer that counts (<c>origin</c>: assessor, prefilled or unknown), the assessor's evidence, and
/// Regie's pre-fill beside it when there is one.
/// </summary>
public sealed record QuestionDto(
    string Id, string Text, int? Score, string? Label, string Origin, string? Evidence, string? Assessor, DateOnly? Date, PrefillDto? Prefilled);

/// <summary>One value: its weight, the mean of the answered questions (null: left out of the total, not counted as 0).</summary>
public sealed record ValueDto(string Id, string Name, string Group, double Weight, double? Mean, int Answered, int Questions, IReadOnlyList<QuestionDto>? Answers);

/// <summary>The sovereignty score and SEAL of the subject, beside the public values and never part of their total.</summary>
public sealed record SovereigntyBesideDto(double? Score, int? Seal, ReasonDocument? Why);

public sealed record AssessmentDto(
    Guid Id, string SubjectKind, string SubjectKey, string SubjectName, double? Total, int Max, double UnknownShare,
    IReadOnlyList<string> LeftOut, IReadOnlyList<string> NotWeighed, IReadOnlyList<ValueDto> Values, SovereigntyBesideDto Sovereignty,
    IReadOnlyList<ReasonDocument> Why, DateTimeOffset UpdatedAt, string Version);

public sealed record ComparisonDto(IReadOnlyList<ValueHeaderDto> Values, IReadOnlyList<AssessmentDto> Options, IReadOnlyList<ReasonDocument> Why);

public sealed record ValueHeaderDto(string Id, string Name, string Group);

public sealed record WeightDto(string ValueId, string Name, string Group, double Weight, double DefaultWeight, bool Set);

public sealed record WeightsDto(IReadOnlyList<WeightDto> Weights, string Version);

public sealed record ScaleStepDto(int Score, string Label);

public sealed record ModelQuestionDto(string Id, string Text, string? Prefill, IReadOnlyList<ScaleStepDto> Scale);

public sealed record ModelValueDto(string Id, string Name, string Group, string FrameworkQuestion, double DefaultWeight, IReadOnlyList<ModelQuestionDto> Questions);

public sealed record ModelDto(string Version, string Source, DateOnly? Read, IReadOnlyList<ModelValueDto> Values);

public static class PublicValuesEndpoints
{
    public static void MapPublicValuesApi(this RouteGroupBuilder api)
    {
        var values = api.MapGroup("/values").WithTags("Public values");
        values.MapGet("/model", Model).WithSummary("The public-values framework as Regie asks it: values, questions, answer scales, default weights and the source.");
        values.MapGet("/assessments", ListAsync).WithSummary("The board's public-values assessments with their totals (without the answers).");
        values.MapPost("/assessments", CreateAsync).WithSummary(
            "A new assessment: `kind` service (key: the service's id), alternative (key: a catalog alternative's or product's id) or facility (name).");
        values.MapGet("/assessments/{id:guid}", GetAsync).WithSummary(
            "One assessment: per question the answer that counts (the assessor's over Regie's pre-fill), per value the mean of the answered questions, the weighted total, the unknown share and the sovereignty score beside it. Its version comes as the ETag.");
        values.MapPut("/assessments/{id:guid}/answers", PutAnswersAsync).WithSummary(
            "Replaces the assessor's answers (all or nothing). Send the version you read as If-Match (412 when stale) or `version` (409 when stale).");
        values.MapDelete("/assessments/{id:guid}", DeleteAsync).WithSummary(
            "Deletes an assessment and its answers. With If-Match (the version from GET) an assessment answered or changed meanwhile is kept (412 with the current one); without it the delete is not checked.");
        values.MapGet("/weights", GetWeightsAsync).WithSummary("The board's weight per value (0 leaves a value out; default from the model).");
        values.MapPut("/weights", PutWeightsAsync).WithSummary("Sets weights per value id (0 to 10). Send the version as If-Match or `version`.");
        values.MapGet("/compare", CompareAsync).WithSummary(
            "Two or more assessments side by side (`ids` repeated or comma-separated), each with its sovereignty score beside the public-values total.");
    }

    public static AssessmentDto ToDto(LoadedAssessment loaded, UiText text, bool withAnswers = true)
    {
        var r = loaded.Result;
        var language = text.ApiCulture.TwoLetterISOLanguageName;
        return new AssessmentDto(
            loaded.Entity.Id, Kind(loaded.Entity.SubjectKind), loaded.Entity.SubjectKey, loaded.Entity.SubjectName, r.Total, r.Max, r.UnknownShare,
            [.. r.LeftOut.Select(v => v.Id)], [.. r.NotWeighed.Select(v => v.Id)],
            [.. r.Values.Select(v => new ValueDto(v.Value.Id, v.Value.Name.In(language), Group(v.Value.Group), v.Weight, v.Mean, v.Answered, v.Answers.Count,
                withAnswers ? [.. v.Answers.Select(a => Question(a, text, language))] : null))],
            new SovereigntyBesideDto(loaded.Sovereignty.Score, loaded.Sovereignty.Seal, loaded.Sovereignty.Why is { } why ? text.Document(why) : null),
            [.. r.Why.Select(text.Document)], loaded.Entity.UpdatedAt, loaded.Version);
    }

    private static QuestionDto Question(CountedAnswer a, UiText text, string language) => new(
        a.Question.Id, a.Question.Text.In(language), a.Score, a.Question.Scale.LabelOf(a.Score)?.In(language), Origin(a.Origin),
        a.Given?.Evidence, a.Given?.Assessor, a.Given?.Date,
        a.Prefilled is { } p ? new PrefillDto(p.Score, text.Document(p.Why), p.Source, p.Checked) : null);

    public static string Kind(SubjectKind kind) => kind switch
    {
        SubjectKind.Service => "service",
        SubjectKind.Alternative => "alternative",
        _ => "facility",
    };

    public static string Group(ValueGroup group) => group switch
    {
        ValueGroup.Essential => "essential",
        ValueGroup.Market => "market",
        ValueGroup.Strategic => "strategic",
        _ => "economic",
    };

    public static string Origin(ValueAnswerOrigin origin) => origin switch
    {
        ValueAnswerOrigin.Assessor => "assessor",
        ValueAnswerOrigin.Prefilled => "prefilled",
        _ => "unknown",
    };

    private static Ok<ModelDto> Model(BoardAnalysis board, UiText text)
    {
        var model = board.Knowledge.PublicValues;
        var language = text.ApiCulture.TwoLetterISOLanguageName;
        return TypedResults.Ok(new ModelDto(model.Version, model.Source, model.Read, [.. model.Values.Select(v => new ModelValueDto(
            v.Id, v.Name.In(language), Group(v.Group), v.FrameworkQuestion, v.DefaultWeight,
            [.. v.Questions.Select(q => new ModelQuestionDto(q.Id, q.Text.In(language), q.Prefill, [.. q.Scale.Steps.Select(s => new ScaleStepDto(s.Score, s.Label.In(language)))]))]))]));
    }

    private static async Task<Ok<List<AssessmentDto>>> ListAsync(RegieDbContext db, BoardAnalysis board, UiText text, CancellationToken ct) =>
        TypedResults.Ok((await PublicValuesOperations.ListAsync(db, board, ct)).Select(l => ToDto(l, text, withAnswers: false)).ToList());

    private static async Task<Results<Created<AssessmentDto>, ValidationProblem>> CreateAsync(
        NewAssessmentInput input, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, CancellationToken ct)
    {
        var saving = await PublicValuesOperations.CreateAsync(db, board, input, time.GetUtcNow(), ct);
        if (!saving.Saved)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "De beoordeling is niet aangemaakt: controleer de velden.");
        }

        var loaded = (await PublicValuesOperations.LoadAsync(db, board, saving.Id!.Value, ct))!;
        return TypedResults.Created($"/api/v1/values/assessments/{loaded.Entity.Id}", ToDto(loaded, text));
    }

    private static async Task<Results<Ok<AssessmentDto>, ProblemHttpResult>> GetAsync(
        Guid id, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        if (await PublicValuesOperations.LoadAsync(db, board, id, ct) is not { } loaded)
        {
            return RegieApi.NotFound("Deze beoordeling");
        }

        EditVersion.Tag(http, loaded.Version);
        return TypedResults.Ok(ToDto(loaded, text));
    }

    private static async Task<Results<Ok<AssessmentDto>, ValidationProblem, ProblemHttpResult>> PutAnswersAsync(
        Guid id, AnswersInput input, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, HttpContext http, CancellationToken ct)
    {
        var saving = await PublicValuesOperations.SaveAnswersAsync(db, board, id, input, EditVersion.Requested(http.Request, input.Version), time.GetUtcNow(), ct);
        if (!saving.Found)
        {
            return RegieApi.NotFound("Deze beoordeling");
        }

        if (saving.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "De antwoorden zijn niet opgeslagen: controleer de velden.");
        }

        var current = (await PublicValuesOperations.LoadAsync(db, board, id, ct))!;
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, "Deze beoordeling", ToDto(current, text), current.Version);
        }

        EditVersion.Tag(http, current.Version);
        return TypedResults.Ok(ToDto(current, text));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var deletion = await PublicValuesOperations.DeleteAsync(db, id, EditVersion.Requested(http.Request, null), ct);
        if (deletion.Outcome == DeletionOutcome.Stale && await PublicValuesOperations.LoadAsync(db, board, id, ct) is { } current)
        {
            return EditVersion.Conflict(http, "Deze beoordeling", ToDto(current, text), current.Version);
        }

        return deletion.Outcome == DeletionOutcome.Deleted ? TypedResults.NoContent() : RegieApi.NotFound("Deze beoordeling");
    }

    private static async Task<Ok<WeightsDto>> GetWeightsAsync(RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var dto = await PublicValuesOperations.WeightsDtoAsync(db, board, text.ApiCulture.TwoLetterISOLanguageName, ct);
        EditVersion.Tag(http, dto.Version);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<WeightsDto>, ValidationProblem, ProblemHttpResult>> PutWeightsAsync(
        WeightsInput input, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var saving = await PublicValuesOperations.SaveWeightsAsync(db, board.Knowledge.PublicValues, input, EditVersion.Requested(http.Request, input.Version), ct);
        if (saving.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "De gewichten zijn niet opgeslagen: controleer de velden.");
        }

        var current = await PublicValuesOperations.WeightsDtoAsync(db, board, text.ApiCulture.TwoLetterISOLanguageName, ct);
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, "De gewichten", current, current.Version);
        }

        EditVersion.Tag(http, current.Version);
        return TypedResults.Ok(current);
    }

    private static async Task<Results<Ok<ComparisonDto>, ProblemHttpResult>> CompareAsync(
        [FromQuery] string[]? ids, RegieDbContext db, BoardAnalysis board, UiText text, CancellationToken ct)
    {
        var parsed = PublicValuesOperations.ParseIds(ids ?? []).ToList();
        if (parsed.Contains(Guid.Empty))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "ids: elke id moet een GUID van een beoordeling zijn.");
        }

        var (comparison, loaded, error) = await PublicValuesOperations.CompareAsync(db, board, parsed, ct);
        if (comparison is null)
        {
            return TypedResults.Problem(statusCode: error!.Contains("bestaat niet", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, title: error);
        }

        var language = text.ApiCulture.TwoLetterISOLanguageName;
        return TypedResults.Ok(new ComparisonDto(
            [.. comparison.Values.Select(v => new ValueHeaderDto(v.Id, v.Name.In(language), Group(v.Group)))],
            [.. loaded.Select(l => ToDto(l, text, withAnswers: false))],
            [.. comparison.Why.Select(text.Document)]));
    }
}
