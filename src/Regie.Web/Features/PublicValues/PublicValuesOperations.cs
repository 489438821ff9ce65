using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.PublicValues;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.PublicValues;

/// <summary>A new assessment: a service of the board (its id), a catalog alternative (its id) or a facility named in words.</summary>
public sealed record NewAssessmentInput(string? Kind, string? Key, string? Name);

/// <summary>
/// One answer as sent: <c>Score</c> on the question's scale, or <c>Unknown</c> true for an explicit "unknown" (which
/// overrides Regie's pre-fill); neither removes the assessor's answer, so the pre-fill counts again.
/// </summary>
public sealed record AnswerInput(string? QuestionId, int? Score, bool Unknown = false, string? Evidence = null, string? Assessor = null, DateOnly? Date = null);

/// <summary>The assessor's answers: the whole set (questions left out have no answer of the assessor).</summary>
public sealed record AnswersInput(IReadOnlyList<AnswerInput>? Answers, string? Version = null);

/// <summary>The board's weights per value id; a value left out weighs the model's default.</summary>
public sealed record WeightsInput(IReadOnlyDictionary<string, double>? Weights, string? Version = null);

/// <summary>An assessment as read from the database and computed by the core: what the page, the API and the report show.</summary>
public sealed record LoadedAssessment(ValueAssessmentEntity Entity, ValuesResult Result, SovereigntyBeside Sovereignty, string Version);

/// <summary>What a save came to: not found, refused with field errors (Dutch), refused as stale, or saved.</summary>
public sealed record ValuesSaving(bool Found, IReadOnlyDictionary<string, string[]> Errors, bool Stale = false, Guid? Id = null)
{
    public bool Saved => Found && Errors.Count == 0 && !Stale;
}

/// <summary>The public-values assessments of the board for the API and the pages alike (docs/PUBLIC-VALUES.md).</summary>
public static class PublicValuesOperations
{
    public static async Task<PublicValueWeights> WeightsAsync(RegieDbContext db, CancellationToken ct) =>
        new((await db.ValueWeights.AsNoTracking().ToListAsync(ct)).ToDictionary(w => w.ValueId, w => w.Weight, StringComparer.OrdinalIgnoreCase));

    public static async Task<WeightsDto> WeightsDtoAsync(RegieDbContext db, BoardAnalysis board, string language, CancellationToken ct)
    {
        var weights = await WeightsAsync(db, ct);
        return new WeightsDto(
            [.. board.Knowledge.PublicValues.Values.Select(v => new WeightDto(v.Id, v.Name.In(language), PublicValuesEndpoints.Group(v.Group), weights.Of(v), v.DefaultWeight, weights.IsSet(v)))],
            await WeightsVersionAsync(db, ct));
    }

    public static IEnumerable<Guid> ParseIds(IEnumerable<string?> values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty);

