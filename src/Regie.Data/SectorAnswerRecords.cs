using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;

namespace Regie.Data;

/// <summary>Shared knowledge is written without a board, as the person who records it: the audit names them, not "system".</summary>
public sealed record SharedKnowledgeWriter(string Actor) : ITenantContext
{
    public Guid? OrganisationId => null;
}

/// <summary>
/// Vendor answers received at sector level (issue 15 point 6), one home for the web's form and file upload, POST
/// /api/v1/sector/answers and `regie sector answers import`: the same check of each answer, the same stored row, and the same read of what a board is offered.
/// </summary>
public static class SectorAnswerRecords
{
    /// <summary>Every field but the explanation is needed. Returns the errors by field (the API's names); empty when the answer is good.</summary>
    public static Dictionary<string, string[]> Validate(SectorAnswerInput input)
    {
        var errors = new Dictionary<string, string[]>();
        void Need(string field, string? value, string dutch)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"{dutch}: vul dit in."];
            }
        }

        Need("vendorId", input.VendorId, "Leverancier (id)");
        Need("vendorName", input.VendorName, "Leverancier (naam)");
        Need("subject", input.Subject, "Onderwerp (product of leverancier)");
        Need("topic", input.Topic, "Vraag (criterium of feit)");
        Need("answer", input.Answer, "Antwoord");
        Need("receivedBy", input.ReceivedBy, "Ontvangen door");
        Need("source", input.Source, "Bron");
        if (input.AnsweredOn is null)
        {
            errors["answeredOn"] = ["Datum van het antwoord: vul dit in."];
        }

        return errors;
    }

    /// <summary>
    /// Stores the answers all or nothing, in one save (one transaction), after checking every one; the context's actor is
    /// recorded and audited. Returns the errors by answer (its index in <paramref name="inputs"/>) and field; on any error nothing is stored.
    /// </summary>
    public static async Task<IReadOnlyList<(int Index, Dictionary<string, string[]> Errors)>> AddAsync(
        RegieDbContext db, IReadOnlyList<SectorAnswerInput> inputs, string actor, TimeProvider time, CancellationToken ct)
    {
        var errors = inputs.Select((input, i) => (Index: i, Errors: Validate(input))).Where(e => e.Errors.Count > 0).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow();
        db.SectorVendorAnswers.AddRange(inputs.Select(input => new SectorVendorAnswerEntity
        {
            Id = Guid.NewGuid(),
            VendorId = input.VendorId!.Trim().ToLowerInvariant(),
            VendorName = input.VendorName!.Trim(),
            Subject = input.Subject!.Trim().ToLowerInvariant(),
            Topic = input.Topic!.Trim(),
            Answer = input.Answer!.Trim(),
            Explanation = string.IsNullOrWhiteSpace(input.Explanation) ? null : input.Explanation.Trim(),
            AnsweredOn = input.AnsweredOn!.Value,
            RecordedAt = now,
            RecordedBy = actor,
            ReceivedBy = input.ReceivedBy!.Trim(),
            Source = input.Source!.Trim(),
        }));
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Where in a file a message points: "antwoorden.csv: rij 3, veld 'source'".</summary>
    public static string Place(string file, int row, string field) => $"{file}: rij {row}, veld '{field}'";

    /// <summary>
    /// A file's answers (<paramref name="content"/>, as a reader found them), every row checked before anything is stored:
    /// what the file could not say (a date that is no date), then <see cref="Validate"/>. All or nothing: on any error
    /// nothing is stored, and the errors name the file, the row and the field in Dutch. Returns the number stored and the errors.
    /// </summary>
    public static async Task<(int Stored, IReadOnlyList<string> Errors)> ImportFileAsync(
        RegieDbContext db, string file, SectorAnswerFileContent content, string actor, TimeProvider time, CancellationToken ct)
    {
        if (content.FileErrors.Count > 0)
        {
            return (0, content.FileErrors);
        }

        var errors = content.Rows.SelectMany(row =>
        {
            var unreadable = content.FieldErrors.Where(e => e.Row == row.Row).ToList();
            return unreadable.Select(e => $"{Place(file, e.Row, e.Field)}: {e.Message}").Concat(
                Validate(row.Input).Where(e => unreadable.All(u => u.Field != e.Key))
                    .SelectMany(e => e.Value.Select(message => $"{Place(file, row.Row, e.Key)}: {message}")));
        }).ToList();
        if (errors.Count > 0)
        {
            return (0, errors);
        }

        if ((await AddAsync(db, [.. content.Rows.Select(r => r.Input)], actor, time, ct)).Count > 0)
        {
            throw new InvalidOperationException("Het opslaan weigerde antwoorden die de controle goedkeurde.");
        }

        return (content.Rows.Count, []);
    }

    /// <summary>The sector's answers that concern the board (<see cref="SectorAnswers.RelevantTo"/>), each with its stored id: what the board is offered.</summary>
    public static async Task<IReadOnlyList<(Guid Id, RelevantAnswer Relevant)>> RelevantAsync(
        RegieDbContext db, BoardLandscape landscape, RegieKnowledge knowledge, DateOnly today, CancellationToken ct)
    {
        var rows = await db.SectorVendorAnswers.AsNoTracking().ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        // By reference: two stored answers alike in every field (a file imported twice) are two offers, not a duplicate key.
        var byAnswer = new Dictionary<SectorVendorAnswer, Guid>(ReferenceEqualityComparer.Instance);
        foreach (var row in rows)
        {
            byAnswer[ToAnswer(row)] = row.Id;
        }

        var relevant = SectorAnswers.RelevantTo(landscape, knowledge, [.. byAnswer.Keys], today);
        return [.. relevant.Select(r => (byAnswer[r.Answer], r))];
    }

    /// <summary>
    /// What the sector heard from vendors about the catalog's open questions (<see cref="CatalogAnswersFromTheSector"/>): the
    /// sector's answers and those recorded by boards that share with the sector and chose to let their vendors' answers go to
    /// the catalog, on where a product runs and keeps its data. Reads across boards (only those answers and the keys of those
    /// boards' own products, providers and companies), so call it for a system administrator or the command line only; no
    /// board is named in what it returns. <paramref name="k"/> is the sector's disclosure rule's.
    /// </summary>
    public static async Task<CatalogAnswersFromTheSector> ForTheCatalogAsync(RegieDbContext db, KnowledgeCatalog catalog, DateOnly today, int k, CancellationToken ct)
    {
        var sector = (await db.SectorVendorAnswers.AsNoTracking().ToListAsync(ct)).Select(ToAnswer).ToList();
        var topics = CatalogQuestions.Asked.Select(FactTopics.Name).ToList();
        var sharing = db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(o => o.SharesWithSector && o.SharesVendorAnswers).Select(o => o.Id);
        var answers = (await db.VendorAnswers.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
            .Where(a => topics.Contains(a.Topic) && sharing.Contains(a.OrganisationId))
            .ToListAsync(ct)).ToLookup(a => a.OrganisationId);
        var heard = answers.Select(g => g.Key).ToList();
        async Task<ILookup<Guid, string>> KeysAsync<T>(IQueryable<T> set, System.Linq.Expressions.Expression<Func<T, OwnKey>> key) where T : class, ITenantOwned =>
            (await set.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().Where(e => heard.Contains(e.OrganisationId)).Select(key)
                .ToListAsync(ct)).ToLookup(e => e.Board, e => e.Key);
        var products = await KeysAsync(db.LocalProducts, p => new OwnKey(p.OrganisationId, p.Key));
        var providers = await KeysAsync(db.LocalProviders, p => new OwnKey(p.OrganisationId, p.Key));
        var companies = await KeysAsync(db.LocalCompanies, c => new OwnKey(c.OrganisationId, c.Key));
        HashSet<string> Set(IEnumerable<string> keys) => keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var boards = answers.Select(board => new SharingBoardAnswers(
            [.. board.Select(VendorAnswers.ToCore)], Set(products[board.Key]), Set(providers[board.Key]), Set(companies[board.Key]))).ToList();
        return CatalogAnswersFromTheSector.Collect(catalog, sector, boards, today, k);
    }

    private sealed record OwnKey(Guid Board, string Key);

    private static SectorVendorAnswer ToAnswer(SectorVendorAnswerEntity e) =>
        new(e.VendorId, e.VendorName, e.Subject, e.Topic, e.Answer, e.Explanation, e.AnsweredOn, e.ReceivedBy, e.Source);
}
