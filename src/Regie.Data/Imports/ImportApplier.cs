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

            db.Services.AddRange(newServices.Select(s => s.ToEntity(organisationId)));
            db.Dependencies.AddRange(dependencies);
            db.ServiceEvidence.AddRange(evidence.Where(e => recorded.Add((e.ServiceId, e.RecordType, e.Name, e.Value))));
            var newAssessments = assessments.Where(a => assessed.Add((a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson))).ToList();
            db.ExternalAssessments.AddRange(newAssessments);
            assessmentsAdded = newAssessments.Count;
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        return new(plan.Format, fileName, [], plan.Notes, [.. rows, .. plan.SkippedRows], dependencies.Count, assessmentsAdded);
    }
}
