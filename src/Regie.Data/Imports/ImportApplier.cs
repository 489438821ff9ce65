using Microsoft.EntityFrameworkCore;
using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Core.Landscape;

namespace Regie.Data.Imports;

/// <summary>
/// The writing half of every import (`regie import`, the /import page): services, dependencies, evidence and outside
/// assessments for one board in a single transaction, or nothing when anything in the file is wrong. The plan comes from
/// Regie.Discovery's readers; this layer never reads a file.
/// </summary>
public static class ImportApplier
{
    /// <summary>
    /// Loads the board, lets <paramref name="readPlan"/> read and match the file against it, and writes the plan when it
    /// has no errors; otherwise returns them and writes nothing.
    /// </summary>
    public static async Task<ImportResult> ImportAsync(
        RegieDbContext db, OrganisationId organisationId, Func<BoardLandscape, ImportPlan> readPlan, string fileName,
        CancellationToken cancellationToken = default, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var landscape = await db.LoadLandscapeAsync(organisationId, time, cancellationToken);
        var plan = readPlan(landscape);
        if (!plan.IsValid)
        {
            return ImportResult.Failed(plan.Format, fileName, plan.Errors);
        }

        return await ApplyAsync(db, landscape, plan, fileName, time, cancellationToken);
    }

    /// <summary>
    /// Writes a valid plan. A row joins a service the board already has (or an earlier row of the same file) with the same
    /// catalog product or the same name, so importing a file twice adds nothing; every row leaves evidence on its service.
    /// </summary>
    public static async Task<ImportResult> ApplyAsync(
        RegieDbContext db, BoardLandscape landscape, ImportPlan plan, string fileName, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException("A plan with errors must never be applied.");
        }

