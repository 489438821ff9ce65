using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Discovery;

/// <summary>Discovery of the board's own domains and the review of its findings; the same rules as the /discovery page.</summary>
public static class DiscoveryEndpoints
{
    public static void MapDiscoveryApi(this RouteGroupBuilder api)
    {
        var discovery = api.MapGroup("/discovery").WithTags("Discovery");
        discovery.MapGet("/domains", DomainsAsync)
            .WithSummary("The board's domains, which discovery runs over; their version comes as the ETag header.");
        discovery.MapPut("/domains", SaveDomainsAsync).WithSummary(
            "Replaces the board's domains (at most 50) without running discovery; the new version comes as the ETag. Send the version you read as If-Match (412 when stale) or as `version` (409 when stale): a stale save stores nothing and returns the current domains; without a version the save is not checked.");
        discovery.MapGet("/runs", ListRunsAsync).WithSummary("The board's discovery runs, newest first.");
        discovery.MapPost("/runs", RunAsync).RequireRateLimiting(RateLimits.DiscoveryRuns).WithSummary(
            "Runs DNS discovery over the given domains (which become the board's domains) or, without a body, over the board's saved domains.");
        discovery.MapGet("/runs/{id:guid}", GetRunAsync).WithName("GetDiscoveryRun")
            .WithSummary("A run with its findings (provider, service, confidence, rule, evidence, review, each finding's `version`) and what changed since the run before; the review's version (`reviewVersion`) comes as the ETag.");
        discovery.MapPost("/findings/{id:guid}/accept", AcceptAsync).WithSummary(
            "Accepts a finding: its service is created (or the existing one for the same product is used) with the evidence kept. Send the finding's `version` from the run as If-Match (412 when stale) or in the body as `version` (409 when stale): a decision on a finding someone else decided meanwhile is refused with the current finding; without a version it is not checked.");
        discovery.MapPost("/runs/{id:guid}/accept-likely", AcceptLikelyAsync).WithSummary(
            "Accepts every proposed finding of the run that is at least 80% sure, all or none; returns the run. Send the run's `reviewVersion` (its ETag) as If-Match (412 when stale) or as `version` (409 when stale): refused with the current run when any of its findings was decided meanwhile.");
        discovery.MapPost("/findings/{id:guid}/reject", RejectAsync).WithSummary(
            "Rejects a finding; later runs remember it. The finding's `version` as If-Match (412) or `version` (409) as for accept.");
        discovery.MapGet("/approved-domains", async (RegieDbContext db, CurrentBoard board, CancellationToken ct) => TypedResults.Ok(await db.ApprovedDomainsAsync(board.Id, ct)))
            .WithSummary("The domains a system administrator approved for the board's discovery (beside its register websites and its members' e-mail domains).");
        discovery.MapPut("/approved-domains/{domain}", (string domain, DiscoveryApprovals approvals, UiText text, CancellationToken ct) => SetApprovalAsync(domain, true, approvals, text, ct))
            .RequireAuthorization(Policies.SystemAdministrator)
            .WithSummary("Approves a domain (and the names under it) for the board's discovery; audited. System administrators only.");
        discovery.MapDelete("/approved-domains/{domain}", (string domain, DiscoveryApprovals approvals, UiText text, CancellationToken ct) => SetApprovalAsync(domain, false, approvals, text, ct))
            .RequireAuthorization(Policies.SystemAdministrator)
            .WithSummary("Withdraws a domain's approval; audited. System administrators only.");
    }

    private static async Task<Ok<IReadOnlyList<string>>> DomainsAsync(DiscoveryRunner runner, HttpContext http, CancellationToken ct)
    {
        var domains = await runner.DomainsAsync(ct);
        EditVersion.Tag(http, DiscoveryRunner.DomainsVersionOf(domains));
        return TypedResults.Ok(domains);
    }

