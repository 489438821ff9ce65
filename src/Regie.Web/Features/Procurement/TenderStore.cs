using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Procurement;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;
using Regie.Web.Pages.Procurement;

namespace Regie.Web.Features.Procurement;

/// <summary>Tenders and vendor responses for the API and the pages alike: generation, storage, evaluation.</summary>
public static class TenderStore
{
    /// <summary>The category's name in the reader's language; Dutch where the tender itself is meant (a tender is issued in Dutch).</summary>
    public static string CategoryName(KnowledgeCatalog catalog, string id, string language = "nl") =>
        catalog.CategoryById.TryGetValue(id, out var c) ? c.Name.In(language) : id;

    public static string FileName(TenderEntity tender) =>
        $"eisen-{new string([.. tender.Name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-')}.md";

    public static Task<TenderEntity?> FindAsync(RegieDbContext db, Guid id, CancellationToken ct) =>
        db.Tenders.Include(t => t.Responses).SingleOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>The requirements as stored when the tender was made: later changes to policy or catalog do not change their meaning.</summary>
    public static TenderRequirements Requirements(KnowledgeCatalog catalog, TenderEntity tender) =>
        new(tender.Category, CategoryName(catalog, tender.Category), RequirementJson.Read(tender.RequirementsJson), []);

    public static async Task<(TenderEntity? Tender, Dictionary<string, string[]> Errors)> CreateAsync(
        RegieDbContext db, BoardAnalysis board, string? name, string? category, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            errors["name"] = ["Naam: vul een naam in van hoogstens 200 tekens."];
        }
        else if (FieldRules.Name("Naam", name) is { } hidden)
        {
            errors["name"] = [hidden];
        }

