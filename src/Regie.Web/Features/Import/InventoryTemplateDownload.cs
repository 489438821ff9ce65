using Regie.Core.Knowledge;
using Regie.Discovery.Inventory;

namespace Regie.Web.Features.Import;

/// <summary>The empty inventory as a download: the same generator as `regie import template FILE`.</summary>
public sealed record TemplateFile(byte[] Content, string ContentType, string FileName);

public static class InventoryTemplateDownload
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The template as <paramref name="format"/> ("xlsx", the default, or "csv"); null for any other format.</summary>
    public static TemplateFile? For(string? format, RegieKnowledge knowledge)
    {
        using var stream = new MemoryStream();
        switch (string.IsNullOrWhiteSpace(format) ? "xlsx" : format.Trim().ToLowerInvariant())
        {
            case "xlsx":
                InventoryTemplate.WriteXlsx(stream, knowledge);
                return new TemplateFile(stream.ToArray(), XlsxType, "inventaris.xlsx");
            case "csv":
                InventoryTemplate.WriteCsv(stream);
                return new TemplateFile(stream.ToArray(), "text/csv; charset=utf-8", "inventaris.csv");
            default:
                return null;
        }
    }
}
