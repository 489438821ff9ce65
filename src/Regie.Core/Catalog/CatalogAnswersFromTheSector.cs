using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Exporting;
using Regie.Core.Knowledge;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;

namespace Regie.Core.Catalog;

/// <summary>
/// What one board that shares its vendors' answers recorded, and the ids of the products, hosting providers and companies it
/// entered itself: an answer about the board's own entry is about that entry, even when it reuses a catalog id.
/// </summary>
public sealed record SharingBoardAnswers(
    IReadOnlyList<VendorStatement> Statements, IReadOnlySet<string> OwnProducts, IReadOnlySet<string> OwnProviders, IReadOnlySet<string> OwnCompanies)
{
    public SharingBoardAnswers(IReadOnlyList<VendorStatement> statements)
        : this(statements, new HashSet<string>(), new HashSet<string>(), new HashSet<string>())
    {
    }
}

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
    /// <summary>
    /// What was heard, for a reader: a provider by its name in the catalog; a number of boards only from <paramref name="k"/>
    /// up (the sector's disclosure rule), fewer as "fewer than k", none as none.
    /// </summary>
    public CatalogAnswersHeard Described(KnowledgeCatalog catalog, int k) =>
        new(Question.ProductName, Question.Fact, [.. Answers.Select(a => (
            Question.Fact == FactTopic.HostingProvider && catalog.ProviderById.TryGetValue(a.Answer, out var provider) ? provider.Name : LocalizedText.Same(a.Answer),
            a.Boards == 0 || a.Boards >= k ? a.Boards : (int?)null, a.SectorAnswers))], k);
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
/// form and within the lengths `regie catalog answers` takes. Of the sector's answers to a question the newest counts (a
/// file imported twice is one answer). A board counts once per question (its newest answer); never for its own product,
/// provider or company; and not for a sector answer it took over (the same answer of the same day is the sector's, not
/// a second voice). An answer that only boards gave needs k of them (the sector's disclosure rule), so no board's answer
/// is published alone and one editor's typo or invention cannot become the catalog's; a sector answer (received by SIVON,
/// with its document) counts alone. Different answers to one question settle nothing: they are listed for the curator
/// to ask the vendor, with a number of boards only from k up. A board's explanation is not carried over, as it may name
/// the board, and the boards' answers are dated by month (the fact by the newest answer's day, as `catalog answers` needs a day).
/// </remarks>
public sealed record CatalogAnswersFromTheSector(
    IReadOnlyList<SectorCatalogAnswer> Answers, IReadOnlyList<UnsettledCatalogQuestion> Different, IReadOnlyList<UnsettledCatalogQuestion> TooFewBoards)
{
    public int ProductCount => Answers.Select(a => a.Question.ProductId).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <param name="catalog">The shipped catalog as of <paramref name="today"/> (<see cref="KnowledgeCatalog.AsOf"/>), so a vendor's answer that ran out is asked again.</param>
    /// <param name="k">The sector's disclosure rule's k: how many boards an answer that only boards gave needs.</param>
    public static CatalogAnswersFromTheSector Collect(
        KnowledgeCatalog catalog, IReadOnlyList<SectorVendorAnswer> sector, IReadOnlyList<SharingBoardAnswers> boards, DateOnly today, int k)
    {
        var open = CatalogQuestions.Open(catalog, catalog.Products).Questions;
        var byId = open.ToDictionary(q => (q.Id.Subject, q.Id.Topic), q => (Question: q, Asked: q.AsQuestion()), IgnoreCasePair.Instance);
        var heard = new Dictionary<CatalogQuestion, List<Heard>>(ReferenceEqualityComparer.Instance);
        // Many boards give the same few answers: each is put in the catalog's form once per question.
        var forms = new Dictionary<CatalogQuestion, Dictionary<string, (string Canonical, string Same)?>>(ReferenceEqualityComparer.Instance);

        // The answer in the catalog's form (and as compared), when it may go to the catalog at all.
        (CatalogQuestion Question, string Canonical, string Same)? Usable(QuestionId id, string vendorId, string answer, DateOnly on)
        {
            if (!byId.TryGetValue((id.Subject, id.Topic), out var found) || !string.Equals(vendorId, found.Question.VendorId, StringComparison.OrdinalIgnoreCase)
                || !VendorStatements.IsCurrent(on, today))
            {
                return null;
            }

            var known = forms.TryGetValue(found.Question, out var cache) ? cache : forms[found.Question] = new(StringComparer.Ordinal);
            if (!known.TryGetValue(answer, out var form))
            {
                form = known[answer] = QuestionnaireAnswers.Canonical(found.Asked, answer, catalog) is ({ } canonical, null)
                    ? (canonical, Same(found.Question.Fact, canonical).ToLowerInvariant())
                    : null;
            }

            return form is { } usable ? (found.Question, usable.Canonical, usable.Same) : null;
        }

        void Add(CatalogQuestion question, Heard heardAnswer) =>
            (heard.TryGetValue(question, out var list) ? list : heard[question] = []).Add(heardAnswer);

        var fromSector = sector
            .Where(a => a.ReceivedBy.Trim().Length <= QuestionnaireAnswers.MaxText && a.Source.Trim().Length <= MaxSectorSource
                && (a.Explanation?.Trim().Length ?? 0) <= QuestionnaireAnswers.MaxExplanation)
            .Select(a => (Answer: a, Usable: Usable(a.Question, a.VendorId, a.Answer, a.AnsweredOn)))
            .Where(a => a.Usable is not null)
            .Select(a => (a.Answer, a.Usable!.Value.Question, a.Usable!.Value.Canonical, a.Usable!.Value.Same))
            .ToList();
        var taken = fromSector.Select(a => (a.Question, a.Same, a.Answer.AnsweredOn)).ToHashSet();
        foreach (var newest in fromSector.GroupBy(a => a.Question))
        {
            var latest = newest.Max(a => a.Answer.AnsweredOn);
            foreach (var a in newest.Where(a => a.Answer.AnsweredOn == latest).DistinctBy(a => a.Same))
            {
                Add(a.Question, new(a.Canonical, Board: false, a.Answer.AnsweredOn, a.Answer));
            }
        }

        var newestOfBoard = new Dictionary<(string, string), VendorStatement>(IgnoreCasePair.Instance);
        foreach (var board in boards)
        {
            // One voice per board and question: its newest answer that counts today (VendorStatements.Current, without its allocations).
            newestOfBoard.Clear();
            foreach (var statement in board.Statements)
            {
                var key = (statement.Question.Subject, statement.Question.Topic);
                if (VendorStatements.IsCurrent(statement.AnsweredOn, today) && (!newestOfBoard.TryGetValue(key, out var kept) || statement.AnsweredOn > kept.AnsweredOn))
                {
                    newestOfBoard[key] = statement;
                }
            }

            foreach (var statement in newestOfBoard.Values)
            {
                if (board.OwnProducts.Contains(statement.Question.Subject) || board.OwnCompanies.Contains(statement.VendorId)
                    || Usable(statement.Question, statement.VendorId, statement.Answer, statement.AnsweredOn) is not { } usable
                    || (usable.Question.Fact == FactTopic.HostingProvider && board.OwnProviders.Contains(usable.Canonical))
                    || taken.Contains((usable.Question, usable.Same, statement.AnsweredOn)))
                {
                    continue;
                }

                Add(usable.Question, new(usable.Canonical, Board: true, statement.AnsweredOn, null));
            }
        }

        var answers = new List<SectorCatalogAnswer>();
        var different = new List<UnsettledCatalogQuestion>();
        var tooFew = new List<UnsettledCatalogQuestion>();
        foreach (var question in open)
        {
            if (!heard.TryGetValue(question, out var list))
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
            if (one.SectorAnswers == 0 && one.Boards < k)
            {
                tooFew.Add(new(question, [one]));
                continue;
            }

            answers.Add(Settled(question, items, one, k));
        }

        return new(answers, different, tooFew);
    }

    /// <summary>Room in a sector answer's source for what the boards add, within what `regie catalog answers` takes.</summary>
    private const int MaxSectorSource = QuestionnaireAnswers.MaxExplanation - 200;

    private sealed record Heard(string Answer, bool Board, DateOnly On, SectorVendorAnswer? Sector);

    private static SectorCatalogAnswer Settled(CatalogQuestion question, List<Heard> items, HeardAnswer one, int k)
    {
        var months = items.Where(h => h.Board).Select(h => new DateOnly(h.On.Year, h.On.Month, 1)).Order().ToList();
        var dated = months.Count == 0 ? "" : months[0] == months[^1] ? $"answers of {Month(months[0])}" : $"answers of {Month(months[0])} to {Month(months[^1])}";
        if (items.Where(h => h.Sector is not null).OrderByDescending(h => h.On).Select(h => h.Sector).FirstOrDefault() is { } newest)
        {
            // Fewer than k boards beside a sector answer are not counted aloud, nor dated.
            var also = one.Boards == 0 ? "" : one.Boards >= k ? $"; the same answer recorded by {one.Boards} school boards sharing with the sector in Regie ({dated})"
                : "; the same answer also recorded by school boards sharing with the sector in Regie";
            // Dated by the document it cites; the boards only back it.
            return new(question, one.Answer, newest.AnsweredOn, newest.Explanation, newest.ReceivedBy.Trim(), newest.Source.Trim() + also, one.Boards, one.SectorAnswers);
        }

        return new(question, one.Answer, one.Newest, null, $"{one.Boards} school boards sharing with the sector in Regie",
            $"the vendor's answer as recorded in each board's vendor questionnaire in Regie ({dated})", one.Boards, 0);
    }

    private static string Month(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Subject and topic compared as the questionnaire compares them: without case.</summary>
    private sealed class IgnoreCasePair : IEqualityComparer<(string, string)>
    {
        public static readonly IgnoreCasePair Instance = new();

        public bool Equals((string, string) x, (string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) pair) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Item2));
    }

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
