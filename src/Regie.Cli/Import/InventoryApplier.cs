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
            db.Services.AddRange(inventory.Services.Select(s => ToEntity(s.Service, organisationId)));
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

    private static ServiceEntity ToEntity(Service s, Guid organisationId) => new()
    {
        Id = s.Id.Value,
        OrganisationId = organisationId,
        Name = s.Name,
        CatalogProductId = s.CatalogProductId,
        ProcessKeys = [.. s.ProcessIds],
        Pupils = s.Pupils,
        Staff = s.Staff,
        DataCategories = [.. s.DataCategoryIds],
        VendorId = s.VendorId,
        HostingProviderId = s.HostingProviderId,
        HostingRegion = s.HostingRegion,
        DataLocation = s.DataLocation ?? Core.Catalog.DataLocation.Unknown,
        OpenSource = s.OpenSource ?? Core.Common.Tri.Unknown,
        ContractEnd = s.ContractEnd,
        ExitClause = s.ExitClause,
        ExportFormats = [.. s.ExportFormatList],
        Dpia = s.Dpia,
        Kia = s.Kia,
        AnnualCost = s.AnnualCost,
        Notes = s.Notes,
    };
}
