using System.Text;
using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Discovery.Inventory;

namespace Regie.Discovery.Imports;

public static class ImportFormats
{
    /// <summary>The names a user types after --format; csv and xlsx stay accepted for the inventory, as before.</summary>
    public static ImportFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "inventory" or "inventaris" or "csv" or "xlsx" => ImportFormat.Inventory,
        "entra" => ImportFormat.Entra,
        "google" or "google-workspace" => ImportFormat.GoogleWorkspace,
        "cyclonedx" => ImportFormat.CycloneDx,
        "daaf" => ImportFormat.Daaf,
        "archimate" => ImportFormat.ArchiMate,
        _ => null,
    };

    /// <summary>
    /// The format a file implies: .csv and .xlsx are the inventory (an Entra or Google export needs --format); a .json file
    /// says what it is in its first bytes (CycloneDX's bomFormat or DAAF's version). Null when neither tells.
    /// </summary>
    public static ImportFormat? Detect(string fileName, ReadOnlySpan<byte> head)
    {
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".csv" or ".txt" or ".xlsx":
                return ImportFormat.Inventory;
            case ".json":
                var text = Encoding.UTF8.GetString(head);
                return text.Contains("\"bomFormat\"", StringComparison.Ordinal) ? ImportFormat.CycloneDx
                    : text.Contains("DAAF-export", StringComparison.Ordinal) || text.Contains("\"applicaties\"", StringComparison.Ordinal) ? ImportFormat.Daaf
                    : null;
            case ".xml":
                return ImportFormat.ArchiMate;
            default:
                return null;
        }
    }

    /// <summary>
    /// For a CSV that failed as an inventory: the admin-console export its header line looks like, to suggest --format.
    /// Entra's download has displayName and appId (applicationType) columns, the portal's table Object ID and Application ID;
    /// Google's app list has App name and Verified status, Access or Requested services.
    /// </summary>
    public static ImportFormat? LooksLikeExport(ReadOnlySpan<byte> head)
    {
        var header = TextKey.Of(Encoding.UTF8.GetString(head).Split('\n', 2)[0]);
        return header.Contains("application id", StringComparison.Ordinal) || header.Contains("object id", StringComparison.Ordinal)
            || header.Contains("applicationtype", StringComparison.Ordinal) || (header.Contains("displayname", StringComparison.Ordinal) && header.Contains("appid", StringComparison.Ordinal)) ? ImportFormat.Entra
            : header.Contains("app name", StringComparison.Ordinal) && (header.Contains("verified", StringComparison.Ordinal) || header.Contains("requested services", StringComparison.Ordinal) || header.Contains("access", StringComparison.Ordinal)) ? ImportFormat.GoogleWorkspace
            : null;
    }
}
