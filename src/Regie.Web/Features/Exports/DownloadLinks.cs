using Microsoft.AspNetCore.WebUtilities;
using Regie.Discovery.Exporting;

namespace Regie.Web.Features.Exports;

/// <summary>The "Downloaden: CSV · Excel · JSON" row of a list page (Pages/Shared/_Downloads): links to GET /api/v1/exports/{list}.</summary>
public sealed record DownloadLinks(string List, string? Heading = null, IReadOnlyDictionary<string, string?>? Filters = null)
{
    public string Href(ExportFormat format) => QueryHelpers.AddQueryString($"/api/v1/exports/{List}",
        [new("format", TableFiles.Extension(format)), .. (Filters ?? new Dictionary<string, string?>()).Where(f => !string.IsNullOrEmpty(f.Value))]);
}