    private static async Task<Results<Ok<IReadOnlyList<string>>, ValidationProblem>> SetApprovalAsync(
        string domain, bool approved, DiscoveryApprovals approvals, UiText text, CancellationToken ct) =>
        await approvals.SetAsync(domain, approved, text, ct) is { } error
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["domain"] = [error] }, title: "Er is niets goedgekeurd.")
            : TypedResults.Ok(await approvals.ApprovedAsync(ct));

    private static async Task<Results<Ok<IReadOnlyList<string>>, ValidationProblem, ProblemHttpResult>> SaveDomainsAsync(
        DiscoveryRequest request, DiscoveryRunner runner, UiText text, HttpContext http, CancellationToken ct)
    {
        var (domains, errors) = await runner.CheckDomainsAsync(string.Join('\n', request.Domains ?? []), text, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["domains"] = [.. errors] }, title: "De domeinen zijn niet opgeslagen.");
        }

        var saved = await runner.SaveDomainsAsync(domains, EditVersion.Requested(http.Request, request.Version), ct);
        var current = await runner.DomainsAsync(ct);
        var version = DiscoveryRunner.DomainsVersionOf(current);
        if (!saved)
        {
            return EditVersion.Conflict(http, "De domeinen", current, version);
        }

        EditVersion.Tag(http, version);
        return TypedResults.Ok(current);
    }

    private static async Task<Ok<List<DiscoveryRunSummaryDto>>> ListRunsAsync(RegieDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.DiscoveryRunsAsync(ct)).Select(r => new DiscoveryRunSummaryDto(r.Id, r.StartedAt, r.FinishedAt, r.Domains, r.Nameserver)).ToList());

    private static async Task<Results<Created<DiscoveryRunDto>, ValidationProblem, ProblemHttpResult>> RunAsync(
        DiscoveryRequest? request, DiscoveryRunner runner, RegieDbContext db, UiText text, HttpContext http, CancellationToken ct)
    {
        if (request?.Domains is { } written)
        {
            var (domains, errors) = await runner.CheckDomainsAsync(string.Join('\n', written), text, ct);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["domains"] = [.. errors] }, title: "Er is niets ontdekt.");
            }

            if (!await runner.SaveDomainsAsync(domains, EditVersion.Requested(http.Request, request.Version), ct))
            {
                var current = await runner.DomainsAsync(ct);
                return EditVersion.Conflict(http, "De domeinen", current, DiscoveryRunner.DomainsVersionOf(current));
            }
        }

        var saved = await runner.DomainsAsync(ct);
        if (saved.Count == 0)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["domains"] = ["Domeinen: het bestuur heeft nog geen domeinen; geef ze mee in 'domains'."] }, title: "Er is niets ontdekt.");
        }

        // Saved before the rule, or an approval withdrawn since: the saved list is checked again before anything is asked.
        if (await runner.ForeignDomainsAsync(saved, text, ct) is { Count: > 0 } foreign)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["domains"] = [.. foreign] }, title: "Er is niets ontdekt.");
        }

        var run = await runner.RunAsync(ct);
        var stored = (await db.DiscoveryRunAsync(run.Id, ct))!.Value;
        return TypedResults.Created($"/api/v1/discovery/runs/{run.Id}", DiscoveryRunDto.From(stored.Run, stored.Previous, text));
    }

    private static async Task<Results<Ok<DiscoveryRunDto>, ProblemHttpResult>> GetRunAsync(Guid id, RegieDbContext db, UiText text, HttpContext http, CancellationToken ct)
    {
        if (await db.DiscoveryRunAsync(id, ct) is not { } stored)
        {
            return RegieApi.NotFound($"Ontdekkingsronde {id}");
        }

        var run = DiscoveryRunDto.From(stored.Run, stored.Previous, text);
        EditVersion.Tag(http, run.ReviewVersion);
        return TypedResults.Ok(run);
    }

    private static async Task<Results<Ok<AcceptedFindingDto>, ProblemHttpResult>> AcceptAsync(
        Guid id, ReviewRequest? request, RegieDbContext db, RegieKnowledge knowledge, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var decision = await DiscoveryOperations.AcceptAsync(db, knowledge, id, EditVersion.Requested(http.Request, request?.Version), time.GetUtcNow(), ct);
        return decision switch
        {
            { Found: false } => RegieApi.NotFound($"Bevinding {id}"),
            { Stale: true } => await FindingConflictAsync(id, db, http, ct),
            _ => TypedResults.Ok(new AcceptedFindingDto(id, decision.Service!.Id, decision.Service.Name)),
        };
    }

    private static async Task<Results<Ok<DiscoveryRunDto>, ProblemHttpResult>> AcceptLikelyAsync(
        Guid id, ReviewRequest? request, RegieDbContext db, RegieKnowledge knowledge, TimeProvider time, UiText text, HttpContext http, CancellationToken ct)
    {
        var decision = await DiscoveryOperations.AcceptLikelyAsync(db, knowledge, id, EditVersion.Requested(http.Request, request?.Version), time.GetUtcNow(), ct);
        if (!decision.Found)
        {
            return RegieApi.NotFound($"Ontdekkingsronde {id}");
        }

        var stored = (await db.DiscoveryRunAsync(id, ct))!.Value;
        var run = DiscoveryRunDto.From(stored.Run, stored.Previous, text);
        if (decision.Stale)
        {
            return EditVersion.Conflict(http, "De beoordeling van deze ronde", run, run.ReviewVersion);
        }

        EditVersion.Tag(http, run.ReviewVersion);
        return TypedResults.Ok(run);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RejectAsync(
        Guid id, ReviewRequest? request, RegieDbContext db, HttpContext http, CancellationToken ct)
    {
        var decision = await DiscoveryOperations.RejectAsync(db, id, EditVersion.Requested(http.Request, request?.Version), ct);
        return decision switch
        {
            { Found: false } => RegieApi.NotFound($"Bevinding {id}"),
            { Stale: true } => await FindingConflictAsync(id, db, http, ct),
            _ => TypedResults.NoContent(),
        };
    }

    // The finding as it is now, with its version: someone else decided it since it was read.
    private static async Task<ProblemHttpResult> FindingConflictAsync(Guid id, RegieDbContext db, HttpContext http, CancellationToken ct)
    {
        var finding = FindingDto.From(await db.DiscoveryFindings.AsNoTracking().SingleAsync(f => f.Id == id, ct));
        return EditVersion.Conflict(http, "Deze bevinding", finding, finding.Version);
    }
}

