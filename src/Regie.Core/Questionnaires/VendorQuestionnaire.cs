using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Questionnaires;

/// <summary>Open: nobody knows yet. Expired: the vendor answered more than twelve months ago. Answered: a current answer counts.</summary>
public enum QuestionStatus { Open, Expired, Answered }

public sealed record QuestionService(ServiceId Id, string Name);

/// <summary>
/// One question to a vendor: a criterion of the model (<see cref="Criterion"/>) or a catalog fact that feeds criteria
/// (<see cref="Fact"/>), the board's services it concerns, the criteria its answer decides (<see cref="Feeds"/>), and the
/// vendor's answer when there is one (current, or expired for <see cref="QuestionStatus.Expired"/>).
/// </summary>
public sealed record Question(
    QuestionId Id, Criterion? Criterion, FactTopic? Fact, string? ProductId, string? ProductName,
    IReadOnlyList<QuestionService> Services, IReadOnlyList<string> Feeds, QuestionStatus Status, VendorStatement? Answer)
{
    public bool IsOpen => Status != QuestionStatus.Answered;
}

/// <summary>Every question the board has for one vendor, about all of the board's services from that vendor.</summary>
public sealed record VendorQuestions(string VendorId, string VendorName, IReadOnlyList<Question> Questions)
{
    public IReadOnlyList<Question> Open => [.. Questions.Where(q => q.IsOpen)];

    public int OpenCount => Questions.Count(q => q.IsOpen);

    /// <summary>The services the open questions concern: the ones whose score can move when the vendor answers.</summary>
    public IReadOnlyList<QuestionService> OpenServices => [.. Open.SelectMany(q => q.Services).DistinctBy(s => s.Id).OrderBy(s => s.Name, StringComparer.CurrentCulture)];

    public Question? Find(QuestionId id) => Questions.FirstOrDefault(q => q.Id.Matches(id));
}

/// <summary>
/// The vendor questionnaire (docs/QUESTIONNAIRE.md): per vendor, every question its answer could settle for the board's
/// services. A criterion the model answers unknown is asked directly when no fact feeds it (contract law, sub-processors,
/// key control, …); when a prefill rule derives it from catalog facts, the missing facts are asked instead (ultimate
/// parent, hosting provider and region, data location, export formats, exit terms, open source), so the answer runs
/// through the same rule as a fact from the catalog. Criteria the board answered itself, and the board's own DPIA, are never asked.
/// </summary>
public static class VendorQuestionnaire
{
    /// <summary>The model's criterion whose answer the list of sub-processors supports.</summary>
    public const string SubProcessorsCriterion = "SOV5.subprocessors";

    /// <summary>
    /// Per vendor, the questions still open (expired answers included) with the services they concern; vendors without
    /// an open question are left out. Most open questions first.
    /// </summary>
    public static IReadOnlyList<VendorQuestions> OpenQuestions(BoardAssessment assessment) =>
        [.. All(assessment, [], DateOnly.MinValue).Where(v => v.OpenCount > 0).Select(v => v with { Questions = v.Open })];

    /// <summary>
    /// Per vendor, every question: open, expired (a stored answer older than twelve months on <paramref name="today"/>) and
    /// answered (a current answer counts). <paramref name="stored"/> is every stored answer of the board, current or not.
    /// </summary>
    public static IReadOnlyList<VendorQuestions> All(BoardAssessment assessment, IReadOnlyList<VendorStatement> stored, DateOnly today)
    {
        var byVendor = new Dictionary<string, (string Name, Dictionary<QuestionId, Draft> Drafts)>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in assessment.Services)
        {
            var r = a.Service;
            if (r.VendorId.Value is not { } vendorId || r.VendorChain.Vendor is not { } vendor)
            {
                continue;
            }

            if (!byVendor.TryGetValue(vendorId, out var entry))
            {
                byVendor[vendorId] = entry = (vendor.Name, new Dictionary<QuestionId, Draft>());
            }

            var subject = r.Product?.Id ?? QuestionId.ServiceSubject(r.Id);
            void Ask(QuestionId id, Criterion? criterion, FactTopic? fact, bool answered, string? feeds)
            {
                var key = new QuestionId(id.Subject.ToLowerInvariant(), id.Topic.ToLowerInvariant());
                if (!entry.Drafts.TryGetValue(key, out var draft))
                {
                    entry.Drafts[key] = draft = new Draft(id, criterion, fact, fact == FactTopic.UltimateParent ? null : r.Product);
                }

                draft.Services.Add(new QuestionService(r.Id, r.Name));
                draft.Open |= !answered;
                if (feeds is not null)
                {
                    draft.Feeds.Add(feeds);
                }
            }

            foreach (var c in a.Sovereignty.Objectives.SelectMany(o => o.Criteria))
            {
                if (c.Origin is AnswerOrigin.Board or AnswerOrigin.Catalog or AnswerOrigin.Prefilled)
                {
                    continue;
                }

                var answered = c.Origin == AnswerOrigin.Vendor;
                if (c.Criterion.Prefill is null or "keyControl")
                {
                    Ask(new QuestionId(subject, c.Criterion.Id), c.Criterion, null, answered, c.Criterion.Id);
                    if (c.Criterion.Id.Equals(SubProcessorsCriterion, StringComparison.OrdinalIgnoreCase) && State(FactTopic.SubProcessors, r) is var list and not FactState.Known)
                    {
                        Ask(QuestionId.For(subject, FactTopic.SubProcessors), null, FactTopic.SubProcessors, list == FactState.Stated, null);
                    }

                    continue;
                }

                foreach (var fact in Feeding(c.Criterion.Prefill, r))
                {
                    var state = State(fact, r);
                    if (state == FactState.Known)
                    {
                        continue;
                    }

                    Ask(QuestionId.For(fact == FactTopic.UltimateParent ? vendorId : subject, fact), null, fact, state == FactState.Stated, c.Criterion.Id);
                    if (fact == FactTopic.HostingProvider && State(FactTopic.HostingRegion, r) is var region and not FactState.Known)
                    {
                        Ask(QuestionId.For(subject, FactTopic.HostingRegion), null, FactTopic.HostingRegion, region == FactState.Stated, null);
                    }
                }
            }
        }

