using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Scoring;

namespace Regie.Core.Questionnaires;

/// <summary>One row of answers as it came in (answer file, web form or API), with the row it came from.</summary>
public sealed record AnswerLine(int Row, string? Question, string? Answer, string? Explanation = null, string? Date = null);

/// <summary>
/// Reads a vendor's answers to its questionnaire: each row names a question of that questionnaire and gives an answer in
/// the question's form. All or nothing: with one error no answer is taken, and every error names its row and field (Dutch
/// field names, as the answer file's columns). A row left empty or "onbekend" is no answer and is skipped.
/// </summary>
public static partial class QuestionnaireAnswers
{
    public const int MaxRows = 2000;
    public const int MaxExplanation = 4000;
    public const int MaxText = 200;
    public const int MaxItems = 100;

    /// <summary>The answer for "the vendor has no parent company" and for "no sub-processors" or "no export".</summary>
    public const string None = "geen";

    /// <summary>The answer for "the vendor runs the service in its own data centre".</summary>
    public const string OwnDataCentre = "eigen datacentrum";

    public static (IReadOnlyList<VendorStatement> Statements, IReadOnlyList<QuestionnaireError> Errors) Read(
        VendorQuestions questionnaire, IEnumerable<AnswerLine> lines, KnowledgeCatalog catalog, DateOnly today)
    {
        var statements = new List<VendorStatement>();
        var errors = new List<QuestionnaireError>();
        var seen = new Dictionary<QuestionId, int>();
        var count = 0;
        foreach (var line in lines)
        {
            if (++count > MaxRows)
            {
                return ([], [new(null, "bestand", new AnswerFileTooManyRows(MaxRows))]);
            }

            if (string.IsNullOrWhiteSpace(line.Question))
            {
                if (!string.IsNullOrWhiteSpace(line.Answer))
                {
                    errors.Add(new(line.Row, "vraag", new QuestionIdMissing()));
                }

                continue;
            }

            if (!QuestionId.TryParse(line.Question, out var id) || questionnaire.Find(id) is not { } question)
            {
                errors.Add(new(line.Row, "vraag", new QuestionNotAsked(line.Question.Trim(), questionnaire.VendorName)));
                continue;
            }

            var key = new QuestionId(question.Id.Subject.ToLowerInvariant(), question.Id.Topic.ToLowerInvariant());
            if (seen.TryGetValue(key, out var earlier))
            {
                errors.Add(new(line.Row, "vraag", new QuestionAnsweredTwice(question.Id.ToString(), earlier)));
                continue;
            }

            seen[key] = line.Row;
            var (canonical, problem) = Canonical(question, line.Answer, catalog);
            if (problem is not null)
            {
                errors.Add(new(line.Row, "antwoord", problem));
                continue;
            }

            var explanation = string.IsNullOrWhiteSpace(line.Explanation) ? null : line.Explanation.Trim();
            if (explanation is { Length: > MaxExplanation })
            {
                errors.Add(new(line.Row, "toelichting", new AnswerTooLong(MaxExplanation)));
                continue;
            }

            var (date, dateProblem) = AnswerDate(line.Date, today);
            if (dateProblem is not null)
            {
                errors.Add(new(line.Row, "datum", dateProblem));
                continue;
            }

            if (canonical is not null)
            {
                statements.Add(new VendorStatement(question.Id, questionnaire.VendorId, questionnaire.VendorName, canonical, explanation, date));
            }
        }

        if (errors.Count == 0 && statements.Count == 0)
        {
            errors.Add(new(null, "bestand", new NoAnswersGiven()));
        }

        return errors.Count > 0 ? ([], errors) : (statements, errors);
    }

    /// <summary>
    /// The answer in its canonical form (what is stored and what <see cref="StatedKnowledge"/> reads back), null for "no
    /// answer" (empty, unknown); or the problem with it.
    /// </summary>
    public static (string? Canonical, QuestionnaireReason? Problem) Canonical(Question question, string? text, KnowledgeCatalog catalog)
    {
        var answer = text?.Trim() ?? "";
        if (answer.Length == 0 || IsUnknown(answer))
        {
            return (null, null);
        }

        if (question.Criterion is { } criterion)
        {
            return Option(criterion, answer) is { } option ? (option.ToString(CultureInfo.InvariantCulture), null) : (null, new NotAnOptionOfQuestion(answer, criterion.BestOption));
        }

        switch (question.Fact)
        {
            case FactTopic.UltimateParent:
                if (!ParentPattern().IsMatch(answer))
                {
                    return (null, new NotAParentAnswer(answer));
                }

                return Parent(answer, catalog) is { } parent
                    ? ($"{parent.Name ?? None} ({parent.Country.Code})", null)
                    : (null, new NotACountryCode(ParentPattern().Match(answer).Groups["country"].Value.ToUpperInvariant()));
            case FactTopic.HostingProvider:
                return IsOwnDataCentre(answer) ? (OwnDataCentre, null)
                    : Provider(answer, catalog) is { } provider ? (provider.Id, null) : (null, new NotAHostingProvider(answer));
            case FactTopic.HostingRegion:
                return answer.Length > MaxText ? (null, new AnswerTooLong(MaxText)) : (answer, null);
            case FactTopic.DataLocation:
                return Location(answer) is { } location ? (location.ToString(), null) : (null, new NotADataLocation(answer));
            case FactTopic.SubProcessors:
                return List(Items(answer, ListSeparators), "; ", item => item.Length > MaxText ? new AnswerTooLong(MaxText) : null);
            case FactTopic.ExportFormats:
                return List(Formats(answer), ", ", item => FormatPattern().IsMatch(item) ? null : new NotAnExportFormat(item));
            default:
                return TriText.TryParseStrict(answer, out var tri) && tri != Tri.Unknown ? (tri.ToString(), null) : (null, new NotYesOrNo(answer));
        }
    }