    public static async Task<string> WeightsVersionAsync(RegieDbContext db, CancellationToken ct)
    {
        var rows = await db.ValueWeights.AsNoTracking().OrderBy(w => w.ValueId).ToListAsync(ct);
        var text = string.Join("\n", rows.Select(r => $"{r.ValueId}={r.Weight.ToString("R", CultureInfo.InvariantCulture)}"));
        return rows.Count == 0
            ? EditVersion.NotStored
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>What Regie knows about the subject: the board's analysis for a service, a one-service what-if for a catalog alternative.</summary>
    public static async Task<SubjectFacts> FactsAsync(BoardAnalysis board, ValueAssessmentEntity entity, CancellationToken ct)
    {
        var landscape = await board.LandscapeAsync(ct);
        switch (entity.SubjectKind)
        {
            case SubjectKind.Service when Guid.TryParse(entity.SubjectKey, out var id) && landscape.Services.Any(s => s.Id.Value == id):
                return SubjectFacts.ForService(landscape, await board.AssessmentAsync(ct), await board.GraphAsync(ct), board.Knowledge, new ServiceId(id));
            case SubjectKind.Alternative:
                return SubjectFacts.ForAlternative(landscape, board.Knowledge, entity.SubjectKey);
            default:
                return SubjectFacts.None;
        }
    }

    public static async Task<LoadedAssessment?> LoadAsync(RegieDbContext db, BoardAnalysis board, Guid id, CancellationToken ct, PublicValueWeights? weights = null)
    {
        var entity = await db.ValueAssessments.AsNoTracking().Include(a => a.Answers).SingleOrDefaultAsync(a => a.Id == id, ct);
        return entity is null ? null : await ComputeAsync(db, board, entity, weights ?? await WeightsAsync(db, ct), ct);
    }

    public static async Task<IReadOnlyList<LoadedAssessment>> ListAsync(RegieDbContext db, BoardAnalysis board, CancellationToken ct)
    {
        var weights = await WeightsAsync(db, ct);
        var entities = await db.ValueAssessments.AsNoTracking().Include(a => a.Answers).ToListAsync(ct);
        var loaded = new List<LoadedAssessment>();
        foreach (var entity in entities.OrderBy(e => e.SubjectName, StringComparer.CurrentCultureIgnoreCase))
        {
            loaded.Add(await ComputeAsync(db, board, entity, weights, ct));
        }

        return loaded;
    }

    private static async Task<LoadedAssessment> ComputeAsync(RegieDbContext db, BoardAnalysis board, ValueAssessmentEntity entity, PublicValueWeights weights, CancellationToken ct)
    {
        var model = board.Knowledge.PublicValues;
        var facts = await FactsAsync(board, entity, ct);
        var result = ValueAssessment.Compute(model, Subject(entity), entity.Answers.Select(ToAnswer), ValuePrefill.For(model, facts), weights);
        return new(entity, result, SovereigntyBeside.Of(facts), VersionOf(db, entity));
    }

    /// <summary>Two or more assessments side by side; null with a Dutch message when an id is not found or fewer than two are asked.</summary>
    public static async Task<(ValuesComparison? Comparison, IReadOnlyList<LoadedAssessment> Loaded, string? Error)> CompareAsync(
        RegieDbContext db, BoardAnalysis board, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count < 2)
        {
            return (null, [], "Kies minstens twee beoordelingen om te vergelijken.");
        }

        var weights = await WeightsAsync(db, ct);
        var loaded = new List<LoadedAssessment>();
        foreach (var id in distinct)
        {
            if (await LoadAsync(db, board, id, ct, weights) is not { } one)
            {
                return (null, [], $"Beoordeling {id} bestaat niet bij dit bestuur.");
            }

            loaded.Add(one);
        }

        return (ValuesComparison.Of(board.Knowledge.PublicValues, [.. loaded.Select(l => new ComparedOption(l.Result, l.Sovereignty))]), loaded, null);
    }

    public static async Task<ValuesSaving> CreateAsync(RegieDbContext db, BoardAnalysis board, NewAssessmentInput input, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = input.Kind?.Trim().ToLowerInvariant() switch
        {
            "service" => SubjectKind.Service,
            "alternative" => SubjectKind.Alternative,
            "facility" => SubjectKind.Facility,
            _ => (SubjectKind?)null,
        };
        string key = "", name = "";
        var landscape = await board.LandscapeAsync(ct);
        switch (kind)
        {
            case null:
                errors["kind"] = ["Soort: kies service (een dienst van het bestuur), alternative (een alternatief uit de catalogus) of facility (een voorziening met een naam)."];
                break;
            case SubjectKind.Service:
                var service = Guid.TryParse(input.Key, out var sid) ? landscape.Services.FirstOrDefault(s => s.Id.Value == sid) : null;
                if (service is null)
                {
                    errors["key"] = ["Dienst: kies een dienst van dit bestuur."];
                    break;
                }

                (key, name) = (service.Id.Value.ToString(), service.Name);
                break;
            case SubjectKind.Alternative:
                var catalog = await board.CatalogAsync(ct);
                var target = string.IsNullOrWhiteSpace(input.Key) ? null : MoveTarget.Resolve(input.Key.Trim(), catalog);
                if (target is null || (target.Alternative is null && target.Product is null))
                {
                    errors["key"] = ["Alternatief: kies een alternatief of product uit de catalogus."];
                    break;
                }

                (key, name) = (target.Id, target.Name);
                break;
            case SubjectKind.Facility:
                name = input.Name?.Trim() ?? "";
                if (name.Length == 0 || name.Length > ValueAssessmentEntity.MaxNameLength)
                {
                    errors["name"] = [$"Naam: vul de naam van de voorziening in, hoogstens {ValueAssessmentEntity.MaxNameLength} tekens."];
                }
                else if (FieldRules.Name("Naam", name) is { } hidden)
                {
                    errors["name"] = [hidden];
                }

                break;
        }

        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var entity = new ValueAssessmentEntity { Id = Guid.NewGuid(), SubjectKind = kind!.Value, SubjectKey = key, SubjectName = name, CreatedAt = now, UpdatedAt = now };
        db.ValueAssessments.Add(entity);
        await db.SaveChangesAsync(ct);
        return new(true, errors, Id: entity.Id);
    }

