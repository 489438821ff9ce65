using System.Globalization;
using Regie.Core.Imports;

namespace Regie.Discovery.Imports;

/// <summary>
/// Google Admin console → Security → Access and data control → API controls → Manage Third-Party App Access →
/// (Configured or Accessed apps) → Bulk update list → Download … apps (CSV), or the list's own download. Each app becomes a
/// service, recognised through the catalog matcher, and signs in through the board's Google accounts: the list holds the apps
/// users signed in to with their Google account and gave access to Google data over OAuth. An app whose access is Blocked
/// cannot reach the board's data and is skipped.
/// </summary>
internal static class GoogleWorkspaceReader
{
    /// <summary>The catalog product every app in the export signs in through.</summary>
    public const string GoogleAccounts = "google-accounts";

    public static ImportPlan Read(Stream stream, string fileName, Recogniser recogniser)
    {
        var errors = new List<ImportIssue>();
        var csv = CsvExport.Read(stream, fileName, errors);
        if (csv is null)
        {
            return ImportPlan.Failed(ImportFormat.GoogleWorkspace, errors);
        }

        var name = csv.Column("App name", "Name", "Application name", "App");
        if (name is null)
        {
            errors.Add(ImportIssue.AtRow(fileName, csv.HeaderRow, null, new GoogleNameColumnMissing()));
            return ImportPlan.Failed(ImportFormat.GoogleWorkspace, errors);
        }

        var id = csv.Column("ID", "App ID", "Client ID", "OAuth2 client ID", "OAuth client ID");
        var type = csv.Column("Type", "App type");
        var users = csv.Column("Users", "Number of users", "User count");
        var usersHeader = users is { } u ? csv.Header[u] : null;
        var access = csv.Column("Access", "Access level");
        var services = csv.Column("Requested services", "Services");
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

            int? userCount = null;
            if (CsvExport.Cell(cells, users) is { } count)
            {
                if (int.TryParse(count.Replace(".", "").Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    userCount = parsed;
                }
                else
                {
                    errors.Add(ImportIssue.AtRow(fileName, row, usersHeader, new NotAUserCount(count)));
                    continue;
                }
            }

            var place = $"rij {row}";
            var accessLevel = CsvExport.Cell(cells, access);
            if (accessLevel is not null && accessLevel.Contains("block", StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add(new(place, row, appName!, RowOutcome.Skipped, appName!, null, new BlockedAppSkipped()));
                continue;
            }

            var match = recogniser.Match(appName!);
            var details = new[]
            {
                CsvExport.Cell(cells, type) is { } t ? $"type {t}" : null,
                CsvExport.Cell(cells, id) is { } i ? $"ID {i}" : null,
                userCount is { } n ? $"{n} gebruikers" : null,
                accessLevel is not null ? $"toegang {accessLevel}" : null,
                CsvExport.Cell(cells, services) is { } s ? $"diensten: {s}" : null,
            }.OfType<string>();
            var notes = $"Google Workspace-app ({string.Join("; ", details)}).";
            candidates.Add(new(place, "csv-row", appName!, recogniser.NewService(appName!, match.CatalogId, notes: notes),
                match.IsMatch ? match.Confidence : null, Row: row));
        }

        return new(ImportFormat.GoogleWorkspace, candidates, [], errors, []) { SkippedRows = skipped, SignsInThrough = recogniser.CatalogService(GoogleAccounts) };
    }
}