/// <param name="Version">The version read: a finding's `version`, or a run's `reviewVersion` for accept-likely; null when not checked.</param>
public sealed record ReviewRequest(string? Version = null);

/// <param name="Version">The domains' version read (the ETag of GET /discovery/domains); null when not checked.</param>
public sealed record DiscoveryRequest(IReadOnlyList<string>? Domains, string? Version = null);

public sealed record DiscoveryRunSummaryDto(Guid Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<string> Domains, string? Nameserver);

/// <summary>How one domain's look-ups went, with its notes as {code, args, text} in the reader's language.</summary>
public sealed record DiscoveredDomainDto(string Domain, DomainOutcome Outcome, IReadOnlyList<ReasonDocument> Notes);

/// <param name="Version">The version of the finding's review, which an accept or reject carries back (If-Match or `version`).</param>
public sealed record FindingDto(
    Guid Id, string Key, string Domain, FindingArea Area, string ProviderId, string Provider, string? ProductId, string Service,
    string? Jurisdiction, double Confidence, string Rule, IReadOnlyList<Evidence> Evidence, FindingReview Review, Guid? ServiceId, string Version)
{
    public static FindingDto From(DiscoveryFindingEntity f) => new(
        f.Id, f.Key, f.Domain, f.Area, f.ProviderId, f.ProviderName, f.ProductId, f.ServiceName, f.Jurisdiction, f.Confidence, f.Rule,
        f.ToCore().Evidence, f.Review, f.ServiceId, DiscoveryOperations.VersionOf(f));
}

public sealed record RunChangesDto(bool FirstRun, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Unchanged);

public sealed record AcceptedFindingDto(Guid FindingId, Guid ServiceId, string Service);

/// <param name="ReviewVersion">The version of the run's review (all its findings' decisions), which accept-likely carries back.</param>
public sealed record DiscoveryRunDto(
    Guid Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Nameserver, IReadOnlyList<DiscoveredDomainDto> Domains,
    IReadOnlyList<FindingDto> Findings, RunChangesDto Changes, string ReviewVersion)
{
    public static DiscoveryRunDto From(DiscoveryRunEntity run, IReadOnlyList<DiscoveryFindingEntity>? previous, UiText text)
    {
        var outcomes = run.Outcomes();
        var findings = run.Findings.OrderBy(f => f.Domain, StringComparer.Ordinal).ThenBy(f => f.Area).ThenByDescending(f => f.Confidence).ToList();
        var changes = DiscoveryReview.Compare(previous is null ? null : [.. previous.Select(f => f.ToCore())], [.. findings.Select(f => f.ToCore())]);
        return new DiscoveryRunDto(
            run.Id, run.StartedAt, run.FinishedAt, run.Nameserver,
            [.. run.Domains.Select(d => outcomes.TryGetValue(d, out var r) ? new DiscoveredDomainDto(d, r.Outcome, [.. r.Notes.Select(n => text.Document(n))]) : new DiscoveredDomainDto(d, DomainOutcome.Invalid, []))],
            [.. findings.Select(FindingDto.From)],
            new RunChangesDto(changes.IsFirstRun, [.. changes.Added.Select(f => f.Key)], [.. changes.Removed.Select(f => f.Key)], [.. changes.Unchanged.Select(f => f.Key)]),
            DiscoveryOperations.ReviewVersionOf(run.Findings));
    }
}
