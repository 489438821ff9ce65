using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Inventory;

namespace Regie.Cli.Import;

/// <summary>Writes a validated inventory as services and dependencies of one board, all in one transaction or not at all.</summary>
internal static class InventoryApplier
{
    public static async Task ApplyAsync(RegieDbContext db, BoardLandscape landscape, InventoryValidation inventory, CancellationToken cancellationToken)
    {
        if (!inventory.IsValid)
        {
            throw new InvalidOperationException("An inventory with errors must never be applied.");
        }

        var organisationId = landscape.Organisation.Id.Value;
        var ids = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in landscape.Services.Concat(inventory.Services.Select(s => s.Service)))
        {
            ids[service.Name] = service.Id.Value;
        }

        await db.RunInTransactionAsync(async () =>
        {
            db.Services.AddRange(inventory.Services.Select(s => s.Service.ToEntity(organisationId)));
            db.Dependencies.AddRange(inventory.Dependencies.Select(d => new DependencyEntity
            {
                Id = Guid.NewGuid(),
                OrganisationId = organisationId,
                FromServiceId = ids[d.From],
                Kind = d.Kind,
                ToServiceId = ids[d.To],
            }));
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }
}
