using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Exporting;
using Regie.Core.Knowledge;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;

namespace Regie.Core.Catalog;

/// <summary>
/// What one board that shares with the sector recorded from its vendors, and the ids of its own products: an answer about
/// a product the board entered itself is about the board's product, even when it reuses a catalog id.
/// </summary>
public sealed record SharingBoardAnswers(IReadOnlyList<VendorStatement> Statements, IReadOnlySet<string> OwnProducts);

/// <summary>
/// An answer to one of the catalog's open questions that the sector agrees on: from answers received for the whole sector
/// (<see cref="SectorAnswers"/> of them) and from boards that share with the sector (<see cref="Boards"/>), all the same. Its
/// provenance says who received it and where; a board is never named.
/// </summary>
public sealed record SectorCatalogAnswer(
    CatalogQuestion Question, string Answer, DateOnly AnsweredOn, string? Explanation, string ReceivedBy, string Source, int Boards, int SectorAnswers);

/// <summary>One of the answers heard to a question, with how many boards and sector answers gave it and the newest date.</summary>
public sealed record HeardAnswer(string Answer, int Boards, int SectorAnswers, DateOnly Newest);

/// <summary>A question the sector heard more than one answer to (<see cref="SectorCatalogAnswer"/> needs one), or too few boards for.</summary>
public sealed record UnsettledCatalogQuestion(CatalogQuestion Question, IReadOnlyList<HeardAnswer> Answers)
{
    /// <summary>What was heard, for a reader: a provider by its name in the catalog.</summary>
    public CatalogAnswersHeard Described(KnowledgeCatalog catalog) =>
        new(Question.ProductName, Question.Fact, [.. Answers.Select(a => (
            Question.Fact == FactTopic.HostingProvider && catalog.ProviderById.TryGetValue(a.Answer, out var provider) ? provider.Name : a.Answer,
            a.Boards, a.SectorAnswers))]);
}

