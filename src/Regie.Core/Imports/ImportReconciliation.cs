using System.Security.Cryptography;
using System.Text;
using Regie.Core.Common;
using Regie.Core.Landscape;

namespace Regie.Core.Imports;

/// <summary>
/// The board as an import finds it: its services and dependencies, and which services an earlier import of the same kind
/// of file left evidence on (those are the ones an export's re-import can call missing).
/// </summary>
public sealed record RegisteredBoard(IReadOnlyList<Service> Services, IReadOnlyList<Dependency> Dependencies, IReadOnlySet<ServiceId> FromThisFormat);

/// <summary>A row (or entry) as it lands on a service: the service it joins or creates, for evidence and outside assessments.</summary>
public sealed record LandedCandidate(ImportCandidate Candidate, ServiceId Service);

/// <summary>A registered service an import changes: before and after, and the fields that differ.</summary>
public sealed record ServiceChange(Service Before, Service After, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// Everything a valid plan does to a board, decided before anything is written: services to add, services to update field by
/// field, dependencies to add, where each row lands, the services the file no longer names and, when asked, their removal.
/// The preview shows it, the applier writes it; both come from <see cref="ImportReconciliation.Reconcile"/>, so what the
/// user confirmed is what is stored.
/// </summary>
public sealed record ImportChangeSet(
    IReadOnlyList<ImportRowResult> Rows,
    IReadOnlyList<Service> NewServices,
    IReadOnlyList<ServiceChange> Updates,
    IReadOnlyList<LandedCandidate> Landed,
    IReadOnlyList<Dependency> NewDependencies,
    IReadOnlyList<ImportedEdge> NewEdges,
    IReadOnlyList<LandedCandidate> SignsIn,
    ServiceId? SignInService,
    IReadOnlyList<MissingService> Missing,
    bool RemoveMissing,
    IReadOnlyList<ImportIssue> Notes)
{
    /// <summary>
    /// A short hash of what the change set does, in words that do not depend on new services' random ids: applying a previewed
    /// file compares it to refuse when the board changed between the preview and the confirmation. Whether the missing
    /// services go is the user's choice at the confirmation, not part of what the preview found, so it is left out.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            foreach (var row in Rows)
            {
                text.Append(row.Place).Append('|').Append(row.Outcome).Append('|').Append(row.ServiceName).Append('|').Append(row.CatalogProductId);
                foreach (var change in row.Changes)
                {
                    text.Append('|').Append(change.Field).Append(':').Append(ServiceUpdate.Key(change.Old)).Append('>').Append(ServiceUpdate.Key(change.New));
                }

                text.Append('\n');
            }

            foreach (var edge in NewEdges)
            {
                text.Append(edge.From).Append('>').Append(edge.Kind).Append('>').Append(edge.To).Append('\n');
            }

            foreach (var missing in Missing.OrderBy(m => m.Id.Value))
            {
                text.Append("missing|").Append(missing.Id.Value).Append('\n');
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        }
    }
}

