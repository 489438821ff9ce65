using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

/// <summary>The board's services: sort, filter and search, all in the query string so links and the back button keep them.</summary>
[ViewableAsOf]
public sealed class IndexModel(BoardAnalysis board) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Process { get; set; }
    [BindProperty(SupportsGet = true)] public int? Seal { get; set; }
    [BindProperty(SupportsGet = true)] public bool Fail { get; set; }

    /// <summary>meets, known (fails on known facts) or undetermined; services without a minimum count as meeting it only under "meets".</summary>
    [BindProperty(SupportsGet = true)] public string? Standing { get; set; }
    /// <summary>A root cause of the verdict (<see cref="VerdictLinks.CauseKey"/>): only the services it holds below their minimum.</summary>
    [BindProperty(SupportsGet = true)] public string? Cause { get; set; }

    /// <summary>The cause named by <see cref="Cause"/>; null when none is asked for, or the board's verdict no longer has it.</summary>
    public Core.Verdict.RootCauseResult? HeldBy { get; private set; }

    /// <summary>"eu", "non-eu" or "unknown": where the vendor's ultimate parent is established.</summary>
    [BindProperty(SupportsGet = true)] public string? Jurisdiction { get; set; }
    [BindProperty(SupportsGet = true)] public int? ScoreMin { get; set; }
    [BindProperty(SupportsGet = true)] public int? ScoreMax { get; set; }
    /// <summary>name, score, seal or urgency.</summary>
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }

    // Razor Pages keeps "page" as a route value (the page's path): the number is read from the query string itself.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; set; }

    [TempData] public string? Message { get; set; }

    public sealed record Row(ServiceAssessment Assessment, Company? Parent, Country? Country);

    /// <summary>The rows of this page; <see cref="Matching"/> of the <see cref="Total"/> services pass the filters.</summary>
    public IReadOnlyList<Row> Rows => Selected.Rows;
    public int Matching => Selected.Matching;
    public int Total => assessment.Services.Count;
    public PagerView Pager => Selected.Pager;
    public IReadOnlyList<Process> Processes { get; private set; } = [];

    private BoardAssessment assessment = null!;
    private KnowledgeCatalog catalog = null!;

    // Filtered, sorted and paged only when the table is rendered: the list without a query is kept with the analysis
    // (<analysis-fragment>), so most views of the page never sort the board's services.
    private (IReadOnlyList<Row> Rows, int Matching, PagerView Pager) Selected => selected ??= Select();
    private (IReadOnlyList<Row> Rows, int Matching, PagerView Pager)? selected;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var landscape = await board.LandscapeAsync(cancellationToken);
        assessment = await board.AssessmentAsync(cancellationToken);
        catalog = await board.CatalogAsync(cancellationToken);
        Processes = [.. landscape.Processes.OrderBy(p => p.Name.Nl)];
        if (!string.IsNullOrEmpty(Cause))
        {
            // A cause the verdict no longer names (the board changed since the link was made) holds no services.
            HeldBy = (await board.VerdictAsync(cancellationToken)).Causes.Causes.FirstOrDefault(c => VerdictLinks.CauseKey(c.Cause) == Cause);
        }
    }

    private (IReadOnlyList<Row> Rows, int Matching, PagerView Pager) Select()
    {
        var rows = assessment.Services.Select(a =>
            new Row(a, a.Service.VendorChain.UltimateParent, Regie.Core.Scoring.Jurisdiction.CountryOf(catalog, a.Service.VendorChain.UltimateParent)));
        var q = Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            rows = rows.Where(r => r.Assessment.Service.Name.Contains(q, StringComparison.CurrentCultureIgnoreCase));
        }

        if (!string.IsNullOrEmpty(Cause))
        {
            var held = HeldBy?.Held.Select(h => h.Id).ToHashSet() ?? [];
            rows = rows.Where(r => held.Contains(r.Assessment.Service.Id));
        }

        if (!string.IsNullOrEmpty(Process))
        {
            rows = rows.Where(r => r.Assessment.Service.Service.ProcessIds.Contains(Process, StringComparer.OrdinalIgnoreCase));
        }

        if (Seal is { } seal)
        {
            rows = rows.Where(r => r.Assessment.Sovereignty.Seal == seal);
        }

        if (Fail)
        {
            rows = rows.Where(r => r.Assessment.Policy.Applies && !r.Assessment.Policy.Passes);
        }

        rows = Standing switch
        {
            "meets" => rows.Where(r => r.Assessment.Policy is { Applies: true, Passes: true }),
            "known" => rows.Where(r => r.Assessment.Standing == Core.Scoring.Standing.FailsOnKnownFacts),
            "undetermined" => rows.Where(r => r.Assessment.Standing == Core.Scoring.Standing.Undetermined),
            _ => rows,
        };

        rows = Jurisdiction switch
        {
            "eu" => rows.Where(r => r.Country?.InEuEea == true),
            "non-eu" => rows.Where(r => r.Country?.InEuEea == false),
            "unknown" => rows.Where(r => r.Country is null),
            _ => rows,
        };
        if (ScoreMin is { } min)
        {
            rows = rows.Where(r => r.Assessment.Sovereignty.RoundedScore >= min);
        }

        if (ScoreMax is { } max)
        {
            rows = rows.Where(r => r.Assessment.Sovereignty.RoundedScore <= max);
        }

        Func<Row, object> key = Sort switch
        {
            "score" => r => r.Assessment.Sovereignty.Score,
            "seal" => r => r.Assessment.Sovereignty.Seal,
            // The band (raised by policy or cut-off rules) ranks first, as in the core's ByUrgency.
            "urgency" => r => (r.Assessment.Urgency.BandRank, r.Assessment.Criticality.Value, r.Assessment.Urgency.Value),
            _ => r => r.Assessment.Service.Name,
        };
        var sorted = Desc ? rows.OrderByDescending(key) : rows.OrderBy(key);
        IReadOnlyList<Row> all = [.. sorted.ThenBy(r => r.Assessment.Service.Name, StringComparer.CurrentCultureIgnoreCase)];
        var page = Paging.From(PageNumber, PageSize, Paging.PageDefault).Of(all);
        return (page.Items, all.Count, PagerView.For(page, Request));
    }

    /// <summary>The link for a column heading: the same filters, sorted by that column, flipping direction on a second click.</summary>
    public string SortLink(string column)
    {
        var query = Request.Query.Where(kv => kv.Key is not ("sort" or "desc" or "page")).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
        query["sort"] = column;
        if ((Sort ?? "name") == column && !Desc)
        {
            query["desc"] = "true";
        }

        return "/services" + QueryString.Create(query!);
    }

    public string? SortState(string column) => (Sort ?? "name") == column ? (Desc ? "descending" : "ascending") : null;
}