/// <summary>
/// The sector's knowledge for the catalog (PRODUCT.md 6a: a vendor's answers come back as the board's facts "and, shared, as
/// the sector's"; issue 17 point 1): the vendors' answers to the catalog's open questions — where a product runs and keeps
/// its data — that were received for the whole sector or recorded by boards that share with the sector, as a file
/// `regie catalog answers` reads into the next catalog release. The curator still reviews every row there.
/// </summary>
/// <remarks>
/// Rules, each against a wrong fact for every board: only a question the catalog has open today (a known fact is never
/// overruled); only the product's own vendor; only answers that count today (twelve months); only answers in the catalog's
/// form (a board's own hosting provider is no catalog provider). A board counts once per question (its newest answer), and
/// never for its own product. An answer that only boards gave needs <see cref="MinimumBoards"/> of them, so one editor's
/// typo or invention cannot become the catalog's; a sector answer (received by SIVON, with its document) counts alone.
/// Different answers to one question settle nothing: they are listed, with counts only, for the curator to ask the vendor.
/// A board's explanation is not carried over, as it may name the board.
/// </remarks>
public sealed record CatalogAnswersFromTheSector(
    IReadOnlyList<SectorCatalogAnswer> Answers, IReadOnlyList<UnsettledCatalogQuestion> Different, IReadOnlyList<UnsettledCatalogQuestion> TooFewBoards)
{
    /// <summary>How many sharing boards must give the same answer before it goes to the catalog without a sector answer.</summary>
    public const int MinimumBoards = 2;

    public int ProductCount => Answers.Select(a => a.Question.ProductId).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <param name="catalog">The shipped catalog as of <paramref name="today"/> (<see cref="KnowledgeCatalog.AsOf"/>), so a vendor's answer that ran out is asked again.</param>
    public static CatalogAnswersFromTheSector Collect(
        KnowledgeCatalog catalog, IReadOnlyList<SectorVendorAnswer> sector, IReadOnlyList<SharingBoardAnswers> boards, DateOnly today)
    {
        var open = CatalogQuestions.Open(catalog, catalog.Products).Questions;
        var byId = open.ToDictionary(q => Key(q.Id));
        var heard = new Dictionary<(string, string), List<(string Answer, bool Board, DateOnly On, SectorVendorAnswer? Sector)>>();

        void Hear(QuestionId id, string vendorId, string answer, DateOnly on, SectorVendorAnswer? fromSector)
        {
            if (!byId.TryGetValue(Key(id), out var question) || !string.Equals(vendorId, question.VendorId, StringComparison.OrdinalIgnoreCase)
                || !VendorStatements.IsCurrent(on, today)
                || QuestionnaireAnswers.Canonical(question.AsQuestion(), answer, catalog) is not ({ } canonical, null))
            {
                return;
            }

            (heard.TryGetValue(Key(id), out var list) ? list : heard[Key(id)] = []).Add((canonical, fromSector is null, on, fromSector));
        }

        foreach (var answer in sector)
        {
            Hear(answer.Question, answer.VendorId, answer.Answer, answer.AnsweredOn, answer);
        }

        foreach (var board in boards)
        {
            foreach (var statement in VendorStatements.Current(board.Statements, today).Where(s => !board.OwnProducts.Contains(s.Question.Subject)))
            {
                Hear(statement.Question, statement.VendorId, statement.Answer, statement.AnsweredOn, null);
            }
        }

        var answers = new List<SectorCatalogAnswer>();
        var different = new List<UnsettledCatalogQuestion>();
        var tooFew = new List<UnsettledCatalogQuestion>();
        foreach (var question in open)
        {
            if (!heard.TryGetValue(Key(question.Id), out var list))
            {
                continue;
            }

            var groups = list.GroupBy(h => Same(question.Fact, h.Answer), StringComparer.OrdinalIgnoreCase)
                .Select(g => (Items: g.ToList(), Heard: new HeardAnswer(g.OrderByDescending(h => h.On).First().Answer, g.Count(h => h.Board), g.Count(h => !h.Board), g.Max(h => h.On))))
                .OrderByDescending(g => g.Heard.Boards + g.Heard.SectorAnswers).ThenBy(g => g.Heard.Answer, StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (groups.Count > 1)
            {
                different.Add(new(question, [.. groups.Select(g => g.Heard)]));
                continue;
            }

            var (items, one) = groups[0];
            if (one.SectorAnswers == 0 && one.Boards < MinimumBoards)
            {
                tooFew.Add(new(question, [one]));
                continue;
            }

            answers.Add(Settled(question, items, one));
        }

        return new(answers, different, tooFew);
    }

    private static SectorCatalogAnswer Settled(CatalogQuestion question, List<(string Answer, bool Board, DateOnly On, SectorVendorAnswer? Sector)> items, HeardAnswer one)
    {
        var boardDates = items.Where(h => h.Board).Select(h => h.On).Order().ToList();
        var dated = boardDates.Count == 0 ? "" : boardDates[0] == boardDates[^1] ? $"answers dated {Iso(boardDates[0])}" : $"answers dated {Iso(boardDates[0])} to {Iso(boardDates[^1])}";
        var boards = $"{BoardsText(one.Boards)} sharing with the sector in Regie";
        if (items.Where(h => h.Sector is not null).OrderByDescending(h => h.On).Select(h => h.Sector).FirstOrDefault() is { } newest)
        {
            var source = newest.Source.Trim() + (one.Boards == 0 ? "" : $"; the same answer recorded by {boards} ({dated})");
            return new(question, one.Answer, one.Newest, newest.Explanation, newest.ReceivedBy.Trim(), source, one.Boards, one.SectorAnswers);
        }

        return new(question, one.Answer, one.Newest, null, boards, $"the vendor's answer as recorded in each board's vendor questionnaire in Regie ({dated})", one.Boards, 0);
    }

    private static string BoardsText(int count) => count == 1 ? "one school board" : $"{count} school boards";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (string, string) Key(QuestionId id) => (id.Subject.ToLowerInvariant(), id.Topic.ToLowerInvariant());

    // A region is free text: the same words with other spaces or capitals are the same answer.
    private static string Same(FactTopic fact, string canonical) =>
        fact == FactTopic.HostingRegion ? string.Join(' ', canonical.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : canonical;

    /// <summary>
    /// The settled answers as a file of the sector answers' columns with the question's text first, as `regie catalog
    /// questions` writes it, now filled in: `regie catalog answers` reads it into the catalog (and `regie sector answers
    /// import` could offer it to every board).
    /// </summary>
    public ExportTable Table(CultureInfo culture) =>
        CatalogQuestions.File(
            new LocalizedText("antwoorden-voor-de-catalogus", "answers-for-the-catalog"),
            Answers.Select(a => (a.Question, (SectorAnswerInput?)new SectorAnswerInput(
                a.Question.VendorId, a.Question.VendorName, a.Question.ProductId, FactTopics.Name(a.Question.Fact), a.Answer, a.Explanation,
                a.AnsweredOn, a.ReceivedBy, a.Source))),
            culture);
}