        var storedById = stored.GroupBy(s => (s.Question.Subject.ToLowerInvariant(), s.Question.Topic.ToLowerInvariant()))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.AnsweredOn).First());
        var order = assessment.Services.SelectMany(s => s.Sovereignty.Objectives.SelectMany(o => o.Criteria)).Select(c => c.Criterion.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.OrdinalIgnoreCase);
        return [.. byVendor.Select(v => new VendorQuestions(v.Key, v.Value.Name, [.. v.Value.Drafts.Values
                .OrderBy(d => d.Fact == FactTopic.UltimateParent ? 0 : 1)
                .ThenBy(d => d.Product?.Name ?? d.Services[0].Name, StringComparer.CurrentCulture)
                .ThenBy(d => d.Id.Subject, StringComparer.Ordinal)
                .ThenBy(d => d.Fact is { } f ? (int)f : 100 + order.GetValueOrDefault(d.Criterion!.Id))
                .Select(d => d.Build(storedById.GetValueOrDefault((d.Id.Subject.ToLowerInvariant(), d.Id.Topic.ToLowerInvariant())), today))
                // Answered without an answer of the board's: the catalog holds the vendor's answer (confidence stated), and what the catalog knows is never asked.
                .Where(q => q.Status != QuestionStatus.Answered || q.Answer is not null)]))
            .Where(v => v.Questions.Count > 0)
            .OrderByDescending(v => v.OpenCount).ThenBy(v => v.VendorName, StringComparer.CurrentCulture)];
    }

    /// <summary>The facts a prefill rule reads that a vendor can state; the board's own DPIA and key control are not among them.</summary>
    private static IEnumerable<FactTopic> Feeding(string rule, ResolvedService s) => rule switch
    {
        "parentJurisdiction" => [FactTopic.UltimateParent],
        "extraterritorialExposure" or "cutoffExposure" or "operatorJurisdiction" =>
            s.OperatedByHost ? [FactTopic.HostingProvider] : [FactTopic.UltimateParent, FactTopic.HostingProvider],
        "hostingDependency" => [FactTopic.HostingProvider],
        "dataLocation" => [FactTopic.DataLocation],
        "exportFormats" => [FactTopic.ExportFormats],
        "exitClause" => [FactTopic.ExitTerms],
        "openSource" => [FactTopic.OpenSource],
        _ => [],
    };

    private enum FactState { Unknown, Stated, Known }

    private static FactState State(FactTopic fact, ResolvedService s) => fact switch
    {
        FactTopic.UltimateParent => s.VendorChain.Companies.Any(c => c.Parent.StatedByVendor || c.Country.StatedByVendor)
            ? FactState.Stated
            : s.VendorChain.UltimateParent?.Country.IsKnown == true ? FactState.Known : FactState.Unknown,
        FactTopic.HostingProvider => Of(s.HostingProviderId),
        FactTopic.HostingRegion => Of(s.HostingRegion),
        FactTopic.DataLocation => Of(s.DataLocation),
        FactTopic.SubProcessors => Of(s.SubProcessors),
        FactTopic.ExportFormats => Of(s.ExportFormats),
        FactTopic.ExitTerms => Of(s.ExitTerms),
        _ => Of(s.OpenSource),
    };

    private static FactState Of<T>(Fact<T> fact) => fact.StatedByVendor ? FactState.Stated : fact.IsKnown ? FactState.Known : FactState.Unknown;

    private sealed class Draft(QuestionId id, Criterion? criterion, FactTopic? fact, Product? product)
    {
        public QuestionId Id => id;
        public Criterion? Criterion => criterion;
        public FactTopic? Fact => fact;
        public Product? Product => product;
        public List<QuestionService> Services { get; } = [];
        public HashSet<string> Feeds { get; } = new(StringComparer.OrdinalIgnoreCase);
        public bool Open { get; set; }

        public Question Build(VendorStatement? stored, DateOnly today)
        {
            var status = !Open ? QuestionStatus.Answered
                : stored is not null && !VendorStatements.IsCurrent(stored.AnsweredOn, today) && stored.AnsweredOn <= today ? QuestionStatus.Expired
                : QuestionStatus.Open;
            return new Question(id, criterion, fact, product?.Id, product?.Name,
                [.. Services.DistinctBy(s => s.Id).OrderBy(s => s.Name, StringComparer.CurrentCulture)], [.. Feeds.Order(StringComparer.Ordinal)], status,
                status == QuestionStatus.Open ? null : stored);
        }
    }
}
