using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Discovery;
using Regie.Core.Explaining;

namespace Regie.Data;

/// <summary>Discovery runs of the current board: storing a run, reviewing its findings, and the run before it for comparison.</summary>
public static class DiscoveryStore
{
    // Notes are stored as {code, args} (StoredNotes), so a run renders in the reader's language; runs stored earlier hold text, read as it was.
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(), new StoredNotes() },
    };

    /// <summary>
    /// Stores a run with its findings. A finding the board already accepted or rejected in an earlier run keeps that decision
    /// (and its service), so a new run only asks about what is new.
    /// </summary>
    public static async Task<DiscoveryRunEntity> RecordDiscoveryRunAsync(
        this RegieDbContext db, IReadOnlyList<DomainDiscovery> results, string? nameserver,
        DateTimeOffset startedAt, DateTimeOffset finishedAt, CancellationToken cancellationToken = default)
    {
        var keys = results.SelectMany(r => r.Findings).Select(f => f.Key).Distinct().ToList();
        var decided = (await (
                from f in db.DiscoveryFindings.AsNoTracking()
                join r in db.DiscoveryRuns on f.RunId equals r.Id
                where keys.Contains(f.Key) && f.Review != FindingReview.Proposed
                select new { f.Key, f.Review, f.ServiceId, Started = r.StartedAt }).ToListAsync(cancellationToken))
            .GroupBy(f => f.Key)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Started).First());

        var run = new DiscoveryRunEntity
        {
            Id = Guid.NewGuid(),
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            Domains = [.. results.Select(r => r.Domain)],
            Nameserver = nameserver,
            OutcomesJson = JsonSerializer.Serialize(results.ToDictionary(r => r.Domain, r => new DomainResult(r.Outcome, r.Notes)), StoredJson),
        };
        foreach (var finding in results.SelectMany(r => r.Findings).DistinctBy(f => f.Key))
        {
            var entity = ToEntity(finding, run.Id);
            if (decided.TryGetValue(finding.Key, out var earlier))
            {
                entity.Review = earlier.Review;
                entity.ServiceId = earlier.ServiceId;
            }

            run.Findings.Add(entity);
        }

        db.DiscoveryRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>The board's runs, newest first, without their findings.</summary>
    public static Task<List<DiscoveryRunEntity>> DiscoveryRunsAsync(this RegieDbContext db, CancellationToken cancellationToken = default) =>
        db.DiscoveryRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).ToListAsync(cancellationToken);

    /// <summary>A run with its findings, and the findings of the run before it (null for the first run).</summary>
    public static async Task<(DiscoveryRunEntity Run, IReadOnlyList<DiscoveryFindingEntity>? Previous)?> DiscoveryRunAsync(
        this RegieDbContext db, Guid runId, CancellationToken cancellationToken = default)
    {
        var run = await db.DiscoveryRuns.AsNoTracking().Include(r => r.Findings).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var previous = await db.DiscoveryRuns.AsNoTracking().Include(r => r.Findings)
            .Where(r => r.StartedAt < run.StartedAt).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return (run, previous?.Findings);
    }

    /// <summary>
    /// Accepts a finding: its proposed service is created (or the board's existing service for the same product is used) and
    /// the records that proved it are kept as the service's evidence. All in one save. False when the finding is not the board's.
    /// </summary>
    public static async Task<ServiceEntity?> AcceptFindingAsync(
        this RegieDbContext db, Guid findingId, KnowledgeCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var entity = await db.DiscoveryFindings.SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        if (entity.Review == FindingReview.Accepted && entity.ServiceId is { } existingId
            && await db.Services.SingleOrDefaultAsync(s => s.Id == existingId, cancellationToken) is { } already)
        {
            return already;
        }

        var finding = ToCore(entity);
        var proposal = DiscoveryReview.Propose(finding, catalog);
        var service = await db.Services.FirstOrDefaultAsync(
                s => proposal.CatalogProductId != null ? s.CatalogProductId == proposal.CatalogProductId : s.Name == proposal.Name, cancellationToken)
            ?? db.Services.Add(new ServiceEntity
            {
                Id = Guid.NewGuid(),
                Name = await FreeNameAsync(db, proposal.Name, cancellationToken),
                CatalogProductId = proposal.CatalogProductId,
                VendorId = proposal.VendorId,
                HostingProviderId = proposal.HostingProviderId,
                Notes = $"Gevonden via DNS ({finding.Domain}, regel {finding.Rule}).",
            }).Entity;

        if (proposal.NewParty is { } party)
        {
            await AddOwnPartyAsync(db, party, finding, cancellationToken);
        }

        db.ServiceEvidence.AddRange(finding.Evidence.Select(e => new ServiceEvidenceEntity
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            Origin = "dns",
            RecordType = e.RecordType,
            Name = e.Name,
            Value = e.Value,
            Confidence = finding.Confidence,
            FoundAt = now,
        }));
        entity.Review = FindingReview.Accepted;
        entity.ServiceId = service.Id;
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    /// <summary>Rejects a finding; a later run remembers the decision. False when the finding is not the board's.</summary>
    public static async Task<bool> RejectFindingAsync(this RegieDbContext db, Guid findingId, CancellationToken cancellationToken = default)
    {
        var entity = await db.DiscoveryFindings.SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        entity.Review = FindingReview.Rejected;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Per domain of the run how its look-ups went, with the notes (a loop, a limit reached).</summary>
    public static IReadOnlyDictionary<string, DomainResult> Outcomes(this DiscoveryRunEntity run) =>
        JsonSerializer.Deserialize<Dictionary<string, DomainResult>>(run.OutcomesJson, StoredJson) ?? [];

    public static Finding ToCore(this DiscoveryFindingEntity f) => new(
        f.Domain, f.Area, f.ProviderId, f.ProviderName, f.ProductId, f.ServiceName, f.Jurisdiction, f.Confidence, f.Rule,
        JsonSerializer.Deserialize<List<Evidence>>(f.EvidenceJson, StoredJson) ?? []);

    private static DiscoveryFindingEntity ToEntity(Finding f, Guid runId) => new()
    {
        Id = Guid.NewGuid(),
        RunId = runId,
        Key = f.Key,
        Domain = f.Domain,
        Area = f.Area,
        ProviderId = f.ProviderId,
        ProviderName = f.ProviderName,
        ProductId = f.ProductId,
        ServiceName = f.ServiceName,
        Jurisdiction = f.Jurisdiction,
        Confidence = f.Confidence,
        Rule = f.Rule,
        EvidenceJson = JsonSerializer.Serialize(f.Evidence, StoredJson),
    };

    // A provider the catalog lacks becomes the board's own party, once; its country is the signature's sourced jurisdiction.
    private static async Task AddOwnPartyAsync(RegieDbContext db, NewParty party, Finding finding, CancellationToken cancellationToken)
    {
        var source = $"Gevonden via DNS op {finding.Domain} (regel {finding.Rule}); land volgens de DNS-signatuur.";
        if (!await db.LocalCompanies.AnyAsync(c => c.Key == party.Key, cancellationToken))
        {
            db.LocalCompanies.Add(new LocalCompanyEntity
            {
                Id = Guid.NewGuid(),
                Key = party.Key,
                Name = party.Name,
                Country = party.Country,
                ParentKey = null,
                Source = source,
            });
        }

        if (party.IsHosting && !await db.LocalProviders.AnyAsync(p => p.Key == party.Key, cancellationToken))
        {
            db.LocalProviders.Add(new LocalProviderEntity
            {
                Id = Guid.NewGuid(),
                Key = party.Key,
                Name = party.Name,
                CompanyKey = party.Key,
                Kind = Core.Catalog.ProviderKind.Cloud,
            });
        }
    }

    // Service names are unique per board; a second "Website (Strato)" from another domain gets a number.
    private static async Task<string> FreeNameAsync(RegieDbContext db, string name, CancellationToken cancellationToken)
    {
        var candidate = name;
        for (var n = 2; await db.Services.AnyAsync(s => s.Name == candidate, cancellationToken); n++)
        {
            candidate = $"{name} {n}";
        }

        return candidate;
    }
}

/// <summary>How the look-ups of one domain went in a stored run, with its notes as values (see <see cref="StoredNotes"/>).</summary>
public sealed record DomainResult(DomainOutcome Outcome, IReadOnlyList<DiscoveryReason> Notes);