    /// <summary>Every problem of the answers, each naming its field; an empty result means all of them may be stored.</summary>
    public static Dictionary<string, string[]> Check(PublicValuesModel model, IReadOnlyList<AnswerInput> answers)
    {
        var errors = new Dictionary<string, string[]>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < answers.Count; i++)
        {
            var a = answers[i];
            var field = $"answers[{i}]";
            if (a.QuestionId is null || !model.QuestionById.TryGetValue(a.QuestionId, out var question))
            {
                errors[field + ".questionId"] = [$"Antwoord {i + 1}: vraag '{a.QuestionId}' bestaat niet in het model van de publieke waarden."];
                continue;
            }

            var label = $"Vraag {question.Id}";
            if (!seen.Add(question.Id))
            {
                errors[field + ".questionId"] = [$"{label}: staat twee keer in de antwoorden."];
            }

            if (a.Score is { } score && !question.Scale.Allows(score))
            {
                errors[field + ".score"] = [$"{label}: het antwoord moet een score van 0 tot en met {question.Scale.Max} zijn, niet {score}."];
            }

            if (a.Score is not null && a.Unknown)
            {
                errors[field + ".unknown"] = [$"{label}: kies een score of 'onbekend', niet allebei."];
            }

            if (Text(a.Evidence, ValueAssessmentEntity.MaxEvidenceLength, multiline: true) is { } evidence)
            {
                errors[field + ".evidence"] = [$"{label}, onderbouwing: {evidence}"];
            }

            if (Text(a.Assessor, ValueAssessmentEntity.MaxAssessorLength, multiline: false) is { } assessor)
            {
                errors[field + ".assessor"] = [$"{label}, beoordelaar: {assessor}"];
            }

            if (a.Date is { Year: < 2000 or > 2100 })
            {
                errors[field + ".date"] = [$"{label}, datum: vul een datum tussen 2000 en 2100 in."];
            }
        }

