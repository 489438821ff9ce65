using Microsoft.EntityFrameworkCore;
using Regie.Core.Common;
using Regie.Core.Explaining;
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
    /// Which service a row joins is decided inside the transaction, after taking the board's write lock, so two imports or
    /// an import and a create at the same moment cannot store one service twice (the unique index on name backs this up).
    /// A refusal by the database comes back as an error naming the file and, where the row is known, the row.
    /// </summary>
    public static async Task<ImportResult> ApplyAsync(
        RegieDbContext db, BoardLandscape landscape, ImportPlan plan, string fileName, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException("A plan with errors must never be applied.");
        }

        var organisationId = landscape.Organisation.Id.Value;
        var firstCandidateOf = new Dictionary<Guid, ImportCandidate>();
        ImportResult? result = null;
        try
        {
            await db.RunInTransactionAsync(async () =>
            {
                await LockBoardAsync(db, organisationId, cancellationToken);
                result = await WriteAsync(db, organisationId, plan, fileName, firstCandidateOf, time, cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException refused)
        {
            return ImportResult.Failed(plan.Format, fileName, [Refusal(refused, fileName, db.Database.IsSqlite() ? firstCandidateOf : [])]);
        }

        return result!;
    }

    /// <summary>
    /// Takes the board's write lock for the rest of the transaction: a no-op update of the board's row waits for any other
    /// import of the same board to commit (a row lock on PostgreSQL, the database's write lock on SQLite).
    /// </summary>
    private static Task<int> LockBoardAsync(RegieDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == organisationId).ExecuteUpdateAsync(set => set.SetProperty(o => o.Name, o => o.Name), cancellationToken);

    private static async Task<ImportResult> WriteAsync(
        RegieDbContext db, Guid organisationId, ImportPlan plan, string fileName, Dictionary<Guid, ImportCandidate> firstCandidateOf, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var origin = plan.Format.EvidenceOrigin();
        var now = time.GetUtcNow();

        // Read now, under the lock, not from the landscape loaded before: another import may have committed since.
        var stored = await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .Select(s => new { s.Id, s.Name, s.CatalogProductId }).ToListAsync(cancellationToken);
        var byName = new Dictionary<string, Guid>();
        var byProduct = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var service in stored)
        {
            byName.TryAdd(TextKey.Of(service.Name), service.Id);
            if (service.CatalogProductId is { } product)
            {
                byProduct.TryAdd(product, service.Id);
            }
        }

        var names = stored.ToDictionary(s => s.Id, s => s.Name);
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
                ImportReason why = firstCandidateOf.TryGetValue(id, out var first) ? new MergedWithEarlierRow(names[id], first.Row, first.Place)
                    : plan.Format == ImportFormat.Inventory ? new ExistingServiceUnchanged(names[id])
                    : new JoinedExistingService(names[id]);
                rows.Add(new(candidate.Place, candidate.Row, candidate.RawName, RowOutcome.Joined, names[id], product, why));
            }
            else
            {
                id = service.Id.Value;
                newServices.Add(service);
                firstCandidateOf[id] = candidate;
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

        var edges = await db.Dependencies.AsNoTracking().Where(d => d.OrganisationId == organisationId)
            .Select(d => new { d.FromServiceId, d.Kind, d.ToServiceId }).ToListAsync(cancellationToken);
        var known = edges.Select(d => (d.FromServiceId, d.Kind, d.ToServiceId)).ToHashSet();
        var linked = edges.Select(d => (d.FromServiceId, d.ToServiceId)).ToHashSet();
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

        // Evidence and assessments already on record from an earlier import of the same file are not added twice. The whole
        // board's records are read rather than those of the file's services: a list of ids as parameters overflows SQLite's
        // limit on SQL variables (32,766) with a large file.
        var recorded = (await db.ServiceEvidence.AsNoTracking()
                .Where(e => e.OrganisationId == organisationId && e.Origin == origin)
                .Select(e => new { e.ServiceId, e.RecordType, e.Name, e.Value })
                .ToListAsync(cancellationToken))
            .Select(e => (e.ServiceId, e.RecordType, e.Name, e.Value)).ToHashSet();
        var assessed = (await db.ExternalAssessments.AsNoTracking()
                .Where(a => a.OrganisationId == organisationId && a.ServiceId != null)
                .Select(a => new { a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson })
                .ToListAsync(cancellationToken))
            .Select(a => (a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson)).ToHashSet();

        await AddPartiesAsync(db, organisationId, plan.NewParties, fileName, cancellationToken);
        db.Services.AddRange(newServices.Select(s => s.ToEntity(organisationId)));
        db.Dependencies.AddRange(dependencies);
        db.ServiceEvidence.AddRange(evidence.Where(e => recorded.Add((e.ServiceId, e.RecordType, e.Name, e.Value))));
        var newAssessments = assessments.Where(a => assessed.Add((a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson))).ToList();
        db.ExternalAssessments.AddRange(newAssessments);
        await db.SaveChangesAsync(cancellationToken);

        return new(plan.Format, fileName, [], notes, [.. rows, .. plan.SkippedRows], dependencies.Count, newAssessments.Count);
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

    /// <summary>
    /// The database's refusal as an import error: the file, the row when the database pointed at one record, and why. Only
    /// SQLite runs the inserts one by one; PostgreSQL refuses a batch as a whole and EF may then point at another record of
    /// the batch, so there the row stays unnamed rather than wrong.
    /// </summary>
    private static ImportIssue Refusal(DbUpdateException refused, string fileName, Dictionary<Guid, ImportCandidate> firstCandidateOf)
    {
        var entity = refused.Entries.Count == 1 ? refused.Entries[0].Entity : null;
        Guid? serviceId = entity switch
        {
            ServiceEntity s => s.Id,
            ServiceEvidenceEntity e => e.ServiceId,
            ExternalAssessmentEntity a => a.ServiceId,
            DependencyEntity d => d.FromServiceId,
            _ => null,
        };
        var candidate = serviceId is { } id ? firstCandidateOf.GetValueOrDefault(id) : null;
        ImportReason why = DatabaseErrors.IsUniqueViolation(refused) && (entity as ServiceEntity ?? refused.Entries.Select(e => e.Entity).OfType<ServiceEntity>().FirstOrDefault()) is { } service
            ? new ServiceNameTakenMeanwhile(service.Name)
            : new NotStored(DatabaseErrors.Detail(refused));
        return candidate is { Row: null } ? ImportIssue.AtPath(fileName, candidate.Place, why) : ImportIssue.AtRow(fileName, candidate?.Row, null, why);
    }
}