        var organisationId = landscape.Organisation.Id.Value;
        var origin = plan.Format.EvidenceOrigin();
        var now = time.GetUtcNow();
        var byName = new Dictionary<string, Guid>();
        var byProduct = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var service in landscape.Services)
        {
            byName.TryAdd(TextKey.Of(service.Name), service.Id.Value);
            if (service.CatalogProductId is { } product)
            {
                byProduct.TryAdd(product, service.Id.Value);
            }
        }

        var names = landscape.Services.ToDictionary(s => s.Id.Value, s => s.Name);
        var byKey = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var rows = new List<ImportRowResult>();
        var newServices = new List<Service>();
        var notes = new List<ImportIssue>(plan.Notes);
        Guid? signInId = null;
        if (plan.SignsInThrough is { } identity)
        {
            // The board's own service for that product, whatever it is called; otherwise the catalog's, created once.
            signInId = identity.CatalogProductId is { } identityProduct && byProduct.TryGetValue(identityProduct, out var sameIdentity) ? sameIdentity
                : byName.TryGetValue(TextKey.Of(identity.Name), out var namedIdentity) ? namedIdentity
                : null;
            if (signInId is null)
            {
                signInId = identity.Id.Value;
                newServices.Add(identity);
                names[identity.Id.Value] = identity.Name;
                byName.TryAdd(TextKey.Of(identity.Name), identity.Id.Value);
                if (identity.CatalogProductId is { } added)
                {
                    byProduct.TryAdd(added, identity.Id.Value);
                }

                notes.Add(ImportIssue.AtRow(fileName, null, null, new SignInServiceAdded(identity.Name)));
            }
        }

        var signsIn = new List<(ImportCandidate Candidate, Guid Service)>();
        var evidence = new List<ServiceEvidenceEntity>();
        var assessments = new List<ExternalAssessmentEntity>();
        foreach (var candidate in plan.Candidates)
        {
            var service = candidate.Service;
            var product = service.CatalogProductId;
            Guid? existing = byName.TryGetValue(TextKey.Of(service.Name), out var named) ? named
                : plan.ReuseByProduct && product is not null && byProduct.TryGetValue(product, out var sameProduct) ? sameProduct
                : null;
            Guid id;
            if (existing is { } found)
            {
                id = found;
                rows.Add(new(candidate.Place, candidate.Row, candidate.RawName, RowOutcome.Joined, names[id], product, new JoinedExistingService(names[id])));
            }
            else
            {
                id = service.Id.Value;
                newServices.Add(service);
                names[id] = service.Name;
                byName.TryAdd(TextKey.Of(service.Name), id);
                if (product is not null)
                {
                    byProduct.TryAdd(product, id);
                }

                rows.Add(new(candidate.Place, candidate.Row, candidate.RawName, RowOutcome.Created, service.Name, product,
                    product is null ? new NewServiceNotRecognised() : new NewServiceRecognised(product)));
            }

            if (candidate.Key is { } key)
            {
                byKey.TryAdd(key, id);
            }

            if (signInId is { } through && id != through)
            {
                signsIn.Add((candidate, id));
            }

            evidence.Add(new ServiceEvidenceEntity
            {
                Id = Guid.NewGuid(),
                OrganisationId = organisationId,
                ServiceId = id,
                Origin = origin,
                RecordType = candidate.RecordType,
                Name = candidate.Place,
                Value = candidate.RawName,
                Confidence = candidate.Confidence,
                FoundAt = now,
            });
            if (candidate.Assessment is { } draft)
            {
                assessments.Add(new ExternalAssessmentEntity
                {
                    Id = Guid.NewGuid(),
                    OrganisationId = organisationId,
                    ServiceId = id,
                    Tool = draft.Tool,
                    ToolVersion = draft.ToolVersion,
                    Subject = draft.Subject,
                    Score = draft.Score,
                    IndicatorsJson = draft.IndicatorsJson,
                    SourceFile = fileName,
                    ImportedAt = now,
                });
            }
        }

        Guid? Resolve(string reference) =>
            byKey.TryGetValue(reference, out var keyed) ? keyed : byName.TryGetValue(TextKey.Of(reference), out var named) ? named : null;

        var known = landscape.Dependencies.Select(d => (d.From.Value, d.Kind, d.To.Value)).ToHashSet();
        var linked = landscape.Dependencies.Select(d => (d.From.Value, d.To.Value)).ToHashSet();
        var dependencies = new List<DependencyEntity>();
        foreach (var edge in plan.Edges)
        {
            // "Integrates with" is what a file says when it does not know the kind: a pair the board already links needs no second edge.
            if (Resolve(edge.From) is { } from && Resolve(edge.To) is { } to && from != to
                && !(edge.Kind == DependencyKind.IntegratesWith && linked.Contains((from, to)))
                && known.Add((from, edge.Kind, to)))
            {
                dependencies.Add(new DependencyEntity { Id = Guid.NewGuid(), OrganisationId = organisationId, FromServiceId = from, Kind = edge.Kind, ToServiceId = to });
            }
        }

        if (signInId is { } identityId)
        {
            // The export itself is the proof: each app's row stays on record as the reason for its edge.
            foreach (var (candidate, from) in signsIn)
            {
                if (known.Add((from, DependencyKind.SignsInThrough, identityId)))
                {
                    dependencies.Add(new DependencyEntity { Id = Guid.NewGuid(), OrganisationId = organisationId, FromServiceId = from, Kind = DependencyKind.SignsInThrough, ToServiceId = identityId });
                }

                evidence.Add(new ServiceEvidenceEntity
                {
                    Id = Guid.NewGuid(),
                    OrganisationId = organisationId,
                    ServiceId = from,
                    Origin = origin,
                    RecordType = SignsInThroughRecord,
                    Name = candidate.Place,
                    Value = names[identityId],
                    FoundAt = now,
                });
            }
        }

        var parties = plan.NewParties;
        var assessmentsAdded = 0;
        await db.RunInTransactionAsync(async () =>
        {
            // Evidence and assessments already on record from an earlier import of the same file are not added twice.
            var serviceIds = evidence.Select(e => e.ServiceId).Distinct().ToList();
            var recorded = (await db.ServiceEvidence.AsNoTracking()
                    .Where(e => e.OrganisationId == organisationId && e.Origin == origin && serviceIds.Contains(e.ServiceId))
                    .Select(e => new { e.ServiceId, e.RecordType, e.Name, e.Value })
                    .ToListAsync(cancellationToken))
                .Select(e => (e.ServiceId, e.RecordType, e.Name, e.Value)).ToHashSet();
            var assessed = (await db.ExternalAssessments.AsNoTracking()
                    .Where(a => a.OrganisationId == organisationId && a.ServiceId != null && serviceIds.Contains(a.ServiceId.Value))
                    .Select(a => new { a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson })
                    .ToListAsync(cancellationToken))
                .Select(a => (a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson)).ToHashSet();

            await AddPartiesAsync(db, organisationId, parties, fileName, cancellationToken);
            db.Services.AddRange(newServices.Select(s => s.ToEntity(organisationId)));
            db.Dependencies.AddRange(dependencies);
            db.ServiceEvidence.AddRange(evidence.Where(e => recorded.Add((e.ServiceId, e.RecordType, e.Name, e.Value))));
            var newAssessments = assessments.Where(a => assessed.Add((a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson))).ToList();
            db.ExternalAssessments.AddRange(newAssessments);
            assessmentsAdded = newAssessments.Count;
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        return new(plan.Format, fileName, [], notes, [.. rows, .. plan.SkippedRows], dependencies.Count, assessmentsAdded);
    }

    /// <summary>ServiceEvidenceEntity.RecordType of the row that proves an app signs in through the export's identity service.</summary>
    public const string SignsInThroughRecord = "signs-in-through";

    /// <summary>
    /// The board's own companies and hosting providers a file named, as the Parties page stores them; a key the board already
    /// has (added since the file was read) is left as it is.
    /// </summary>
    private static async Task AddPartiesAsync(RegieDbContext db, Guid organisationId, IReadOnlyList<ImportParty> parties, string fileName, CancellationToken cancellationToken)
    {
        if (parties.Count == 0)
        {
            return;
        }

        var companyKeys = parties.Where(p => p.Kind == OwnPartyKind.Company).Select(p => p.Key).ToList();
        var providerKeys = parties.Where(p => p.Kind == OwnPartyKind.HostingProvider).Select(p => p.Key).ToList();
        var companies = await db.LocalCompanies.Where(c => c.OrganisationId == organisationId && companyKeys.Contains(c.Key)).Select(c => c.Key).ToListAsync(cancellationToken);
        var providers = await db.LocalProviders.Where(p => p.OrganisationId == organisationId && providerKeys.Contains(p.Key)).Select(p => p.Key).ToListAsync(cancellationToken);
        foreach (var party in parties)
        {
            if (party.Kind == OwnPartyKind.Company && !companies.Contains(party.Key))
            {
                db.LocalCompanies.Add(new LocalCompanyEntity { Id = Guid.NewGuid(), OrganisationId = organisationId, Key = party.Key, Name = party.Name, Source = $"{fileName}, {party.Place}" });
            }
            else if (party.Kind == OwnPartyKind.HostingProvider && !providers.Contains(party.Key))
            {
                db.LocalProviders.Add(new LocalProviderEntity { Id = Guid.NewGuid(), OrganisationId = organisationId, Key = party.Key, Name = party.Name });
            }
        }
    }
}
