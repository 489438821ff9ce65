using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Core.Exit;

/// <summary>
/// How a board would leave a service: what to export and how, what the contract says, how work goes on meanwhile,
/// where to go, the steps, who owns the plan and when it was last rehearsed. A null field is unknown, never a default.
/// </summary>
public sealed record ExitPlan(
    IReadOnlyList<string> DataToExport,
    IReadOnlyList<string> ExportFormats,
    string? ExitClause,
    int? NoticePeriodDays,
    string? Fallback,
    string? AlternativeId,
    IReadOnlyList<string> Steps,
    string? Owner,
    DateOnly? LastTested)
{
    public static readonly ExitPlan Empty = new([], [], null, null, null, null, [], null, null);

    /// <summary>The last day to give notice, when both the contract end and the notice period are known.</summary>
    public DateOnly? NoticeDeadline(DateOnly? contractEnd) =>
        contractEnd is { } end && NoticePeriodDays is { } days ? end.AddDays(-days) : null;

    /// <summary>The fields still unknown, in the words of the form.</summary>
    public IReadOnlyList<string> Unknowns()
    {
        var unknown = new List<string>();
        void Check(bool missing, string field)
        {
            if (missing)
            {
                unknown.Add(field);
            }
        }

        Check(DataToExport.Count == 0, ExitPlanFields.DataToExport);
        Check(ExportFormats.Count == 0, ExitPlanFields.ExportFormats);
        Check(string.IsNullOrWhiteSpace(ExitClause), ExitPlanFields.ExitClause);
        Check(NoticePeriodDays is null, ExitPlanFields.NoticePeriodDays);
        Check(string.IsNullOrWhiteSpace(Fallback), ExitPlanFields.Fallback);
        Check(string.IsNullOrWhiteSpace(AlternativeId), ExitPlanFields.AlternativeId);
        Check(Steps.Count == 0, ExitPlanFields.Steps);
        Check(string.IsNullOrWhiteSpace(Owner), ExitPlanFields.Owner);
        Check(LastTested is null, ExitPlanFields.LastTested);
        return unknown;
    }
}

/// <summary>The Dutch names of the plan's fields, as the form and the messages show them.</summary>
public static class ExitPlanFields
{
    public const string DataToExport = "Te exporteren gegevens";
    public const string ExportFormats = "Exportformaten";
    public const string ExitClause = "Exitregeling in het contract";
    public const string NoticePeriodDays = "Opzegtermijn (dagen)";
    public const string Fallback = "Terugvaloptie bij uitval";
    public const string AlternativeId = "Gekozen alternatief";
    public const string Steps = "Stappen";
    public const string Owner = "Eigenaar";
    public const string LastTested = "Laatst getest";
}

/// <summary>One field of a generated plan and where its content came from, or why it stays unknown.</summary>
public sealed record ExitPlanNote(string Field, ScoringReason Why);

/// <summary>
/// Regie's proposal before the board saves a plan of its own, as values: the data categories by name in both languages,
/// the formats, what to do about the exit clause and the steps with their arguments. <c>ReasonText.Render(proposal, culture)</c>
/// turns it into a plan in the reader's language; once saved, the plan is the board's own text.
/// </summary>
public sealed record ExitPlanProposal(
    IReadOnlyList<LocalizedText> DataToExport,
    IReadOnlyList<string> ExportFormats,
    ExitReason? ExitClause,
    string? AlternativeId,
    IReadOnlyList<ExitReason> Steps);

/// <summary>A generated default plan with the reasons for each field.</summary>
public sealed record GeneratedExitPlan(ExitPlanProposal Proposal, IReadOnlyList<ExitPlanNote> Notes);

/// <summary>A validation problem naming the field it is about.</summary>
public sealed record ExitPlanError(string Field, ScoringReason Why);

public static class ExitPlans
{
    /// <summary>Rijksbreed cloudbeleid 3.2 asks for an exit plan that is tested; Regie counts a test as current for twelve months.</summary>
    public const int TestValidMonths = 12;

    /// <summary>
    /// A default plan from what Regie knows: the service's data categories and export formats, the catalog product's
    /// open standards, the contract facts and the catalog's alternatives. What nobody knows yet stays empty.
    /// </summary>
    /// <param name="alternative">Where the plan goes (<see cref="ExitAlternative.Choose"/>: the roadmap's move first); null picks without the board.</param>
    public static GeneratedExitPlan Generate(Service service, KnowledgeCatalog catalog, RegieKnowledge knowledge, ExitAlternative? alternative = null)
    {
        var notes = new List<ExitPlanNote>();
        var product = service.CatalogProductId is { } pid ? catalog.ProductById.GetValueOrDefault(pid) : null;

        var data = service.DataCategoryIds
            .Select(id => knowledge.DataCategoryById.TryGetValue(id, out var c) ? c.Name : new LocalizedText(id, id))
            .ToList();
        notes.Add(new(ExitPlanFields.DataToExport, data.Count > 0 ? new ExitDataFromCategories() : new ExitDataUnknown()));

        var formats = new List<string>(service.ExportFormatList);
        var standards = product?.Standards is { IsKnown: true, Value: { } ids }
            ? ids.Select(id => catalog.StandardById.GetValueOrDefault(id)).OfType<Standard>().Where(s => s.Kind is not (StandardKind.SignIn or StandardKind.Identifier)).ToList()
            : [];
        foreach (var standard in standards.Where(s => !formats.Contains(s.Id, StringComparer.OrdinalIgnoreCase)))
        {
            formats.Add(standard.Name);
        }

        notes.Add(new(ExitPlanFields.ExportFormats, (service.ExportFormatList.Count, standards.Count) switch
        {
            (0, 0) => new ExitFormatsUnknown(),
            (_, 0) => new ExitFormatsFromService(),
            (0, _) => new ExitFormatsFromStandards(product!.Name, product.Standards.Source),
            _ => new ExitFormatsFromServiceAndStandards(product!.Name),
        }));

        ExitReason? clause = service.ExitClause switch
        {
            Tri.Yes => new CompleteTheExitClause(),
            Tri.No => new AgreeAnExitClause(),
            _ => null,
        };
        notes.Add(new(ExitPlanFields.ExitClause, clause is null ? new ExitClauseNotRecorded() : new ExitClauseFromService()));
        notes.Add(new(ExitPlanFields.NoticePeriodDays, new NoticePeriodInContract()));
        notes.Add(new(ExitPlanFields.Fallback, new FallbackUpToBoard()));

        var chosen = alternative ?? ExitAlternative.Choose(null, service, catalog, knowledge);
        notes.Add(new(ExitPlanFields.AlternativeId, chosen.Why));

        var steps = Steps(service, data, formats, chosen.Name);
        notes.Add(new(ExitPlanFields.Steps, new DefaultExitSteps()));
        notes.Add(new(ExitPlanFields.Owner, new ExitPlanOwnerNeeded()));
        notes.Add(new(ExitPlanFields.LastTested, new ExitPlanNeverTested()));

        return new GeneratedExitPlan(new ExitPlanProposal(data, formats, clause, chosen.Id, steps), notes);
    }