    private static bool IsUnknown(string answer) => answer.ToLowerInvariant() is "onbekend" or "unknown" or "?" or "weet niet" or "n.v.t.";

    /// <summary>An option's number, or its label in Dutch or English.</summary>
    public static int? Option(Criterion criterion, string answer)
    {
        if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 0 && number < criterion.Options.Count ? number : null;
        }

        var index = criterion.Options.ToList().FindIndex(o =>
            string.Equals(o.Label.Nl, answer, StringComparison.OrdinalIgnoreCase) || string.Equals(o.Label.En, answer, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index;
    }

    /// <summary>"Name (CC)"; the name is null for "geen (CC)", when the vendor itself is the top of its group.</summary>
    public static (string? Name, Country Country)? Parent(string answer, KnowledgeCatalog catalog)
    {
        var match = ParentPattern().Match(answer.Trim());
        if (!match.Success || !catalog.CountryByCode.TryGetValue(match.Groups["country"].Value, out var country))
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        return (name.ToLowerInvariant() is None or "none" or "-" ? null : name, country);
    }

    public static bool IsOwnDataCentre(string answer) =>
        answer.Trim().ToLowerInvariant() is OwnDataCentre or "eigen beheer" or "zelf" or "own data centre" or "own data center";

    /// <summary>A hosting provider of the board's catalog by id or name; not one that stands for another vendor's own data centre.</summary>
    public static HostingProvider? Provider(string answer, KnowledgeCatalog catalog) =>
        (catalog.ProviderById.GetValueOrDefault(answer.Trim())
         ?? catalog.Providers.FirstOrDefault(p => p.KnownNames.Contains(answer.Trim(), StringComparer.OrdinalIgnoreCase))) is { } provider
        && !provider.Id.StartsWith(StatedKnowledge.OwnDataCentrePrefix, StringComparison.Ordinal)
            ? provider
            : null;

    /// <summary>0, 1 or 2 as the criterion on data location orders them, or the value's name.</summary>
    public static DataLocation? Location(string answer) => answer.Trim() switch
    {
        "0" => DataLocation.OutsideEu,
        "1" => DataLocation.EuDefault,
        "2" => DataLocation.EuOnly,
        var name when Enum.TryParse<DataLocation>(name, ignoreCase: true, out var value) && value != DataLocation.Unknown && !int.TryParse(name, out _) => value,
        _ => null,
    };

    /// <summary>The items of a list answer; an empty list for "geen".</summary>
    public static IReadOnlyList<string> Items(string answer, char[] separators) =>
        answer.Trim().ToLowerInvariant() is None or "none" ? [] : [.. answer.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public static readonly char[] ListSeparators = [';', '\n', '\r'];

    /// <summary>Export formats as the export criterion compares them: lower case, without a leading dot, each once.</summary>
    public static IReadOnlyList<string> Formats(string answer) =>
        [.. Items(answer, [',', ';', ' ', '\n', '\r', '\t']).Select(i => i.TrimStart('.').ToLowerInvariant()).Distinct()];

    private static (string?, QuestionnaireReason?) List(IReadOnlyList<string> items, string separator, Func<string, QuestionnaireReason?> check)
    {
        if (items.Count > MaxItems)
        {
            return (null, new TooManyItems(MaxItems));
        }

        foreach (var item in items)
        {
            if (check(item) is { } problem)
            {
                return (null, problem);
            }
        }

        return (items.Count == 0 ? None : string.Join(separator, items), null);
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>The date of the answer: today when left empty; never in the future, never already expired.</summary>
    private static (DateOnly, QuestionnaireReason?) AnswerDate(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (today, null);
        }

        if (!DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return (today, new NotADate(text.Trim()));
        }

        var date = DateOnly.FromDateTime(parsed);
        if (date > today)
        {
            return (date, new AnswerDatedInTheFuture(date));
        }

        return VendorStatements.IsCurrent(date, today) ? (date, null) : (date, new AnswerAlreadyExpired(date, VendorStatements.ExpiresOn(date)));
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\(\s*(?<country>[A-Za-z]{2})\s*\)$")]
    private static partial Regex ParentPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.+_-]{0,19}$")]
    private static partial Regex FormatPattern();
}
