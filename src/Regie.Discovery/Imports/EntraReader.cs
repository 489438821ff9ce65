using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Discovery.Inventory;

namespace Regie.Discovery.Imports;

/// <summary>
/// Microsoft Entra admin center → Enterprise applications → All applications → Download (CSV, EnterpriseAppsList.csv with
/// id, displayName, appId, applicationType, homepageUrl…; see docs/IMPORTS.md). Also reads the same list exported with
/// Microsoft Graph PowerShell (DisplayName, AppId, AppOwnerOrganizationId…) and the column names the portal shows. Each
/// application becomes a service, recognised through the catalog matcher by name and homepage, and signs in through the
/// board's Microsoft Entra ID: an enterprise application is Entra's record of an app its users sign in to. Microsoft's own
/// applications without a catalog product and managed identities are skipped: they are the plumbing of Microsoft 365, not
/// services the board chose.
/// </summary>
internal static class EntraReader
{
    /// <summary>The tenants Microsoft publishes its first-party applications from (see docs/IMPORTS.md).</summary>
    private static readonly HashSet<string> MicrosoftTenants = new(StringComparer.OrdinalIgnoreCase)
    {
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "72f988bf-86f1-41af-91ab-2d7cd011db47",
    };

    /// <summary>The catalog product every application in the export signs in through.</summary>
    public const string EntraId = "microsoft-entra-id";

    public static ImportPlan Read(Stream stream, string fileName, Recogniser recogniser)
    {
        var errors = new List<ImportIssue>();
        var csv = CsvExport.Read(stream, fileName, errors);
        if (csv is null)
        {
            return ImportPlan.Failed(ImportFormat.Entra, errors);
        }

        var name = csv.Column("Name", "Display name", "displayName", "AppDisplayName", "Application name");
        if (name is null)
        {
            errors.Add(ImportIssue.AtRow(fileName, csv.HeaderRow, null, new EntraNameColumnMissing()));
            return ImportPlan.Failed(ImportFormat.Entra, errors);
        }

        var appId = csv.Column("Application ID", "Application (client) ID", "appId", "App ID", "Client ID");
        var homepage = csv.Column("Homepage URL", "Homepage", "homepage", "Home page URL");
        var type = csv.Column("Application type", "Application Type", "servicePrincipalType", "Type");
        var publisher = csv.Column("Publisher", "Publisher name", "publisherName", "Verified publisher");
        var owner = csv.Column("App owner organization ID", "appOwnerOrganizationId", "AppOwnerTenantId", "Owner tenant ID");
        var nameHeader = csv.Header[name.Value];

        var candidates = new List<ImportCandidate>();
        var skipped = new List<ImportRowResult>();
        foreach (var (row, cells) in csv.Rows)
        {
            var appName = CsvExport.Cell(cells, name);
            if (Recogniser.NameProblem(appName) is { } problem)
            {
                errors.Add(ImportIssue.AtRow(fileName, row, nameHeader, problem));
                continue;
            }

            var kind = CsvExport.Cell(cells, type) ?? "";
            var place = $"rij {row}";
            if (kind.Contains("managed", StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add(new(place, row, appName!, RowOutcome.Skipped, appName!, null, new ManagedIdentitySkipped()));
                continue;
            }

            var match = recogniser.Match(appName!, CsvExport.Cell(cells, homepage));
            var microsoft = IsMicrosoft(CsvExport.Cell(cells, owner), kind, CsvExport.Cell(cells, publisher));
            if (!match.IsMatch && microsoft)
            {
                skipped.Add(new(place, row, appName!, RowOutcome.Skipped, appName!, null, new MicrosoftOwnApplicationSkipped()));
                continue;
            }

            var vendor = match.IsMatch ? null : recogniser.CompanyId(CsvExport.Cell(cells, publisher));
            var notes = CsvExport.Cell(cells, appId) is { } id ? $"Entra-toepassing, application ID {id}." : null;
            candidates.Add(new(place, "csv-row", appName!, recogniser.NewService(appName!, match.CatalogId, vendor, notes: notes),
                match.IsMatch ? match.Confidence : null, Row: row));
        }

        return new(ImportFormat.Entra, candidates, [], errors, []) { SkippedRows = skipped, SignsInThrough = recogniser.CatalogService(EntraId) };
    }

    private static bool IsMicrosoft(string? ownerTenant, string kind, string? publisher) =>
        (ownerTenant is not null && MicrosoftTenants.Contains(ownerTenant.Trim()))
        || kind.Contains("microsoft", StringComparison.OrdinalIgnoreCase)
        || (publisher is not null && TextKey.Of(publisher).StartsWith("microsoft", StringComparison.Ordinal));
}