    private static List<ExitReason> Steps(Service service, IReadOnlyList<LocalizedText> data, IReadOnlyList<string> formats, LocalizedText? alternative) =>
    [
        new TakeStockStep(service.Name, data, service.Pupils, service.Staff),
        new ExportAndTestStep(formats, alternative),
        new SetUpAlternativeStep(alternative),
        new MoveUsersStep(service.Pupils, service.Staff),
        new GiveNoticeStep(service.ContractEnd),
        new HaveDataDeletedStep(),
    ];

    private const int MaxNoticeDays = 3650, MaxStep = 1000, MaxData = 500, MaxFormat = 200;

    /// <summary>The problems of a plan the board entered, each naming its field; empty when the plan can be saved.</summary>
    public static IReadOnlyList<ExitPlanError> Validate(ExitPlan plan, KnowledgeCatalog catalog, DateOnly today)
    {
        var errors = new List<ExitPlanError>();
        if (plan.NoticePeriodDays is < 0 or > MaxNoticeDays)
        {
            errors.Add(new(ExitPlanFields.NoticePeriodDays, new NoticePeriodOutOfRange(0, MaxNoticeDays)));
        }

        if (plan.LastTested is { } tested && tested > today)
        {
            errors.Add(new(ExitPlanFields.LastTested, new TestDateInFuture(tested)));
        }

        if (plan.AlternativeId is { Length: > 0 } alt
            && !catalog.Alternatives.Any(a => string.Equals(a.Id, alt, StringComparison.OrdinalIgnoreCase))
            && !catalog.ProductById.ContainsKey(alt))
        {
            errors.Add(new(ExitPlanFields.AlternativeId, new NotACatalogAlternative(alt)));
        }

        if (plan.Steps.Any(s => s.Length > MaxStep) || plan.DataToExport.Any(s => s.Length > MaxData) || plan.ExportFormats.Any(s => s.Length > MaxFormat))
        {
            errors.Add(new(ExitPlanFields.Steps, new ExitPlanLineTooLong(MaxStep, MaxData, MaxFormat)));
        }

        return errors;
    }

    /// <summary>
    /// The "tested exit plan" check of the mitigation list: a plan tested in the last twelve months counts as yes;
    /// otherwise the board's own answer stands (a board can know of a test Regie has no record of).
    /// </summary>
    public static Check TestedExitPlan(Check boardAnswer, DateOnly? lastTested, DateOnly today) =>
        IsTestCurrent(lastTested, today) ? Check.Yes : boardAnswer;

    public static bool IsTestCurrent(DateOnly? lastTested, DateOnly today) =>
        lastTested is { } tested && tested <= today && tested > today.AddMonths(-TestValidMonths);
}

// Where a generated plan's fields came from, or why they stay unknown; rendered in Explaining/ReasonText.Scoring.cs.
public sealed record ExitDataFromCategories : ScoringReason;

public sealed record ExitDataUnknown : ScoringReason;

public sealed record ExitFormatsUnknown : ScoringReason;

public sealed record ExitFormatsFromService : ScoringReason;

public sealed record ExitFormatsFromStandards(string Product, string? Source) : ScoringReason;

public sealed record ExitFormatsFromServiceAndStandards(string Product) : ScoringReason;

public sealed record ExitClauseNotRecorded : ScoringReason;

public sealed record ExitClauseFromService : ScoringReason;

public sealed record NoticePeriodInContract : ScoringReason;

public sealed record FallbackUpToBoard : ScoringReason;

public sealed record NoAlternativeInCatalog : ScoringReason;

public sealed record MostMatureAlternative(LocalizedText Chosen, IReadOnlyList<LocalizedText> Others) : ScoringReason;

public sealed record DefaultExitSteps : ScoringReason;

public sealed record ExitPlanOwnerNeeded : ScoringReason;

public sealed record ExitPlanNeverTested : ScoringReason;

// What is wrong with a plan the board entered.
public sealed record NoticePeriodOutOfRange(int Min, int Max) : ScoringReason;

public sealed record TestDateInFuture(DateOnly Tested) : ScoringReason;

public sealed record NotACatalogAlternative(string AlternativeId) : ScoringReason;

public sealed record ExitPlanLineTooLong(int StepLimit, int DataLimit, int FormatLimit) : ScoringReason;