        if (string.IsNullOrWhiteSpace(category) || !board.Knowledge.Catalog.CategoryById.ContainsKey(category))
        {
            errors["category"] = [$"Categorie: kies een categorie uit de catalogus ({string.Join(", ", board.Knowledge.Catalog.Categories.Select(c => c.Id))})."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var generated = TenderGenerator.Generate(board.Knowledge.Catalog.CategoryById[category!].Id, await board.LandscapeAsync(ct), board.Knowledge);
        var tender = new TenderEntity
        {
            Id = Guid.NewGuid(),
            Name = name!.Trim(),
            Category = generated.Category,
            CreatedAt = now,
            RequirementsJson = RequirementJson.Write(generated.Requirements),
        };
        db.Tenders.Add(tender);
        await db.SaveChangesAsync(ct);
        return (tender, errors);
    }

    public static async Task<(VendorResponseEntity? Response, IReadOnlyList<AnswerError> Errors)> AddResponseAsync(
        RegieDbContext db, BoardAnalysis board, TenderEntity tender, string? vendorName, string? productId, IEnumerable<AnswerRow> rows, DateTimeOffset now, CancellationToken ct)
    {
        var catalog = await db.LoadBoardCatalogAsync(board.Knowledge.Catalog, ct);
        var (answers, errors) = AnswerValues.FromRows(Requirements(catalog, tender), rows);
        var all = new List<AnswerError>(errors);
        if (string.IsNullOrWhiteSpace(vendorName) || vendorName.Trim().Length > 200)
        {
            all.Insert(0, new(null, "leverancier", new VendorNameMissing(200)));
        }

        var product = string.IsNullOrWhiteSpace(productId) ? null : productId.Trim();
        if (product is not null && !catalog.ProductById.ContainsKey(product))
        {
            all.Insert(0, new(null, "product", new OfferedProductUnknown(product)));
        }

        if (all.Count > 0)
        {
            return (null, all);
        }

        var response = new VendorResponseEntity
        {
            Id = Guid.NewGuid(),
            TenderId = tender.Id,
            VendorName = vendorName!.Trim(),
            ProductId = product is null ? null : catalog.ProductById[product].Id,
            AnswersJson = RequirementJson.WriteAnswers(answers),
            ReceivedAt = now,
        };
        db.VendorResponses.Add(response);
        await db.SaveChangesAsync(ct);
        return (response, []);
    }

    public static async Task<IReadOnlyList<(VendorResponseEntity Response, TenderEvaluation Evaluation)>> EvaluateAsync(
        RegieDbContext db, BoardAnalysis board, TenderEntity tender, CancellationToken ct)
    {
        var landscape = await board.LandscapeAsync(ct);
        var requirements = Requirements(board.Knowledge.Catalog, tender);
        var responses = await db.VendorResponses.AsNoTracking().Where(r => r.TenderId == tender.Id).ToListAsync(ct);
        return [.. responses.OrderBy(r => r.ReceivedAt).ThenBy(r => r.VendorName, StringComparer.Ordinal)
            .Select(r => (r, TenderEvaluator.Evaluate(requirements, new VendorOffer(r.VendorName, r.ProductId, RequirementJson.ReadAnswers(r.AnswersJson)),
                landscape, board.Knowledge, board.ProfileId)))];
    }

    public static async Task<TenderDto> DtoAsync(RegieDbContext db, BoardAnalysis board, TenderEntity tender, UiText text, CancellationToken ct)
    {
        var requirements = Requirements(board.Knowledge.Catalog, tender);
        var evaluations = await EvaluateAsync(db, board, tender, ct);
        return new TenderDto(tender.Id, tender.Name, tender.Category, requirements.CategoryName, tender.CreatedAt, requirements.Requirements, [.. requirements.Remarks.Select(r => text.Document(r))],
            [.. evaluations.Select(e => ToDto(db, e.Response, e.Evaluation, text))]);
    }

    private static EvaluationDto ToDto(RegieDbContext db, VendorResponseEntity response, TenderEvaluation e, UiText text) => new(
        response.Id, e.Offer.VendorName, e.Offer.ProductId, e.Verdict, [.. e.Why.Select(r => text.Document(r))], e.Assessment.Sovereignty.RoundedScore, e.Assessment.Sovereignty.Seal,
        e.WishPoints, e.WishMaximum, e.Answered, e.Unanswered, e.UnknownAnswers,
        [.. e.Results.Select(r => new RequirementResultDto(
            r.Requirement.Id, r.Requirement.Kind, r.Passed, r.Answer is null ? null : AnswerValues.Dutch(r.Answer.Value), r.Answer?.Option,
            r.Answer?.Explanation, r.Points, text.Document(r.Judgement), r.Mapping is { } mapping ? text.Document(mapping) : null))],
        VersionOf(db, response));

    /// <summary>"regel 3, antwoord: …": an answer row's problem in the reader's language.</summary>
    public static string ErrorText(AnswerError error, UiText text) =>
        error.Line is { } line ? $"{text["regel {0}", line]}, {error.Field}: {text.Why(error.Problem)}" : $"{error.Field}: {text.Why(error.Problem)}";

    public static ValidationProblem Problem(IReadOnlyList<AnswerError> errors, UiText text) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Line is { } line ? $"regel {line}: {e.Field}" : e.Field).ToDictionary(g => g.Key, g => g.Select(e => ErrorText(e, text)).ToArray()),
            title: "De antwoorden zijn niet opgeslagen: niets is overgenomen. Herstel de regels hieronder.");

    /// <summary>
    /// Removes one vendor's response to a tender while it is still at <paramref name="expectedVersion"/> (<see cref="EvaluationDto.Version"/>;
    /// null: any); with the response as it was (null when there is none).
    /// </summary>
    public static async Task<(Deletion Deletion, VendorResponseEntity? Response)> DeleteResponseAsync(
        RegieDbContext db, Guid tenderId, Guid responseId, string? expectedVersion, CancellationToken ct)
    {
        var response = await db.VendorResponses.SingleOrDefaultAsync(r => r.Id == responseId && r.TenderId == tenderId, ct);
        return response is null ? (Deletion.NotFound, null) : (await EditVersion.DeleteIfUnchangedAsync(db, response, expectedVersion, ct), response);
    }

    /// <summary>The version of a stored response, which its delete form and the API's evaluation carry.</summary>
    public static string VersionOf(RegieDbContext db, VendorResponseEntity response) => EditVersion.Of(db, response);
}
