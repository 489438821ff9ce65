using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Discovery;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Discovery;

/// <summary>
/// Discovery for the board's own domains: the domain list, a run, and the review of its findings (accept makes a service with
/// its evidence, reject remembers the no), with what changed since the run before.
/// </summary>
public sealed class IndexModel(
    RegieDbContext db, DiscoveryRunner runner, DiscoveryApprovals approvals, RegieKnowledge knowledge, CurrentBoard board, UiText text, TimeProvider time) : PageModel
{
    /// <summary>Findings at or above this confidence are accepted by "accept all likely ones".</summary>
    public const double LikelyConfidence = DiscoveryOperations.LikelyConfidence;

    [BindProperty] public string? DomainsText { get; set; }

    /// <summary>The version of the domains the form was opened with: a save over someone else's change is refused.</summary>
    [BindProperty] public string? DomainsVersion { get; set; }

    [TempData] public string? Message { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<DiscoveryRunEntity> Runs { get; private set; } = [];
    public DiscoveryRunEntity? Run { get; private set; }
    public RunChanges? Changes { get; private set; }
    public IReadOnlyDictionary<string, DomainResult> Outcomes { get; private set; } = new Dictionary<string, DomainResult>();
    public IReadOnlyDictionary<Guid, string> ServiceNames { get; private set; } = new Dictionary<Guid, string>();
    public string? Nameserver => runner.Nameserver;

    [BindProperty] public string? DomainToApprove { get; set; }

    /// <summary>Domains a system administrator approved for this board; shown to all, changed only by <see cref="MayApprove"/>.</summary>
    public IReadOnlyList<string> Approved { get; private set; } = [];
    public IReadOnlyList<string> ApprovalErrors { get; private set; } = [];
    public bool MayApprove => approvals.MayApprove;

    public async Task<IActionResult> OnGetAsync(Guid? run, CancellationToken cancellationToken)
    {
        DomainsText = string.Join("\n", board.Organisation?.Domains ?? []);
        DomainsVersion = DiscoveryRunner.DomainsVersionOf(board.Organisation?.Domains);
        return await LoadAsync(run, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDomainsAsync(CancellationToken cancellationToken)
    {
        var (domains, errors) = await runner.CheckDomainsAsync(DomainsText, text, cancellationToken);
        if (errors.Count > 0)
        {
            Errors = errors;
            await LoadAsync(null, cancellationToken);
            return Page();
        }

        if (!await runner.SaveDomainsAsync(domains, DomainsVersion, cancellationToken))
        {
            // The form shows the stored domains, with the message above them; nothing of this form was saved.
            var current = await runner.DomainsAsync(cancellationToken);
            (DomainsText, DomainsVersion) = (string.Join("\n", current), DiscoveryRunner.DomainsVersionOf(current));
            Errors = [await EditVersion.StaleMessageAsync(db, text, "de domeinen", nameof(OrganisationEntity), board.Id.ToString(), cancellationToken)];
            await LoadAsync(null, cancellationToken);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        Message = text["De domeinen zijn opgeslagen."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        var saved = await runner.DomainsAsync(cancellationToken);
        if (saved.Count == 0)
        {
            Message = text["Vul eerst de domeinen van het bestuur in."];
            return RedirectToPage();
        }

        if (await runner.ForeignDomainsAsync(saved, text, cancellationToken) is { Count: > 0 } foreign)
        {
            Errors = foreign;
            DomainsText = string.Join("\n", saved);
            await LoadAsync(null, cancellationToken);
            return Page();
        }

        var run = await runner.RunAsync(cancellationToken);
        Message = text["Klaar: {0} op {1}.", text.Plural(run.Findings.Count, "{0} bevinding", "{0} bevindingen"), text.Plural(run.Domains.Count, "{0} domein", "{0} domeinen")];
        return RedirectToPage(new { run = run.Id });
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid finding, Guid run, string? version, CancellationToken cancellationToken)
    {
        var decision = await DiscoveryOperations.AcceptAsync(db, knowledge, finding, version, time.GetUtcNow(), cancellationToken);
        if (!decision.Found)
        {
            return NotFound();
        }

        if (decision.Stale)
        {
            return await StaleAsync(run, "deze bevinding", [finding.ToString()], cancellationToken);
        }

        Message = text["Geaccepteerd: de dienst '{0}' staat nu in het overzicht, met het bewijs.", decision.Service!.Name];
        return RedirectToPage(new { run });
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid finding, Guid run, string? version, CancellationToken cancellationToken)
    {
        var decision = await DiscoveryOperations.RejectAsync(db, finding, version, cancellationToken);
        if (!decision.Found)
        {
            return NotFound();
        }

        if (decision.Stale)
        {
            return await StaleAsync(run, "deze bevinding", [finding.ToString()], cancellationToken);
        }

        Message = text["Afgewezen. Een volgende ronde onthoudt dat."];
        return RedirectToPage(new { run });
    }

    public async Task<IActionResult> OnPostAcceptLikelyAsync(Guid run, string? version, CancellationToken cancellationToken)
    {
        var decision = await DiscoveryOperations.AcceptLikelyAsync(db, knowledge, run, version, time.GetUtcNow(), cancellationToken);
        if (!decision.Found)
        {
            return NotFound();
        }

        if (decision.Stale)
        {
            var findings = await db.DiscoveryFindings.AsNoTracking().Where(f => f.RunId == run).Select(f => f.Id.ToString()).ToListAsync(cancellationToken);
            return await StaleAsync(run, "de beoordeling van deze ronde", findings, cancellationToken);
        }

        Message = text.Plural(decision.Accepted, "{0} bevinding geaccepteerd.", "{0} bevindingen geaccepteerd.");
        return RedirectToPage(new { run });
    }

    /// <summary>The message of a refused review decision, above the findings.</summary>
    public IReadOnlyList<string> ReviewErrors { get; private set; } = [];

    // Someone else decided on the run's findings since the page was opened: nothing is decided; the run shows the findings as
    // they are now (with their versions), the message above them.
    private async Task<IActionResult> StaleAsync(Guid run, string what, IReadOnlyCollection<string> findings, CancellationToken cancellationToken)
    {
        ReviewErrors = [await EditVersion.StaleMessageAsync(db, text, what, nameof(DiscoveryFindingEntity), findings, cancellationToken)];
        var domains = await runner.DomainsAsync(cancellationToken);
        (DomainsText, DomainsVersion) = (string.Join("\n", domains), DiscoveryRunner.DomainsVersionOf(domains));
        await LoadAsync(run, cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        await SetApprovalAsync(DomainToApprove ?? "", true, cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(string domain, CancellationToken cancellationToken) =>
        await SetApprovalAsync(domain, false, cancellationToken);

    private async Task<IActionResult> SetApprovalAsync(string domain, bool approved, CancellationToken cancellationToken)
    {
        if (!MayApprove)
        {
            return Forbid();
        }

        if (await approvals.SetAsync(domain, approved, text, cancellationToken) is { } error)
        {
            ApprovalErrors = [error];
            DomainsText = string.Join("\n", await runner.DomainsAsync(cancellationToken));
            await LoadAsync(null, cancellationToken);
            return Page();
        }

        Message = approved ? text["Goedgekeurd: {0} mag ontdekt worden voor dit bestuur.", domain.Trim()] : text["De goedkeuring van {0} is ingetrokken.", domain.Trim()];
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(Guid? runId, CancellationToken cancellationToken)
    {
        Approved = await approvals.ApprovedAsync(cancellationToken);
        Runs = await db.DiscoveryRunsAsync(cancellationToken);
        if ((runId ?? Runs.FirstOrDefault()?.Id) is not { } id)
        {
            return runId is null;
        }

        if (await db.DiscoveryRunAsync(id, cancellationToken) is not { } stored)
        {
            return false;
        }

        Run = stored.Run;
        Changes = DiscoveryReview.Compare(
            stored.Previous is null ? null : [.. stored.Previous.Select(f => f.ToCore())],
            [.. stored.Run.Findings.Select(f => f.ToCore())]);
        Outcomes = stored.Run.Outcomes();
        var serviceIds = stored.Run.Findings.Where(f => f.ServiceId is not null).Select(f => f.ServiceId!.Value).ToList();
        ServiceNames = await db.Services.Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return true;
    }
}