        return errors;
    }

    private static string? Text(string? text, int max, bool multiline)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > max)
        {
            return $"hoogstens {max} tekens, het zijn er {text.Length}.";
        }

        // Evidence may run over lines; any other control or direction character is refused like in names.
        var checkedText = multiline ? text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal) : text;
        return InputRules.HasHiddenCharacters(checkedText)
            ? "de tekst bevat een onzichtbaar stuurteken (zoals NUL of een teken dat de leesrichting omdraait); typ hem opnieuw."
            : null;
    }

    /// <summary>
    /// Replaces the assessor's answers, all or nothing: checked against the model first, and written only when the stored
    /// assessment still has <paramref name="expectedVersion"/> (null: any).
    /// </summary>
    public static async Task<ValuesSaving> SaveAnswersAsync(
        RegieDbContext db, BoardAnalysis board, Guid id, AnswersInput input, string? expectedVersion, DateTimeOffset now, CancellationToken ct)
    {
        if (!await db.ValueAssessments.AsNoTracking().AnyAsync(a => a.Id == id, ct))
        {
            return new(false, new Dictionary<string, string[]>());
        }

        var answers = input.Answers ?? [];
        var errors = Check(board.Knowledge.PublicValues, answers);
        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion,
            async () => await db.ValueAssessments.AsNoTracking().Include(a => a.Answers).SingleOrDefaultAsync(a => a.Id == id, ct) is { } stored ? VersionOf(db, stored) : null,
            async () =>
            {
                var entity = await db.ValueAssessments.Include(a => a.Answers).SingleAsync(a => a.Id == id, ct);
                db.ValueAnswers.RemoveRange(entity.Answers);
                await db.SaveChangesAsync(ct);
                foreach (var a in answers.Where(a => a.Score is not null || a.Unknown))
                {
                    db.ValueAnswers.Add(new ValueAnswerEntity
                    {
                        Id = Guid.NewGuid(),
                        AssessmentId = id,
                        QuestionId = board.Knowledge.PublicValues.QuestionById[a.QuestionId!].Id,
                        Score = a.Score,
                        Evidence = Trim(a.Evidence),
                        Assessor = Trim(a.Assessor),
                        Date = a.Date,
                    });
                }

                entity.UpdatedAt = now;
                await db.SaveChangesAsync(ct);
            }, ct);
        return saved ? new(true, errors, Id: id) : new(true, errors, Stale: true);
    }

    public static async Task<ValuesSaving> SaveWeightsAsync(RegieDbContext db, PublicValuesModel model, WeightsInput input, string? expectedVersion, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (valueId, weight) in input.Weights ?? new Dictionary<string, double>())
        {
            if (model.ValueById(valueId) is not { } value)
            {
                errors[$"weights.{valueId}"] = [$"Gewicht: waarde '{valueId}' bestaat niet in het model van de publieke waarden."];
            }
            else if (double.IsNaN(weight) || weight < 0 || weight > PublicValueWeights.MaxWeight)
            {
                errors[$"weights.{value.Id}"] = [$"Gewicht van {value.Name.Nl}: vul een getal van 0 tot en met {PublicValueWeights.MaxWeight} in."];
            }
        }

        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, async () => await WeightsVersionAsync(db, ct), async () =>
        {
            var stored = await db.ValueWeights.ToListAsync(ct);
            foreach (var (valueId, weight) in input.Weights ?? new Dictionary<string, double>())
            {
                var id = model.ValueById(valueId)!.Id;
                if (stored.FirstOrDefault(w => w.ValueId == id) is { } row)
                {
                    row.Weight = weight;
                }
                else
                {
                    db.ValueWeights.Add(new ValueWeightEntity { Id = Guid.NewGuid(), ValueId = id, Weight = weight });
                }
            }

            await db.SaveChangesAsync(ct);
        }, ct);
        return saved ? new(true, errors) : new(true, errors, Stale: true);
    }

    /// <summary>
    /// Deletes an assessment with its answers while it is still at <paramref name="expectedVersion"/> (<see cref="VersionOf"/>,
    /// which covers every answer; null: any): a delete from a page opened before someone's answers is refused (Stale).
    /// </summary>
    public static Task<Deletion> DeleteAsync(RegieDbContext db, Guid id, string? expectedVersion, CancellationToken ct) =>
        EditVersion.DeleteIfUnchangedAsync(db, expectedVersion,
            async () => await db.ValueAssessments.AsNoTracking().Include(a => a.Answers).SingleOrDefaultAsync(a => a.Id == id, ct) is { } stored
                ? VersionOf(db, stored)
                : null,
            async () =>
            {
                db.ValueAssessments.Remove(await db.ValueAssessments.Include(a => a.Answers).SingleAsync(a => a.Id == id, ct));
                await db.SaveChangesAsync(ct);
            }, ct);

    /// <summary>The assessment's version: its own values and every answer, so a stale save of any answer is refused.</summary>
    public static string VersionOf(RegieDbContext db, ValueAssessmentEntity entity) =>
        EditVersion.Of(db, entity, [.. entity.Answers.OrderBy(a => a.QuestionId, StringComparer.Ordinal)
            .Select(a => $"{a.QuestionId}|{a.Score}|{a.Evidence}|{a.Assessor}|{a.Date:yyyy-MM-dd}")]);

    public static AssessmentSubject Subject(ValueAssessmentEntity e) => new(e.SubjectKind, e.SubjectKey, e.SubjectName);

    public static GivenAnswer ToAnswer(ValueAnswerEntity a) => new(a.QuestionId, a.Score, a.Evidence, a.Assessor, a.Date);

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