/// <summary>
/// Decides what a valid import plan does to the board as it is now. Pure: the data layer calls it once for the preview
/// (on the board as loaded) and again inside the import's transaction, after taking the board's write lock, on the board as
/// it is then, so two imports at once cannot store one service twice.
/// </summary>
public static class ImportReconciliation
{
    /// <summary>
    /// Each row joins a registered service (or an earlier row of the file) with the same name or, when the plan allows, the same
    /// catalog product; otherwise it adds one. A joined service takes the row's values by the format's <see cref="UpdateRule"/>
    /// (<see cref="ServiceUpdate.Merge"/>); a later row for a service an earlier row already reached merges and changes
    /// nothing. Services the file does not name are listed as missing: for an inventory (the board's register) every
    /// registered service no row or dependency names; for an export the services an earlier export of the same kind brought
    /// in. They are removed only when <paramref name="removeMissing"/> asks for it.
    /// </summary>
    public static ImportChangeSet Reconcile(ImportPlan plan, RegisteredBoard board, string fileName, bool removeMissing = false)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException("A plan with errors cannot be reconciled.");
        }

        var rule = plan.Format == ImportFormat.Inventory ? UpdateRule.ReplaceGiven : UpdateRule.FillUnknown;
        var current = new Dictionary<ServiceId, Service>();
        var byName = new Dictionary<string, ServiceId>(StringComparer.Ordinal);
        var byProduct = new Dictionary<string, ServiceId>(StringComparer.Ordinal);
        void Know(Service service)
        {
            current[service.Id] = service;
            byName.TryAdd(TextKey.Of(service.Name), service.Id);
            if (service.CatalogProductId is { } product)
            {
                byProduct.TryAdd(product, service.Id);
            }
        }

        foreach (var service in board.Services)
        {
            Know(service);
        }

        var registered = board.Services.Select(s => s.Id).ToHashSet();
        var newServices = new List<Service>();
        var notes = new List<ImportIssue>(plan.Notes);
        ServiceId? signIn = null;
        if (plan.SignsInThrough is { } identity)
        {
            // The board's own service for that product, whatever it is called; otherwise the catalog's, created once.
            signIn = identity.CatalogProductId is { } identityProduct && byProduct.TryGetValue(identityProduct, out var sameIdentity) ? sameIdentity
                : byName.TryGetValue(TextKey.Of(identity.Name), out var namedIdentity) ? namedIdentity
                : null;
            if (signIn is null)
            {
                signIn = identity.Id;
                newServices.Add(identity);
                Know(identity);
                notes.Add(ImportIssue.AtRow(fileName, null, null, new SignInServiceAdded(identity.Name)));
            }
        }

        var firstCandidateOf = new Dictionary<ServiceId, ImportCandidate>();
        var updates = new Dictionary<ServiceId, ServiceChange>();
        var byKey = new Dictionary<string, ServiceId>(StringComparer.Ordinal);
        var rows = new List<ImportRowResult>();
        var landed = new List<LandedCandidate>();
        var signsIn = new List<LandedCandidate>();
        foreach (var candidate in plan.Candidates)
        {
            var service = candidate.Service;
            var product = service.CatalogProductId;
            ServiceId? existing = byName.TryGetValue(TextKey.Of(service.Name), out var named) ? named
                : plan.ReuseByProduct && product is not null && byProduct.TryGetValue(product, out var sameProduct) ? sameProduct
                : null;
            ServiceId id;
            if (existing is { } found)
            {
                id = found;
                var name = current[id].Name;
                if (firstCandidateOf.TryGetValue(id, out var first))
                {
                    rows.Add(new(candidate.Place, candidate.Row, candidate.RawName, RowOutcome.Joined, name, product, new MergedWithEarlierRow(name, first.Row, first.Place)));
                }
                else
                {
                    firstCandidateOf[id] = candidate;
                    var (after, changes) = registered.Contains(id) ? ServiceUpdate.Merge(current[id], service, rule) : (current[id], []);
                    if (changes.Count > 0)
                    {
                        updates[id] = new ServiceChange(current[id], after, changes);
                        Know(after);
                        rows.Add(new ImportRowResult(candidate.Place, candidate.Row, candidate.RawName, RowOutcome.Updated, name, after.CatalogProductId,
                            new ExistingServiceUpdated(name, changes.Count))
                        { Changes = changes });
                    }
                    else
                    {
                        rows.Add(new(candidate.Place, candidate.Row, candidate.RawName, RowOutcome.Joined, name, current[id].CatalogProductId,
                            plan.Format == ImportFormat.Inventory ? new ExistingServiceUnchanged(name) : new JoinedExistingService(name)));
                    }
                }
            }
            else
            {
                id = service.Id;
                newServices.Add(service);
                firstCandidateOf[id] = candidate;
                Know(service);
                rows.Add(new(candidate.Place, candidate.Row, candidate.RawName, RowOutcome.Created, service.Name, product,
                    product is null ? new NewServiceNotRecognised() : new NewServiceRecognised(product)));
            }

            if (candidate.Key is { } key)
            {
                byKey.TryAdd(key, id);
            }

            landed.Add(new LandedCandidate(candidate, id));
            if (signIn is { } through && id != through)
            {
                signsIn.Add(new LandedCandidate(candidate, id));
            }
        }

        ServiceId? Resolve(string reference) =>
            byKey.TryGetValue(reference, out var keyed) ? keyed : byName.TryGetValue(TextKey.Of(reference), out var named) ? named : null;

        var known = board.Dependencies.Select(d => (d.From, d.Kind, d.To)).ToHashSet();
        var linked = board.Dependencies.Select(d => (d.From, d.To)).ToHashSet();
        var namedInFile = new HashSet<ServiceId>(landed.Select(l => l.Service));
        var newDependencies = new List<Dependency>();
        foreach (var edge in plan.Edges)
        {
            if (Resolve(edge.From) is not { } from || Resolve(edge.To) is not { } to || from == to)
            {
                continue;
            }

            namedInFile.Add(to);

            // "Integrates with" is what a file says when it does not know the kind: a pair the board already links needs no second edge.
            if (!(edge.Kind == DependencyKind.IntegratesWith && linked.Contains((from, to))) && known.Add((from, edge.Kind, to)))
            {
                newDependencies.Add(new Dependency(from, edge.Kind, to));
            }
        }

        if (signIn is { } identityId)
        {
            namedInFile.Add(identityId);

            // The export itself is the proof: each app's row stays on record (as evidence) as the reason for its edge.
            foreach (var app in signsIn.Where(app => known.Add((app.Service, DependencyKind.SignsInThrough, identityId))))
            {
                newDependencies.Add(new Dependency(app.Service, DependencyKind.SignsInThrough, identityId));
            }
        }

        // An inventory is the board's register: every service it does not name is missing from it. An export covers one
        // system, so only what an earlier export of that kind brought in can be missing from it.
        var missing = board.Services
            .Where(s => !namedInFile.Contains(s.Id) && (plan.Format == ImportFormat.Inventory || board.FromThisFormat.Contains(s.Id)))
            .Select(s => new MissingService(s.Id, s.Name))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        return new ImportChangeSet(
            [.. rows, .. plan.SkippedRows],
            newServices,
            [.. updates.Values],
            landed,
            newDependencies,
            [.. newDependencies.Select(d => new ImportedEdge(current[d.From].Name, d.Kind, current[d.To].Name))],
            signsIn,
            signIn,
            missing,
            removeMissing && missing.Count > 0,
            notes);
    }
}
